import Benchmark
import BenchmarkInputs
import ProgressModel

/// One benchmark per way of reading the list, each given its input (bytes or a String, as the
/// parser takes it) in setup, untimed.
enum Parsers {
    /// Rows of the list the parsers read, generated as the dashboard suite generates its own.
    static let rows = 100_000
    static let fields = BenchmarkMetric.custom("fields", polarity: .prefersLarger, useScalingFactor: false)

    static func register() {
        let counted = Benchmark.Configuration(metrics: Benchmark.defaultConfiguration.metrics + [fields])
        Benchmark("srdi CSVScanner (byte ranges)", configuration: counted) { benchmark, bytes in
            for _ in benchmark.scaledIterations { benchmark.measurement(fields, ScannerCount.ranges(bytes)) }
        } setup: {
            Workload(rows: rows).recognitions
        }
        Benchmark("srdi CSVScanner (Strings)", configuration: counted) { benchmark, bytes in
            for _ in benchmark.scaledIterations { benchmark.measurement(fields, ScannerCount.strings(bytes)) }
        } setup: {
            Workload(rows: rows).recognitions
        }
        // Scanning, and also each cell checked, dates and codes parsed, regions resolved.
        Benchmark("srdi RecognitionLoader (one core)") { benchmark, input in
            for _ in benchmark.scaledIterations {
                var table = RecognitionTable(), log = DiagnosticLog()
                input.loader.load(input.bytes, path: Workload.recognitionsName, into: &table, log: &log, parts: 1)
                blackHole(table.eventCount)
            }
        } setup: { () -> (bytes: [UInt8], loader: RecognitionLoader) in
            let workload = Workload(rows: rows), reference = workload.reference()
            return (bytes: workload.recognitions, loader: RecognitionLoader(regions: reference.regions, designations: reference.designations))
        }
        Benchmark("CSV.swift 2.5.2 CSVReader", configuration: counted) { benchmark, text in
            for _ in benchmark.scaledIterations { benchmark.measurement(fields, OtherParsers.csvSwift(text)) }
        } setup: {
            String(decoding: Workload(rows: rows).recognitions, as: UTF8.self)
        }
        Benchmark("SwiftCSV 0.10.0 EnumeratedCSV", configuration: counted) { benchmark, text in
            for _ in benchmark.scaledIterations { benchmark.measurement(fields, OtherParsers.swiftCSV(text)) }
        } setup: {
            String(decoding: Workload(rows: rows).recognitions, as: UTF8.self)
        }
    }
}

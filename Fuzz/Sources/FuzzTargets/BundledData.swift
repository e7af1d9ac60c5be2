import Foundation
import ProgressModel

/// The repository's own data (`data/`), read once per process: the reference files the byte-level
/// fuzzers keep fixed while they vary one file, and a slice of the sample recognitions for the
/// plan fuzzers to count.
public struct BundledData: Sendable {
    public static let shared = BundledData()

    /// `data/` of the checkout the fuzzers were built from.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path

    /// Every this-many rows of the sample make the recognitions the plan fuzzers count: a few
    /// hundred rows over every region and year, small enough to load on every input.
    static let sampleStride = 25

    public let regionsBytes: [UInt8]
    public let designationsText: String
    public let targetsText: String
    public let observationsBytes: [UInt8]
    /// Header and every `sampleStride`-th row of `sample/recognitions.csv`.
    public let recognitionsBytes: [UInt8]
    public let reference: ReferenceData
    /// A loader for the bundled regions and designations, made once (it indexes the regions).
    public let loader: RecognitionLoader
    public let recognitions: RecognitionTable
    public let observations: ObservationTable

    init() {
        let sources = DataSources(directory: BundledData.directory)
        regionsBytes = BundledData.read(sources.regionsPath)
        designationsText = String(decoding: BundledData.read(sources.designationsPath), as: UTF8.self)
        targetsText = String(decoding: BundledData.read(sources.targetsPath), as: UTF8.self)
        observationsBytes = BundledData.read(sources.observationPaths[0])
        let lines = BundledData.read(sources.recognitionPaths[0]).split(separator: 0x0A, omittingEmptySubsequences: false)
        recognitionsBytes = lines.enumerated()
            .filter { $0.offset == 0 || ($0.offset % BundledData.sampleStride == 0 && !$0.element.isEmpty) }
            .flatMap { $0.element + [0x0A] }
        var log = DiagnosticLog()
        reference = DataLoader.loadReference(sources, read: BundledData.read, log: &log)
        precondition(log.errorCount == 0, "the bundled reference data has errors: \(log.items.map { $0.formatted(.english) })")
        loader = RecognitionLoader(regions: reference.regions, designations: reference.designations)
        var recognitions = RecognitionTable()
        loader.load(recognitionsBytes, path: "sample.csv", into: &recognitions, log: &log)
        recognitions.finishLoading(log: &log)
        self.recognitions = recognitions
        observations = BundledData.observations(observationsBytes, reference.regions, reference.book, log: &log)
    }

    /// The bundled observations, loaded for the metrics of `book`.
    static func observations(_ bytes: [UInt8], _ regions: RegionTree, _ book: PlanBook, log: inout DiagnosticLog) -> ObservationTable {
        var table = ObservationTable()
        ObservationLoader(regions: regions, metrics: Set(book.metrics.map(\.code)))
            .load(bytes, path: "observations.csv", into: &table, log: &log)
        return table
    }

    /// A file of the checkout; a missing one stops the fuzzer at once, before any input.
    static func read(_ path: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
        return [UInt8](data)
    }

    /// The sample recognitions loaded against other reference data (a fuzzed region tree or
    /// vocabulary), as the plan and reference fuzzers need.
    func recognitions(regions: RegionTree, designations: DesignationCatalog, log: inout DiagnosticLog) -> RecognitionTable {
        var table = RecognitionTable()
        RecognitionLoader(regions: regions, designations: designations).load(recognitionsBytes, path: "sample.csv", into: &table, log: &log)
        table.finishLoading(log: &log)
        return table
    }
}

import ArgumentParser
import ProgressModel
import SampleData

/// `srdi sample`: the synthetic data generator.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write synthetic recognitions (and observations) for every target; seeded and reproducible.")

    @Option(name: .long, help: "Data directory whose plans the sample covers (default: the bundled data).")
    var data: String?

    @Option(name: .long, help: "About this many recognition rows, at most 50,000,000 (default: the base sample, about 20,000).")
    var rows: Int?

    @Option(name: .long, help: "Random seed: the same seed gives the same file.")
    var seed: UInt64 = 2025

    @Option(name: .long, help: "No event after this date, YYYY-MM-DD, from 1900-01-01 to 2100-12-31.")
    var until: String = "2026-10-31"

    @Option(name: .long, help: "The recognitions CSV to write.")
    var output: String

    @Option(name: .long, help: "Also write observations to this CSV.")
    var observations: String?

    @Flag(name: .long, help: "Replace output files that exist.")
    var force = false

    func validate() throws {
        if let rows, !Sample.rowRange.contains(rows) { throw ValidationError("--rows must be from 1 to 50,000,000, not \(rows)") }
        guard let day = Day(iso: until), ValidRange.contains(day) else {
            throw ValidationError("--until must be a date from \(ValidRange.dateText), written YYYY-MM-DD, not \"\(until)\"")
        }
    }

    static let rowRange = 1...50_000_000

    private var horizon: Day { Day(iso: until) ?? Day.endOfYear(ValidRange.dateYears.upperBound) }

    mutating func run() throws {
        var log = DiagnosticLog()
        let data = DataLoader.loadReference(DataSources(directory: data ?? FileIO.bundledDataDirectory()), read: FileIO.read, log: &log)
        let unreadable = DataGate.unreadable(log.items)
        if !unreadable.isEmpty {
            for diagnostic in unreadable { FileHandleOutput.standardError("srdi: " + DataGate.line(diagnostic) + "\n") }
            throw ExitCode(ExitStatus.ioFailure)
        }
        if log.errorCount > 0 {
            printProblems(log.items, omitted: log.totalOmitted, language: .english)
            throw ExitCode(ExitStatus.dataErrors)
        }
        let generator = SampleGenerator(regions: data.regions, designations: data.designations, book: data.book, horizon: horizon)
        try FileIO.writeAtomically(Array(generator.recognitionsCSV(rows: rows, seed: seed).utf8), to: output, overwrite: force)
        if let observations {
            try FileIO.writeAtomically(Array(generator.observationsCSV(seed: seed).utf8), to: observations, overwrite: force)
        }
    }
}

import Foundation
import ProgressModel
import SampleData

/// The inputs of the benchmark suites, held in memory so that no run reads a disk: the bundled
/// reference data (regions, designations, plans, observations), read once, and a recognitions
/// list of `rows` rows made by the project's own generator, as `srdi sample --rows` makes it.
public struct Workload: Sendable {
    /// The recognitions list's name in `sources`; no file of that name exists.
    public static let recognitionsName = "generated-recognitions.csv"
    /// The date the counts, reports and dashboard are taken at.
    public static let asOf = Day(iso: "2025-12-31")!

    public let sources: DataSources
    /// The generated list, UTF-8.
    public let recognitions: [UInt8]
    private let referenceFiles: [String: [UInt8]]

    /// Reads the reference data from the repository's `data` folder and generates the list with
    /// `srdi sample`'s default seed and horizon.
    public init(rows: Int, seed: UInt64 = 2025) {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path
        sources = DataSources(directory: data, recognitions: [Workload.recognitionsName])
        var files: [String: [UInt8]] = [:]
        for path in [sources.regionsPath, sources.designationsPath, sources.targetsPath] + sources.observationPaths {
            files[path] = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        }
        referenceFiles = files
        let reference = Workload.reference(sources, in: files)
        let generator = SampleGenerator(regions: reference.regions, designations: reference.designations, book: reference.book,
                                        horizon: Day(iso: "2026-10-31")!)
        recognitions = Array(generator.recognitionsCSV(rows: rows, seed: seed).utf8)
    }

    /// Regions, designations and plans, loaded from the files in memory.
    public func reference() -> ReferenceData { Workload.reference(sources, in: referenceFiles) }

    /// A `DataLoader.Reader` over the files in memory.
    public func read(_ path: String) throws -> [UInt8] {
        path == Workload.recognitionsName ? recognitions : try Workload.lookUp(path, in: referenceFiles)
    }

    /// Everything loaded, as `srdi` loads it: decoded, parsed, validated, regions resolved.
    public func load() -> DataSet { DataLoader.load(sources, read: read) }

    private static func reference(_ sources: DataSources, in files: [String: [UInt8]]) -> ReferenceData {
        var log = DiagnosticLog()
        return DataLoader.loadReference(sources, read: { try lookUp($0, in: files) }, log: &log)
    }

    private static func lookUp(_ path: String, in files: [String: [UInt8]]) throws -> [UInt8] {
        guard let bytes = files[path] else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        return bytes
    }
}

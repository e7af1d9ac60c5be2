import Foundation
@testable import ProgressModel

/// The repository's data files and small data sets built in memory for tests.
enum TestData {
    /// The repository root, found from this file's path so that tests run from any clone.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = root.appendingPathComponent("data").path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func read(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    static func fixture(_ name: String) throws -> [UInt8] { try read(fixtures.appendingPathComponent(name).path) }

    /// The bundled data set (regions, designations, plans, sample), loaded once.
    static let bundled: Tally = Tally(data: DataLoader.load(DataSources(directory: dataDirectory), read: read))

    static let reference: ReferenceData = {
        var log = DiagnosticLog()
        return DataLoader.loadReference(DataSources(directory: dataDirectory), read: read, log: &log)
    }()

    /// A data set from the bundled regions and designations, the given plans (YAML) and
    /// recognitions (CSV text).
    static func tally(targets: String, recognitions: String, observations: String? = nil) -> Tally {
        let files: [String: [UInt8]] = [
            "t/targets.yaml": Array(targets.utf8), "t/recognitions.csv": Array(recognitions.utf8),
            "t/observations.csv": Array((observations ?? "metric,region,year,value\n").utf8),
        ]
        let sources = DataSources(directory: "t", recognitions: ["t/recognitions.csv"], observations: ["t/observations.csv"])
        return Tally(data: DataLoader.load(sources) { path in
            if let bytes = files[path] { return bytes }
            return try read(dataDirectory + "/" + (path as NSString).lastPathComponent)
        })
    }

    /// Loads recognitions CSV bytes against the bundled reference data.
    static func load(_ bytes: [UInt8], path: String = "list.csv", parts: Int? = nil) -> (RecognitionTable, DiagnosticLog) {
        var table = RecognitionTable()
        var log = DiagnosticLog()
        let loader = RecognitionLoader(regions: reference.regions, designations: reference.designations)
        loader.load(bytes, path: path, into: &table, log: &log, parts: parts)
        table.finishLoading(log: &log)
        return (table, log)
    }

    static func load(_ text: String, path: String = "list.csv") -> (RecognitionTable, DiagnosticLog) {
        load(Array(text.utf8), path: path)
    }

    /// A small plan over 湛江市 (2022–2025) with one target of each kind, for the counting rules.
    static let rulesPlan = """
    metrics: []
    plans:
      - id: t
        name: 测试计划
        region: 湛江市
        document: none.txt
        start: 2022-01-01
        end: 2025-12-31
        targets:
          - {id: new-2023, name: 2023年新增省级, designations: [provincial], mode: new, year: 2023, target: ">= 1", quote: q}
          - {id: cumulative, name: 累计省级以上, designations: [provincial, little_giant], mode: cumulative, target: ">= 10", quote: q}
          - {id: stock, name: 存量省级, designations: [provincial], mode: stock, target: ">= 5", quote: q}
          - {id: whole, name: 优质企业, designations: [innovative, provincial, little_giant], mode: cumulative, target: ">= 3", quote: q}
          - {id: part-innovative, name: 创新型, parent: whole, count: highest, designations: [innovative], mode: cumulative, target: ">= 2", quote: q}
          - {id: part-srdi, name: 专精特新, parent: whole, count: highest, designations: [provincial, little_giant], mode: cumulative, target: ">= 1", quote: q}
    """

    static let header = "企业名称,省,市,区县,认定类型,认定日期,年度,状态\n"

    /// Firms counted by target `id` of `tally` at `day`.
    static func count(_ tally: Tally, _ id: String, _ day: String) -> Double? {
        tally.progress(of: tally.data.book.target(id)!, at: Day(iso: day)!).actual
    }
}

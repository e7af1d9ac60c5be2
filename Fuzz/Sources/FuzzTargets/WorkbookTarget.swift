import Foundation
import ProgressModel
import Workbook

/// An .xlsx workbook (or anything else: a damaged archive, an .xls, a CSV), converted to the CSV
/// text of its first sheet and loaded as a recognitions list against the bundled reference data.
/// The workbook reader opens the archive from its file, so the input is written to one first.
enum WorkbookTarget {
    /// The file the inputs are written to, one per process.
    static let path = FileManager.default.temporaryDirectory.appendingPathComponent("srdi-fuzz-\(getpid()).xlsx").path

    static func run(_ input: FuzzInput) {
        guard FileManager.default.createFile(atPath: path, contents: Data(input.bytes)) else { fatalError("cannot write \(path)") }
        let text: [UInt8]?
        do { text = try Workbook.csvText(input.bytes, path: path) } catch { return }
        guard let text else { return }
        var table = RecognitionTable()
        var log = DiagnosticLog()
        BundledData.shared.loader.load(text, path: "list.xlsx", into: &table, log: &log)
        table.finishLoading(log: &log)
        keep(String(table.eventCount))
    }
}

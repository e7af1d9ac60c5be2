import Dashboard
import FileStore
import ProgressModel

/// Writes what the dashboard shows to new files (the `e` key): named for the region, the as-of
/// date and the time, never over another file, written as they are made. Text, markdown and JSON
/// are one file; CSV is one file per table (UTF-8 with a byte order mark, for Excel), named by
/// the table's title.
enum Snapshot {
    static func write(_ state: DashboardState, as kind: ExportKind, directory: String) throws -> [String] {
        let width = max(ViewExport.minimumWidth, state.width)
        let writtenAt = FileIO.now()
        let stem = ViewExport.fileStem(state, stamp: FileIO.timestamp())
        switch kind {
        case .text:
            return [try AtomicFile.writeNew(directory: directory, stem: stem, suffix: "txt") { file in
                var output = file
                ViewExport.write(state, width: width, writtenAt: writtenAt, to: &output)
            }]
        case .markdown:
            return [try AtomicFile.writeNew(directory: directory, stem: stem, suffix: "md") { file in
                var output = file
                ExportFormats.markdown(state, writtenAt: writtenAt, to: &output)
            }]
        case .json:
            return [try AtomicFile.writeNew(directory: directory, stem: stem, suffix: "json") { file in
                var output = file
                ExportFormats.json(state, writtenAt: writtenAt, to: &output)
            }]
        case .csv:
            let tables = ExportFormats.csvTables(state)
            guard !tables.isEmpty else { throw FileStoreError("this view has no table to write as CSV") }
            return try tables.enumerated().map { position, table in
                let name = tables.count > 1 ? stem + "-\(position + 1)-" + fileName(table.title) : stem
                return try AtomicFile.writeNew(directory: directory, stem: name, suffix: "csv") { file in
                    var csv = CSVOutput(file, encoding: .utf8)
                    ExportFormats.csv(table, to: &csv)
                    try csv.finish()
                }
            }
        }
    }

    /// A table's title as part of a file name: no slashes or control characters, at most 24
    /// characters.
    static func fileName(_ title: String) -> String {
        let kept = title.unicodeScalars.map { $0 == "/" || $0 == " " || $0.value < 0x20 ? "_" : Character($0) }
        return String(kept.prefix(24))
    }
}

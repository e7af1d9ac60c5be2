import Foundation

/// Excel workbooks (.xlsx), read as the CSV text of one sheet, so that a list kept in Excel loads
/// as if it had been saved as CSV, and every message's line number is the row number Excel shows.
public enum Workbook {
    private static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let compoundDocumentSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The UTF-8 CSV text of a sheet of the workbook in the file at `path`, whose content was read
    /// as `bytes`: the sheet named `sheet`, else the one at that 1-based position, else the first.
    /// Nil when the file is no workbook (a CSV, or a zip archive of something else), to be read as
    /// it is.
    public static func csvText(_ bytes: [UInt8], path: String, sheet: String? = nil) throws(WorkbookError) -> [UInt8]? {
        if bytes.starts(with: compoundDocumentSignature) { throw .oldExcelFormat }
        guard bytes.starts(with: zipSignature) else { return nil }
        guard let parts = PackageParts(path: path), let workbookPath = try WorkbookIndex.workbookPath(in: parts) else {
            if namesWorksheetParts(bytes) { throw .damaged(.unreadableArchive) }
            return nil
        }
        let index = try WorkbookIndex(parts: parts, workbookPath: workbookPath)
        let chosen = try index.sheet(sheet)
        guard let sheetPath = chosen.path else { throw .damaged(.missingPart("sheet \"\(chosen.name)\"")) }
        let strings = try index.sharedStringsPath.flatMap { path throws(WorkbookError) in
            try parts.read(path).map { data throws(WorkbookError) in try SharedStrings.read(data, part: path) }
        } ?? []
        let styles = try index.stylesPath.flatMap { path throws(WorkbookError) in
            try parts.read(path).map { data throws(WorkbookError) in try CellStyles(styles: data, part: path) }
        } ?? CellStyles()
        let reader = SheetReader(part: sheetPath, strings: strings, styles: styles, date1904: index.date1904)
        try XMLElements.parse(try parts.require(sheetPath), part: sheetPath, into: reader)
        return CSVLines.write(reader.rows, width: reader.width)
    }

    /// True when a zip archive that cannot be opened, or in which no workbook part is found, names
    /// worksheet parts in its headers (stored uncompressed): a damaged workbook, or one cut short,
    /// rather than some other archive.
    private static func namesWorksheetParts(_ bytes: [UInt8]) -> Bool {
        let marker = Array("xl/worksheets/".utf8)
        return bytes.withUnsafeBytes { raw in
            raw.count >= marker.count && (0...(raw.count - marker.count)).contains { start in
                raw[start] == marker[0] && marker.indices.allSatisfy { raw[start + $0] == marker[$0] }
            }
        }
    }
}

/// Rows of cells as UTF-8 CSV text in which line N is sheet row N: rows the sheet leaves out, and
/// rows without a value, are empty lines. Every other line has the same number of fields, the
/// sheet's width, as a CSV saved by the spreadsheet program has. Fields are quoted as RFC 4180
/// says, and also when they hold a tab, so that the text is never taken for tab-separated.
enum CSVLines {
    static func write(_ rows: [SheetReader.Row], width: Int) -> [UInt8] {
        var text: [UInt8] = []
        var line = 1
        for row in rows {
            text.append(contentsOf: repeatElement(newline, count: row.number - line))
            var commas = 0
            for cell in row.cells {
                text.append(contentsOf: repeatElement(comma, count: cell.column - 1 - commas))
                commas = cell.column - 1
                append(cell.text, to: &text)
            }
            text.append(contentsOf: repeatElement(comma, count: width - 1 - commas))
            text.append(newline)
            line = row.number + 1
        }
        return text
    }

    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let quote = UInt8(ascii: "\"")

    private static func append(_ field: String, to text: inout [UInt8]) {
        let bytes = field.utf8
        guard bytes.contains(where: { $0 == comma || $0 == quote || $0 == 0x09 || $0 == newline || $0 == 0x0D }) else {
            text.append(contentsOf: bytes)
            return
        }
        text.append(quote)
        for byte in bytes {
            if byte == quote { text.append(quote) }
            text.append(byte)
        }
        text.append(quote)
    }
}

/// The non-empty cells of a worksheet part, row by row, as text: shared and inline strings,
/// numbers (dates by their style), booleans, errors, and the values formulas last computed to.
final class SheetReader: XMLElements.Handler {
    /// A row with at least one non-empty cell: its 1-based number and its cells by 1-based column.
    struct Row {
        let number: Int
        let cells: [(column: Int, text: String)]
    }

    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    private let part: String
    private let strings: [String]
    private let styles: CellStyles
    private let date1904: Bool

    private(set) var rows: [Row] = []
    /// The last column holding a value in any row.
    private(set) var width = 0

    private var rowNumber = 0
    private var cells: [(column: Int, text: String)] = []
    private var column = 0
    private var type: String?
    private var style: Int?
    private var value = ""
    private var hasValue = false
    private var hasFormula = false
    private var capturing = false
    private var inInlineString = false
    private var inPhonetic = false

    init(part: String, strings: [String], styles: CellStyles, date1904: Bool) {
        self.part = part
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
    }

    func start(_ element: String, _ attributes: [String: String]) throws(WorkbookError) {
        switch element {
        case "c": try startCell(attributes)
        case "v":
            capturing = true
            hasValue = true
        case "f": hasFormula = true
        case "is":
            inInlineString = true
            hasValue = true
        case "t": capturing = inInlineString && !inPhonetic
        case "rPh": inPhonetic = true
        case "row": try startRow(attributes)
        default: break
        }
    }

    func end(_ element: String) throws(WorkbookError) {
        switch element {
        case "c": try endCell()
        case "v", "t": capturing = false
        case "is": inInlineString = false
        case "rPh": inPhonetic = false
        case "row":
            if let last = cells.last {
                rows.append(Row(number: rowNumber, cells: cells))
                width = max(width, last.column)
            }
        default: break
        }
    }

    func text(_ characters: String) {
        if capturing { value += characters }
    }

    /// A row's number is its `r` attribute, or the one after the previous row; rows come in order.
    private func startRow(_ attributes: [String: String]) throws(WorkbookError) {
        let number: Int
        if let given = attributes["r"] {
            guard let parsed = Int(given) else { throw .damaged(.badReference(part: part, reference: given)) }
            number = parsed
        } else {
            number = rowNumber + 1
        }
        guard number > rowNumber, number <= SheetReader.maxRows else {
            throw .damaged(.badReference(part: part, reference: attributes["r"] ?? String(number)))
        }
        rowNumber = number
        cells = []
        column = 0
    }

    /// A cell's column is given by its reference (`C5`), or is the one after the previous cell.
    private func startCell(_ attributes: [String: String]) throws(WorkbookError) {
        let next: Int
        if let reference = attributes["r"] {
            guard let parsed = SheetReader.column(of: reference), parsed > column else {
                throw .damaged(.badReference(part: part, reference: reference))
            }
            next = parsed
        } else {
            next = column + 1
        }
        guard next <= SheetReader.maxColumns, rowNumber > 0 else {
            throw .damaged(.badReference(part: part, reference: attributes["r"] ?? SheetReader.reference(column: next, row: rowNumber)))
        }
        column = next
        type = attributes["t"]
        style = attributes["s"].flatMap { Int($0) }
        value = ""
        hasValue = false
        hasFormula = false
    }

    private func endCell() throws(WorkbookError) {
        let text = try cellText()
        if !text.isEmpty { cells.append((column, text)) }
        capturing = false
        inInlineString = false
    }

    private func cellText() throws(WorkbookError) -> String {
        if hasFormula && (!hasValue || value.isEmpty && type != "str") {
            throw .damaged(.formulaWithoutValue(cell: SheetReader.reference(column: column, row: rowNumber)))
        }
        guard hasValue else { return "" }
        switch type {
        case "s":
            guard let index = Int(value.trimmingWhitespace), strings.indices.contains(index) else {
                throw .damaged(.missingSharedString(cell: SheetReader.reference(column: column, row: rowNumber), index: value))
            }
            return strings[index]
        case "inlineStr", "str": return CellText.clean(value)
        case "b": return CellText.boolean(value)
        case "e": return value
        case "d": return String(value.prefix { $0 != "T" })
        default:
            let number = value.trimmingWhitespace
            return number.isEmpty ? "" : CellText.number(number, kind: styles.kind(style), date1904: date1904)
        }
    }

    /// The 1-based column of a cell reference such as `C5` or `AB12`; nil when it is not one.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"): continue
            default:
                return letters > 0 ? column : nil
            }
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 ? column : nil
    }

    /// `C5` for column 3, row 5.
    static func reference(column: Int, row: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row)
    }
}

private extension String {
    var trimmingWhitespace: String {
        guard let first = utf8.first, let last = utf8.last, first <= 0x20 || last <= 0x20 else { return self }
        return String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

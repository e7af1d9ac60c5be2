import Foundation

/// How a number cell is shown, as far as its CSV text depends on it: a date (a serial day
/// number shown as a date), a percentage (0.035 shown as 3.5%), or the number itself.
enum NumberKind {
    case plain, date, percent
}

/// The number kind of each cell style (the `s` attribute of a cell indexes `cellXfs` in
/// `styles.xml`), from the style's number format: a built-in format by its id, a custom one by
/// its format code.
struct CellStyles {
    private var kinds: [NumberKind] = []

    /// Built-in date and time formats (ECMA-376 §18.8.30, and the ids 27–36 and 50–58 that
    /// Chinese, Japanese and Korean Excel use for dates such as `yyyy"年"m"月"d"日"`).
    private static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)
    private static let builtInPercents: Set<Int> = [9, 10]

    init() {}

    init(styles data: Data, part: String) throws(WorkbookError) {
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellFormats = false
        try XMLElements.parse(data, part: part, into: StyleSheetReader(
            start: { element, attributes in
                switch element {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { codes[id] = code }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats: formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            },
            end: { element in if element == "cellXfs" { inCellFormats = false } }))
        kinds = formatIDs.map { id in
            if let code = codes[id] { return CellStyles.kind(ofCode: code) }
            if CellStyles.builtInDates.contains(id) { return .date }
            return CellStyles.builtInPercents.contains(id) ? .percent : .plain
        }
    }

    /// The kind of the style at `index`; a cell without a style, or with one the sheet does not
    /// define, shows its number as it is.
    func kind(_ index: Int?) -> NumberKind {
        guard let index, kinds.indices.contains(index) else { return .plain }
        return kinds[index]
    }

    /// A format code shows a date when it has a year, month or day placeholder (y, m, d) outside
    /// quoted text (`0.0"m"`), brackets (`[Red]`, `[$-804]`, `[h]`) and escaped characters (`\d`);
    /// a percentage when it has `%` there. Only the first section (positive numbers) counts.
    static func kind(ofCode code: String) -> NumberKind {
        var isPercent = false
        var characters = code.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"": while let quoted = characters.next(), quoted != "\"" {}
            case "[": while let bracketed = characters.next(), bracketed != "]" {}
            case "\\", "_", "*": _ = characters.next()
            case ";": return isPercent ? .percent : .plain
            case "y", "Y", "m", "M", "d", "D": return .date
            case "%": isPercent = true
            default: continue
            }
        }
        return isPercent ? .percent : .plain
    }
}

/// Element starts and ends, for the style sheet, whose cell formats are the `xf` elements inside
/// `cellXfs` only (those inside `cellStyleXfs` are not what cells refer to).
private final class StyleSheetReader: XMLElements.Handler {
    let onStart: (String, [String: String]) -> Void
    let onEnd: (String) -> Void

    init(start: @escaping (String, [String: String]) -> Void, end: @escaping (String) -> Void) {
        onStart = start
        onEnd = end
    }

    func start(_ element: String, _ attributes: [String: String]) { onStart(element, attributes) }
    func end(_ element: String) { onEnd(element) }
    func text(_ characters: String) {}
}

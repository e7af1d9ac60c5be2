import Foundation

/// The workbook's shared strings (`xl/sharedStrings.xml`), which text cells refer to by index.
/// A rich-text string is the text of its runs joined; phonetic guides (`rPh`) are not part of it.
enum SharedStrings {
    static func read(_ data: Data, part: String) throws(WorkbookError) -> [String] {
        let reader = StringItemReader()
        try XMLElements.parse(data, part: part, into: reader)
        return reader.strings
    }
}

/// Collects the text of `t` elements inside each `si`, or inside an inline string's `is`.
final class StringItemReader: XMLElements.Handler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    func start(_ element: String, _ attributes: [String: String]) {
        switch element {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func end(_ element: String) {
        switch element {
        case "si": strings.append(CellText.clean(current))
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func text(_ characters: String) {
        if inText { current += characters }
    }
}

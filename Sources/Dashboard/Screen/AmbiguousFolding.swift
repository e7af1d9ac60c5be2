import ProgressModel

/// Replaces East Asian *ambiguous* characters for terminals that draw them two columns wide:
/// there the terminal and ncurses (which asks the C library, which says one column) disagree about
/// where the cursor is, and every line after such a character shifts. Quotation marks become their
/// full-width forms, which everyone agrees are two columns; the rest become plain ASCII.
public enum AmbiguousFolding {
    public static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { DisplayWidth.isAmbiguous($0) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard DisplayWidth.isAmbiguous(scalar) else { result.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "“", "”", "″": result += "＂"
            case "‘", "’", "′": result += "＇"
            case "·", "•": result += "."
            case "…": result += "..."
            case "—", "–", "─", "━": result += "-"
            case "│", "┃": result += "|"
            case "×": result += "x"
            case "≥": result += ">="
            case "≤": result += "<="
            case "±": result += "+-"
            case "↑": result += "^"
            case "↓": result += "v"
            case "←": result += "<"
            case "→": result += ">"
            case "°": result += "o"
            case "※": result += "*"
            default:
                if (0x2460...0x2473).contains(scalar.value) { result += "(\(scalar.value - 0x245F))" } else { result += "?" }
            }
        }
        return result
    }
}

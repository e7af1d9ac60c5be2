/// Makes text from data files safe to put on a terminal or into a report.
///
/// A firm name in a CSV may hold a tab, a newline, an escape sequence or a right-to-left override;
/// on a terminal these move the cursor, recolour the screen or reverse the text. Every data string
/// passes through here once, when it is loaded.
public enum Sanitizer {
    /// `text` with line breaks and tabs turned into spaces, and other control characters (C0, DEL,
    /// C1) and bidirectional formatting characters replaced by U+FFFD.
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: scalars.append(" ")
            case _ where isUnsafe(scalar.value): scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// True when nothing in `text` needs replacing.
    public static func isClean(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            // C1 controls (U+0080–U+009F) are C2 80–C2 9F; bidi and separators start with E2 80 / E2 81, or D8 9C (U+061C).
            if byte == 0xC2 || byte == 0xE2 || byte == 0xD8 { return text.unicodeScalars.allSatisfy { !isUnsafe($0.value) && $0.value != 0x2028 && $0.value != 0x2029 } }
        }
        return true
    }

    static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x061C || v == 0x200E || v == 0x200F
            || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }
}

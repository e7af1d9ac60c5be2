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

    /// The text of UTF-8 bytes, cleaned; invalid sequences become U+FFFD. The bytes are checked
    /// before any string is made, so clean text (nearly all of it) costs one pass.
    public static func clean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var suspect = false
        for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xD8 {
            suspect = true
            break
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return suspect ? clean(text) : text
    }

    /// True when `bytes` are valid UTF-8 that needs no cleaning: no control, C1 or bidi
    /// characters (checked byte-wise, exactly, only for the lead bytes that can start them).
    public static func isCleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F { return false }
                i += 1
                continue
            }
            let length = UTF8Sequence.length(bytes, i)
            if length == 0 { return false }
            if byte == 0xC2 && bytes[i + 1] < 0xA0 { return false }
            if byte == 0xD8 && bytes[i + 1] == 0x9C { return false }
            if byte == 0xE2 && bytes[i + 1] == 0x80 && (0x8E...0x8F ~= bytes[i + 2] || 0xA8...0xAE ~= bytes[i + 2]) { return false }
            if byte == 0xE2 && bytes[i + 1] == 0x81 && 0xA6...0xA9 ~= bytes[i + 2] { return false }
            i += length
        }
        return true
    }

    /// True when nothing in `text` needs replacing.
    public static func isClean(_ text: String) -> Bool {
        var suspect = false
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            // C1 controls are C2 80–C2 9F; bidi controls and separators start with E2 80 or
            // E2 81; U+061C is D8 9C. Only then are the scalars looked at.
            suspect = suspect || byte == 0xC2 || byte == 0xE2 || byte == 0xD8
        }
        return !suspect || text.unicodeScalars.allSatisfy { !isUnsafe($0.value) && $0.value != 0x2028 && $0.value != 0x2029 }
    }

    static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x061C || v == 0x200E || v == 0x200F
            || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }
}

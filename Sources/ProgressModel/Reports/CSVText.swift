/// Writing CSV fields.
public enum CSVText {
    /// A field that spreadsheets will not run: text starting with `=`, `+`, `@`, a tab or a
    /// carriage return (or `-` when it is not a plain number) is prefixed with `'` so that Excel
    /// shows it as text instead of evaluating it (formula injection), then quoted as needed.
    public static func safeField(_ text: String) -> String {
        var field = ""
        appendSafeField(text, to: &field)
        return field
    }

    /// Appends `safeField(text)`: the text itself when one look at its bytes finds nothing to
    /// guard, clean or quote (nearly every cell), which exports of a million rows depend on.
    public static func appendSafeField(_ text: String, to out: inout String) {
        var plain = true
        var index = 0
        for byte in text.utf8 {
            // Formula leads (`=+@`, tab, CR, `-`; the full-width ＝＋＠ start with EF BC), then
            // what needs quoting, then what `Sanitizer` might replace.
            if index == 0 && (byte == 0x3D || byte == 0x2B || byte == 0x40 || byte == 0x2D || byte == 0xEF)
                || byte == 0x2C || byte == 0x22 || byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xD8 {
                plain = false
                break
            }
            index += 1
        }
        out += plain ? text : guardedField(text)
    }

    private static func guardedField(_ text: String) -> String {
        let clean = Sanitizer.clean(text)
        guard let first = clean.unicodeScalars.first else { return "" }
        var guarded = clean
        if "=+@\t\r".unicodeScalars.contains(first) || first == "\u{FF1D}" || first == "\u{FF0B}" || first == "\u{FF20}"
            || (first == "-" && Double(clean) == nil) {
            guarded = "'" + clean
        }
        return field(guarded)
    }

    /// A field quoted when it holds a comma, a quote or a line break (RFC 4180).
    public static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return text }
        var quoted = "\""
        for character in text { if character == "\"" { quoted += "\"\"" } else { quoted.append(character) } }
        return quoted + "\""
    }
}

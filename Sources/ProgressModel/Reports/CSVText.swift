/// Writing CSV fields.
public enum CSVText {
    /// A field that spreadsheets will not run: text starting with `=`, `+`, `@`, a tab or a
    /// carriage return (or `-` when it is not a plain number) is prefixed with `'` so that Excel
    /// shows it as text instead of evaluating it (formula injection), then quoted as needed.
    public static func safeField(_ text: String) -> String {
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
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}

import Foundation

/// A cell's value as the text a CSV saved by the spreadsheet program would hold.
enum CellText {
    /// A string cell's text: the `_xHHHH_` escapes of Office Open XML decoded (`_x000D_` is a
    /// carriage return, `_x005F_` an underscore), and each line break replaced by a space, so that
    /// a cell of several lines stays on its row's line and every later line number stays the row's.
    static func clean(_ text: String) -> String {
        guard mayNeedCleaning(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var cleaned = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var scalar = scalars[index]
            index += 1
            if scalar == "_", let escaped = escape(scalars, at: index) {
                scalar = escaped
                index += 6
            }
            switch scalar {
            case "\r":
                if index < scalars.count && scalars[index] == "\n" { index += 1 }
                cleaned.append(" ")
            case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": cleaned.append(" ")
            default: cleaned.append(scalar)
            }
        }
        return String(cleaned)
    }

    /// True when the text has an underscore (which may start an escape) or a line-breaking
    /// character: a byte scan, as most cells have neither.
    private static func mayNeedCleaning(_ text: String) -> Bool {
        text.utf8.contains { byte in
            byte == UInt8(ascii: "_") || (byte >= 0x0A && byte <= 0x0D) || byte == 0xC2 || byte == 0xE2
        }
    }

    /// The character of an escape `xHHHH_` starting at `index` (just after its `_`).
    private static func escape(_ scalars: [Unicode.Scalar], at index: Int) -> Unicode.Scalar? {
        guard index + 6 <= scalars.count, scalars[index] == "x", scalars[index + 5] == "_" else { return nil }
        var value: UInt32 = 0
        for hex in scalars[(index + 1)..<(index + 5)] {
            guard let digit = UInt32(String(hex), radix: 16) else { return nil }
            value = value * 16 + digit
        }
        return Unicode.Scalar(value)
    }

    /// A number cell's text. A date style makes the serial day number a `YYYY-MM-DD` date (the
    /// time of day is dropped); a percent style shows the percentage (0.035 is `3.5%`); otherwise
    /// the number is written as the spreadsheet shows it in General format: whole numbers without
    /// `.0`, at most 15 significant digits.
    ///
    /// Excel keeps numbers to 15 significant digits, so an 18-digit unified social credit code
    /// that was typed into a number cell (all digits, as many are) has already lost its last
    /// digits in the file: 914408007292381264 is stored as 9.14408007292381E+17. Such a number is
    /// written in that E notation, as the spreadsheet shows it, never padded out to a code that
    /// merely looks right, so that the loader reports the cell.
    static func number(_ text: String, kind: NumberKind, date1904: Bool) -> String {
        if kind == .plain && isShortInteger(text) { return text }
        guard let value = Double(text), value.isFinite else { return text }
        switch kind {
        case .date: return ExcelDate.text(serial: value, date1904: date1904) ?? general(value)
        case .percent: return general(value * 100) + "%"
        case .plain: return general(value)
        }
    }

    /// A whole number of up to 15 digits, written as Excel writes it (no sign but `-`, no leading zeros).
    private static func isShortInteger(_ text: String) -> Bool {
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
        guard let first = digits.first, digits.count <= 15, first != UInt8(ascii: "0") || digits.count == 1 else { return false }
        return digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// General format: up to 15 significant digits, E notation for numbers of 16 digits or more
    /// and for the very small.
    static func general(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.15G", value)
    }

    /// A boolean cell's text, as the spreadsheet shows it.
    static func boolean(_ text: String) -> String {
        text == "1" || text.lowercased() == "true" ? "TRUE" : "FALSE"
    }
}

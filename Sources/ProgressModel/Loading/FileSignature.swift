/// What the first bytes of an input say it is, before it is read as text: a spreadsheet or a
/// document saved in its own format rather than as CSV, or UTF-16 without a byte order mark.
enum FileSignature {
    /// The name of a binary format that is often handed over instead of a CSV, or nil.
    static func binaryFormat(_ raw: [UInt8]) -> String? {
        if raw.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "Excel .xlsx, or another zip archive" }
        if raw.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "Excel .xls" }
        if raw.starts(with: Array("%PDF-".utf8)) { return "PDF" }
        return nil
    }

    /// True for UTF-16LE, false for UTF-16BE, nil when the text is not UTF-16. Without a byte
    /// order mark, UTF-16 shows itself by its ASCII (digits, commas, line ends): a NUL byte in
    /// every other position, on one side only.
    static func utf16WithoutBOM(_ raw: [UInt8]) -> Bool? {
        let pairs = min(raw.count, 4096) / 2
        guard pairs >= 2 else { return nil }
        var zerosEven = 0, zerosOdd = 0
        for pair in 0..<pairs {
            if raw[2 * pair] == 0 { zerosEven += 1 }
            if raw[2 * pair + 1] == 0 { zerosOdd += 1 }
        }
        if zerosOdd * 8 >= pairs && zerosEven * 8 <= zerosOdd { return true }
        if zerosEven * 8 >= pairs && zerosOdd * 8 <= zerosEven { return false }
        return nil
    }
}

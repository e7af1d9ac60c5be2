/// Counts lines the way `CSVScanner` does: an LF, a CRLF or a lone CR (old Mac exports) each
/// end one, so that every place a line number is reported agrees with the scanner's.
struct LineCounter {
    /// The 1-based line of the next byte.
    private(set) var line = 1
    private var afterCarriageReturn = false

    /// Counts one byte of the text, in order.
    mutating func count(_ byte: UInt8) {
        if byte == 0x0D || (byte == 0x0A && !afterCarriageReturn) { line += 1 }
        afterCarriageReturn = byte == 0x0D
    }
}

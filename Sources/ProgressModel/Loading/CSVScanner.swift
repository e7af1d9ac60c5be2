/// Splits RFC 4180 text (comma or tab separated, CRLF or LF, quoted fields with doubled quotes
/// and line breaks inside) into records, handing out fields as byte ranges without copying.
///
/// Hand-written: a million-row list (100 MB) must load in well under a second, and the
/// Character-based parsers of the package mirror (CSV.swift, SwiftCSV) take several seconds on
/// it (`swift run -c release srdi-bench csv` compares them).
struct CSVScanner {
    /// A field: `start..<end` in the text, quotes removed; `hasDoubledQuotes` when `""` inside
    /// a quoted field must still be turned into `"`.
    struct Field {
        var start: Int
        var end: Int
        var hasDoubledQuotes: Bool
    }

    enum Outcome: Equatable {
        /// A record whose fields are now in the array; `line` is where it starts.
        case record(line: Int)
        /// A quote was opened and never closed: nothing more can be read.
        case unterminatedQuote(line: Int)
        /// `"abc"def`: the record was skipped up to its line end.
        case textAfterClosingQuote(line: Int)
        case end
    }

    let text: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    private(set) var position: Int
    private(set) var line = 1

    static let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    init(text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int = 0) {
        self.text = text
        self.delimiter = delimiter
        self.position = start
    }

    /// Reads the next record into `fields`, skipping blank lines.
    mutating func next(into fields: inout [Field]) -> Outcome {
        fields.removeAll(keepingCapacity: true)
        let n = text.count
        while position < n, text[position] == CSVScanner.newline || text[position] == CSVScanner.carriageReturn {
            if text[position] == CSVScanner.newline { line += 1 }
            position += 1
        }
        if position >= n { return .end }
        let recordLine = line
        while true {
            if position < n && text[position] == CSVScanner.quote {
                position += 1
                let start = position
                var doubled = false
                while true {
                    while position < n && text[position] != CSVScanner.quote {
                        if text[position] == CSVScanner.newline { line += 1 }
                        position += 1
                    }
                    if position >= n { return .unterminatedQuote(line: recordLine) }
                    if position + 1 < n && text[position + 1] == CSVScanner.quote {
                        doubled = true
                        position += 2
                        continue
                    }
                    break
                }
                fields.append(Field(start: start, end: position, hasDoubledQuotes: doubled))
                position += 1
                if position < n && text[position] != delimiter && text[position] != CSVScanner.newline
                    && text[position] != CSVScanner.carriageReturn {
                    skipToLineEnd()
                    return .textAfterClosingQuote(line: recordLine)
                }
            } else {
                let start = position
                while position < n {
                    let byte = text[position]
                    if byte == delimiter || byte == CSVScanner.newline || byte == CSVScanner.carriageReturn { break }
                    position += 1
                }
                fields.append(Field(start: start, end: position, hasDoubledQuotes: false))
            }
            if position < n && text[position] == delimiter {
                position += 1
                continue
            }
            endRecord()
            return .record(line: recordLine)
        }
    }

    private mutating func endRecord() {
        let n = text.count
        if position < n && text[position] == CSVScanner.carriageReturn { position += 1 }
        if position < n && text[position] == CSVScanner.newline { position += 1; line += 1 }
    }

    private mutating func skipToLineEnd() {
        while position < text.count && text[position] != CSVScanner.newline { position += 1 }
        endRecord()
    }

    /// The field's bytes with surrounding spaces removed (and doubled quotes undone).
    func withTrimmedBytes<R>(_ field: Field, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var start = field.start, end = field.end
        while start < end && (text[start] == 0x20 || text[start] == 0x09) { start += 1 }
        while end > start && (text[end - 1] == 0x20 || text[end - 1] == 0x09) { end -= 1 }
        // U+3000 IDEOGRAPHIC SPACE (E3 80 80), common in Chinese spreadsheets.
        while end - start >= 3 && text[start] == 0xE3 && text[start + 1] == 0x80 && text[start + 2] == 0x80 { start += 3 }
        while end - start >= 3 && text[end - 3] == 0xE3 && text[end - 2] == 0x80 && text[end - 1] == 0x80 { end -= 3 }
        if !field.hasDoubledQuotes {
            return body(UnsafeBufferPointer(rebasing: text[start..<end]))
        }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(end - start)
        var i = start
        while i < end {
            unescaped.append(text[i])
            i += text[i] == CSVScanner.quote && i + 1 < end && text[i + 1] == CSVScanner.quote ? 2 : 1
        }
        return unescaped.withUnsafeBufferPointer(body)
    }

    func string(_ field: Field) -> String {
        withTrimmedBytes(field) { String(decoding: $0, as: UTF8.self) }
    }

    /// Comma or tab, whichever the first record uses more (outside quotes).
    static func detectDelimiter(_ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var commas = 0, tabs = 0, inQuotes = false
        for byte in text {
            if byte == quote { inQuotes.toggle() } else if !inQuotes {
                if byte == newline { break }
                if byte == UInt8(ascii: ",") { commas += 1 } else if byte == 0x09 { tabs += 1 }
            }
        }
        return tabs > commas ? 0x09 : UInt8(ascii: ",")
    }
}

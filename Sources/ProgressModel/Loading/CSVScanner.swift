#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits RFC 4180 text (comma or tab separated, quoted fields with doubled quotes and line
/// breaks inside) into records, handing out fields as byte ranges without copying. A line ends
/// at LF, CRLF or a lone CR (old Mac exports), and lines are counted the same way.
///
/// Hand-written: a million-row list (150 MB) must load in well under a second, and the
/// Character-based parsers of the package mirror are 20 to 100 times slower. On a generated list
/// of 100,000 rows (15 MB, 1.1 million fields) this splits the fields in 13–26 ms (58–114 ms with
/// each made a String, as the others hand them out), CSV.swift 2.5.2 reads it in 0.36–0.56 s and
/// SwiftCSV 0.10.0 in 1.3–2.2 s: 21–29 and 83–102 times as long, run by run (medians of three
/// runs on two shared cores of `swift package benchmark --target CSVParsers` in `Benchmarks/`,
/// which compiles this file into its suite; the README's Performance section has the table).
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
    private(set) var line: Int
    /// The next LF at or after `position` (the text's end when there is none), remembered so
    /// that a text without LFs is not searched to its end for every record.
    private var nextLineFeed = -1

    static let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    init(text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int = 0, firstLine: Int = 1) {
        self.text = text
        self.delimiter = delimiter
        self.position = start
        self.line = firstLine
    }

    /// Reads the next record into `fields`, skipping blank lines.
    mutating func next(into fields: inout [Field]) -> Outcome {
        fields.removeAll(keepingCapacity: true)
        let n = text.count
        while position < n, text[position] == CSVScanner.newline || text[position] == CSVScanner.carriageReturn {
            endLine()
        }
        if position >= n { return .end }
        let recordLine = line
        if let end = simpleLineEnd() {
            splitSimpleLine(upTo: end, into: &fields)
            return .record(line: recordLine)
        }
        while true {
            if position < n && text[position] == CSVScanner.quote {
                position += 1
                let start = position
                var doubled = false
                while true {
                    while position < n && text[position] != CSVScanner.quote {
                        if isLineEnd(at: position) { line += 1 }
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
            endLine()
            return .record(line: recordLine)
        }
    }

    /// The end of the current line when it holds no quote: then fields are just the stretches
    /// between delimiters. Most lines are like this, and `memchr` finds these bytes many at a time.
    private mutating func simpleLineEnd() -> Int? {
        guard let base = text.baseAddress else { return nil }
        let start = base + position
        if nextLineFeed < position {
            nextLineFeed = memchr(start, 0x0A, text.count - position).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? text.count
        }
        var end = nextLineFeed
        if end > position && text[end - 1] == CSVScanner.carriageReturn { end -= 1 }
        if let found = memchr(start, Int32(CSVScanner.carriageReturn), end - position) {
            end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        if memchr(start, Int32(CSVScanner.quote), end - position) != nil { return nil }
        return end
    }

    private mutating func splitSimpleLine(upTo end: Int, into fields: inout [Field]) {
        let base = text.baseAddress!
        var start = position
        while let found = memchr(base + start, Int32(delimiter), end - start) {
            let cut = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            fields.append(Field(start: start, end: cut, hasDoubledQuotes: false))
            start = cut + 1
        }
        fields.append(Field(start: start, end: end, hasDoubledQuotes: false))
        position = end
        endLine()
    }

    /// True when the byte at `i` ends a line: an LF, or a CR not followed by an LF.
    private func isLineEnd(at i: Int) -> Bool {
        text[i] == CSVScanner.newline || (text[i] == CSVScanner.carriageReturn && (i + 1 == text.count || text[i + 1] != CSVScanner.newline))
    }

    /// Steps over the line end at `position` (LF, CRLF or CR), if there is one.
    private mutating func endLine() {
        let n = text.count
        guard position < n else { return }
        if text[position] == CSVScanner.carriageReturn {
            position += 1
            if position < n && text[position] == CSVScanner.newline { position += 1 }
            line += 1
        } else if text[position] == CSVScanner.newline {
            position += 1
            line += 1
        }
    }

    private mutating func skipToLineEnd() {
        while position < text.count && text[position] != CSVScanner.newline && text[position] != CSVScanner.carriageReturn { position += 1 }
        endLine()
    }

    /// The field's bytes as written, with surrounding spaces removed; doubled quotes are left
    /// doubled (use `string` for the value). Enough for keys, codes and dates, which hold no quotes.
    func trimmed(_ field: Field) -> UnsafeBufferPointer<UInt8> {
        var start = field.start, end = field.end
        while start < end && (text[start] == 0x20 || text[start] == 0x09) { start += 1 }
        while end > start && (text[end - 1] == 0x20 || text[end - 1] == 0x09) { end -= 1 }
        // U+3000 IDEOGRAPHIC SPACE (E3 80 80), common in Chinese spreadsheets.
        while end - start >= 3 && text[start] == 0xE3 && text[start + 1] == 0x80 && text[start + 2] == 0x80 { start += 3 }
        while end - start >= 3 && text[end - 3] == 0xE3 && text[end - 2] == 0x80 && text[end - 1] == 0x80 { end -= 3 }
        return UnsafeBufferPointer(rebasing: text[start..<end])
    }

    /// The field's value: trimmed, doubled quotes undone.
    func string(_ field: Field) -> String {
        let bytes = trimmed(field)
        guard field.hasDoubledQuotes else { return String(decoding: bytes, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            unescaped.append(bytes[i])
            i += bytes[i] == CSVScanner.quote && i + 1 < bytes.count && bytes[i + 1] == CSVScanner.quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Comma or tab, whichever the first line holding either uses more (outside quotes).
    static func detectDelimiter(_ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var commas = 0, tabs = 0, inQuotes = false, lines = 0
        for byte in text {
            if byte == quote { inQuotes.toggle() } else if !inQuotes {
                if byte == newline || byte == carriageReturn {
                    // A title line above the header holds neither: look at the next line.
                    lines += 1
                    if commas + tabs > 0 || lines > CSVInput.titleRows { break }
                }
                if byte == UInt8(ascii: ",") { commas += 1 } else if byte == 0x09 { tabs += 1 }
            }
        }
        return tabs > commas ? 0x09 : UInt8(ascii: ",")
    }
}

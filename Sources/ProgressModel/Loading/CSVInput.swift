/// The first record of a CSV input: the names of its columns, and its line (blank lines may
/// come first).
struct CSVHeader {
    let cells: [String]
    let line: Int
}

/// What became of a record of a CSV input.
enum RowOutcome {
    case loaded, rejected
    /// Not a row: blank, or the header again.
    case skipped
}

/// What the two CSV loaders share around their rows: opening an input's bytes as text, reading
/// its header, and telling why a rejected record is not what its cells say.
enum CSVInput {
    /// The input's text, or nil (with an error) when it is empty or not text at all. Lines whose
    /// bytes the decoder had to replace (GB18030 or UTF-16 that is not valid) get a warning each.
    static func open(_ raw: consuming [UInt8], path: String, log: inout DiagnosticLog) -> DecodedText? {
        if raw.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            log.add(Diagnostic(.error, file: path, line: 0, .emptyFile))
            return nil
        }
        if let format = FileSignature.binaryFormat(raw) {
            log.add(Diagnostic(.error, file: path, line: 0, .binaryFile(format: format)))
            return nil
        }
        let decoded = TextDecoding.decode(raw)
        for line in decoded.linesWithInvalidBytes {
            log.add(Diagnostic(.warning, file: path, line: line, .invalidEncoding(decoded.encoding)))
        }
        return decoded
    }

    /// Records a header may follow: the title rows of a published list (附件1, the list's name,
    /// its date) above its header row.
    static let titleRows = 10

    /// The header, or nil (with an error) when it cannot be read: an unterminated quote, a NUL
    /// byte, or another encoding than the rest of the file. The header is the first record
    /// that `isHeader` accepts within the first `titleRows + 1` records, the ones above it being
    /// a title; else the first record, whose cells the caller then reports on.
    static func header(_ scanner: inout CSVScanner, path: String, unreadable: [LineProblem], log: inout DiagnosticLog,
                       isHeader: ([String]) -> Bool) -> CSVHeader? {
        guard let first = record(&scanner, path: path, unreadable: unreadable, log: &log) else { return nil }
        if isHeader(first.cells) { return first }
        let afterFirst = scanner
        var probe = scanner
        var probeLog = DiagnosticLog()
        for _ in 0..<titleRows {
            guard let next = record(&probe, path: path, unreadable: unreadable, log: &probeLog) else { break }
            if isHeader(next.cells) {
                scanner = probe
                return next
            }
        }
        scanner = afterFirst
        return first
    }

    /// The next record as a header's cells, or nil (with an error) when it cannot be read.
    private static func record(_ scanner: inout CSVScanner, path: String, unreadable: [LineProblem], log: inout DiagnosticLog) -> CSVHeader? {
        var fields: [CSVScanner.Field] = []
        let line: Int
        switch scanner.next(into: &fields) {
        case .record(let at): line = at
        case .end:
            log.add(Diagnostic(.error, file: path, line: 0, .emptyFile))
            return nil
        case .unterminatedQuote(let at):
            log.add(Diagnostic(.error, file: path, line: at, .unterminatedQuote))
            return nil
        case .textAfterClosingQuote(let at):
            log.add(Diagnostic(.error, file: path, line: at, .textAfterClosingQuote))
            return nil
        }
        if let found = unreadable.first(from: line, before: max(scanner.line, line + 1)) {
            log.add(Diagnostic(.error, file: path, line: found.line, found.problem))
            return nil
        }
        let explained = fields.withUnsafeBufferPointer { otherEncoding($0, of: scanner, path: path, line: line) }
        if let explained {
            log.add(explained)
            return nil
        }
        return CSVHeader(cells: fields.map { scanner.string($0) }, line: line)
    }

    /// The outcome of a rejected record. One that is not what its cells say gets that one
    /// problem in place of its cells': a blank row or the header again (a warning; the record is
    /// skipped, not counted as a row), or a line in GB18030 in a UTF-8 file (an error). Only
    /// rejected records are looked at, so good rows cost nothing here.
    static func rejected(_ fields: UnsafeBufferPointer<CSVScanner.Field>, of scanner: CSVScanner, headers: [String], path: String,
                         line: Int, problems: inout [Diagnostic]) -> RowOutcome {
        if fields.allSatisfy({ scanner.trimmed($0).isEmpty }) {
            problems = [Diagnostic(.warning, file: path, line: line, .blankRow)]
            return .skipped
        }
        if fields.count == headers.count && zip(fields, headers).allSatisfy({ scanner.string($0) == $1 }) {
            problems = [Diagnostic(.warning, file: path, line: line, .repeatedHeader)]
            return .skipped
        }
        if let other = otherEncoding(fields, of: scanner, path: path, line: line) { problems = [other] }
        return .rejected
    }

    /// An error when the record's bytes are GB18030 in a UTF-8 text, showing the line as GB18030.
    static func otherEncoding(_ fields: UnsafeBufferPointer<CSVScanner.Field>, of scanner: CSVScanner, path: String,
                              line: Int) -> Diagnostic? {
        guard let first = fields.first, let last = fields.last, last.end > first.start,
              let reading = TextDecoding.gb18030Reading(of: UnsafeBufferPointer(rebasing: scanner.text[first.start..<last.end]))
        else { return nil }
        return Diagnostic(.error, file: path, line: line, value: String(reading.prefix(60)), .mixedEncoding(line: "GB18030", file: "UTF-8"))
    }
}

extension Array where Element == LineProblem {
    /// The first problem on the lines `line..<end` (a record may span several); the problems
    /// are sorted by line.
    func first(from line: Int, before end: Int) -> LineProblem? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].line < line { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low].line < end ? self[low] : nil
    }
}

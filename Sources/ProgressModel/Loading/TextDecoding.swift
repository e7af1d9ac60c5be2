#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of an input file as UTF-8, whatever it was written in: UTF-8 with or without a BOM,
/// GB18030/GBK (what Excel in China writes), or UTF-16 with or without a BOM (Excel's "Unicode
/// text").
public struct DecodedText: Sendable {
    /// The UTF-8 text starts at `start` (after a byte order mark left in place).
    public let bytes: [UInt8]
    public var start = 0
    /// The encoding that was detected, for messages and the report header.
    public let encoding: String
    /// Lines (1-based) where invalid byte sequences were replaced by U+FFFD.
    public var linesWithInvalidBytes: [Int] = []
    /// Lines that cannot be read as the rest of the file, by line: a NUL byte, or another
    /// encoding. The rows on them are left out.
    public var unreadableLines: [LineProblem] = []

    /// The text without any byte order mark.
    public func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// The text as a string, for small files.
    public var string: String { withText { String(decoding: $0, as: UTF8.self) } }
}

/// A line of an input that cannot be read, and why.
public struct LineProblem: Sendable, Hashable {
    public let line: Int
    public let problem: Problem
}

public enum TextDecoding {
    /// Decodes `raw`. The first 64 KB tell UTF-8 from the rest; a UTF-8 file is then read as it
    /// is: the loaders check each cell they use (a damaged name gets a warning, a damaged code or
    /// date an error, a line in GBK an error of its own), so a hundred megabytes are not walked
    /// twice. Otherwise the lines decide: a file is GB18030 when most of its lines read as GBK,
    /// and its few UTF-8 lines, if any, are unreadable.
    public static func decode(_ raw: [UInt8]) -> DecodedText {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) { return withNULLines(DecodedText(bytes: raw, start: 3, encoding: "UTF-8")) }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            let littleEndian = raw[0] == 0xFF
            return decodeUTF16(raw, from: 2, littleEndian: littleEndian, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE")
        }
        if let littleEndian = FileSignature.utf16WithoutBOM(raw) {
            return decodeUTF16(raw, from: 0, littleEndian: littleEndian,
                               encoding: littleEndian ? "UTF-16LE without BOM" : "UTF-16BE without BOM")
        }
        if raw.withUnsafeBufferPointer({ checkUTF8(prefixOf: $0) }).invalid == 0 {
            return withNULLines(DecodedText(bytes: raw, encoding: "UTF-8"))
        }
        let lines = tallyLinesInParts(raw)
        guard lines.mostlyForeign, let gb = convert(raw, from: "GB18030") else {
            return withNULLines(DecodedText(bytes: raw, encoding: "UTF-8"))
        }
        let utf8Lines = lines.utf8Lines == 0 ? [] : raw.withUnsafeBufferPointer { tallyLines($0, numbering: true).validUTF8LineNumbers }
        let unreadable = Set(utf8Lines)
        var decoded = DecodedText(bytes: gb.bytes, encoding: "GB18030", linesWithInvalidBytes: gb.badLines.filter { !unreadable.contains($0) })
        decoded.unreadableLines = utf8Lines.map { LineProblem(line: $0, problem: .mixedEncoding(line: "UTF-8", file: "GB18030")) }
        return withNULLines(decoded)
    }

    /// `decoded` with its lines holding NUL bytes added to the unreadable ones. `memchr` finds
    /// that there are none in a blink; only then are lines counted.
    static func withNULLines(_ decoded: DecodedText) -> DecodedText {
        decoded.withText { text in
            guard let base = text.baseAddress, memchr(base, 0, text.count) != nil else { return decoded }
            var found: [LineProblem] = []
            var counter = LineCounter()
            for byte in text {
                if byte == 0 && found.last?.line != counter.line { found.append(LineProblem(line: counter.line, problem: .nulByte)) }
                counter.count(byte)
            }
            var result = decoded
            result.unreadableLines = (decoded.unreadableLines + found).sorted { $0.line < $1.line }
            return result
        }
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func decodeUTF16(_ raw: [UInt8], from start: Int, littleEndian: Bool, encoding: String) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2)
        var i = start
        while i + 1 < raw.count {
            let a = UInt16(raw[i]), b = UInt16(raw[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 3 / 2)
        var badLines: [Int] = []
        var counter = LineCounter()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                counter.count(scalar.value < 0x80 ? UInt8(scalar.value) : 0x80)
                UTF8.encode(scalar) { bytes.append($0) }
            case .emptyInput: break loop
            case .error:
                bytes.append(contentsOf: replacement)
                if badLines.last != counter.line { badLines.append(counter.line) }
            }
        }
        return withNULLines(DecodedText(bytes: bytes, encoding: encoding, linesWithInvalidBytes: badLines))
    }

    /// Converts with iconv, replacing each invalid or incomplete sequence by U+FFFD.
    /// iconv is used rather than Foundation: it was faster here (10 MB in 0.12 s against 0.20 s).
    static func convert(_ raw: [UInt8], from encoding: String) -> (bytes: [UInt8], badLines: [Int])? {
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: raw.count * 2 + 16)
        var badLines: [Int] = []
        var produced = 0
        var input = raw
        input.withUnsafeMutableBufferPointer { inBuffer in
            var consumed = 0
            var counter = LineCounter(), countedUpTo = 0
            while consumed < inBuffer.count {
                var inLeft = inBuffer.count - consumed
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress! + consumed)
                    .assumingMemoryBound(to: CChar.self)
                if output.count - produced < 16 { output.append(contentsOf: [UInt8](repeating: 0, count: output.count)) }
                var outLeft = output.count - produced
                let result = output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    return iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                }
                let newConsumed = inBuffer.count - inLeft
                produced = output.count - outLeft
                consumed = newConsumed
                if result != -1 { break }
                if errno == E2BIG { continue }
                // EILSEQ or EINVAL: replace one byte and go on.
                while countedUpTo < consumed {
                    counter.count(inBuffer[countedUpTo])
                    countedUpTo += 1
                }
                if badLines.last != counter.line { badLines.append(counter.line) }
                if output.count - produced < 3 { output.append(contentsOf: [UInt8](repeating: 0, count: output.count)) }
                output[produced] = 0xEF; output[produced + 1] = 0xBF; output[produced + 2] = 0xBD
                produced += 3
                consumed += 1
            }
        }
        output.removeSubrange(produced...)
        return (output, badLines)
    }
}

/// Text written for other programs in another encoding (GB18030 for Excel set up for Chinese).
public enum TextEncoding {
    /// `text` in `encoding` (an iconv name), or nil when iconv cannot convert it.
    public static func encode(_ text: String, to encoding: String) -> [UInt8]? {
        let cd = iconv_open(encoding, "UTF-8")
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        guard !input.isEmpty else { return [] }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return Array(output.prefix(produced))
    }
}

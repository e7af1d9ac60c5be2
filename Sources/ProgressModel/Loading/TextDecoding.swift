#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of an input file as UTF-8, whatever it was written in: UTF-8 with or without a BOM,
/// GB18030/GBK (what Excel in China writes), or UTF-16 with a BOM (Excel's "Unicode text").
public struct DecodedText: Sendable {
    /// The UTF-8 text starts at `start` (after a byte order mark left in place).
    public let bytes: [UInt8]
    public var start = 0
    /// The encoding that was detected, for messages and the report header.
    public let encoding: String
    /// Lines (1-based) where invalid byte sequences were replaced by U+FFFD.
    public let linesWithInvalidBytes: [Int]

    /// The text without any byte order mark.
    public func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// The text as a string, for small files.
    public var string: String { withText { String(decoding: $0, as: UTF8.self) } }
}

public enum TextDecoding {
    /// Decodes `raw`. Strict UTF-8 fails on GBK bytes at nearly every character, so the first
    /// 64 KB tell UTF-8 from GB18030. A UTF-8 file is then read as it is: the loaders check each
    /// cell they use (a damaged name gets a warning, a damaged code or date an error), so a
    /// hundred megabytes are not walked twice.
    public static func decode(_ raw: [UInt8]) -> DecodedText {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            if raw.withUnsafeBufferPointer({ checkUTF8(prefixOf: UnsafeBufferPointer(rebasing: $0[3...])) }).invalid == 0 {
                return DecodedText(bytes: raw, start: 3, encoding: "UTF-8", linesWithInvalidBytes: [])
            }
            let (bytes, bad) = repairUTF8(raw, from: 3)
            return DecodedText(bytes: bytes, encoding: "UTF-8", linesWithInvalidBytes: bad)
        }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(raw, littleEndian: raw[0] == 0xFF)
        }
        if raw.withUnsafeBufferPointer({ checkUTF8(prefixOf: $0) }).invalid == 0 {
            return DecodedText(bytes: raw, encoding: "UTF-8", linesWithInvalidBytes: [])
        }
        let utf8 = checkUTF8InParts(raw)
        // GBK text read as UTF-8 fails at nearly every character; a UTF-8 file with a few damaged
        // bytes still has far more valid characters than bad ones.
        if utf8.validMultibyte < utf8.invalid * 4, let gb = convert(raw, from: "GB18030") {
            return DecodedText(bytes: gb.bytes, encoding: "GB18030", linesWithInvalidBytes: gb.badLines)
        }
        let (bytes, bad) = repairUTF8(raw, from: 0)
        return DecodedText(bytes: bytes, encoding: "UTF-8", linesWithInvalidBytes: bad)
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = p[i]
        if b0 < 0x80 { return 1 }
        let n = p.count
        @inline(__always) func cont(_ j: Int) -> Bool { j < n && p[j] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
        case 0xE0: return i + 1 < n && (0xA0...0xBF).contains(p[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xED: return i + 1 < n && (0x80...0x9F).contains(p[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xF0: return i + 1 < n && (0x90...0xBF).contains(p[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3: return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4: return i + 1 < n && (0x80...0x8F).contains(p[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default: return 0
        }
    }

    /// Invalid byte sequences and valid multi-byte characters, as counted by `checkUTF8`.
    struct UTF8Check {
        var invalid = 0
        var validMultibyte = 0
    }

    /// The same count, over parts checked at the same time; cuts fall on the first byte of a
    /// character, so that no sequence is split.
    static func checkUTF8InParts(_ raw: [UInt8]) -> UTF8Check {
        let parts = raw.count > 1 << 20 ? Parallel.parts : 1
        return raw.withUnsafeBufferPointer { whole in
            var cuts = [0]
            for part in 1..<max(parts, 1) {
                var cut = whole.count * part / parts
                while cut < whole.count && whole[cut] & 0xC0 == 0x80 && cut - whole.count * part / parts < 4 { cut += 1 }
                cuts.append(max(cut, cuts.last!))
            }
            cuts.append(whole.count)
            nonisolated(unsafe) let shared = whole
            return Parallel.map(cuts.count - 1) { part in
                checkUTF8(UnsafeBufferPointer(rebasing: shared[cuts[part]..<cuts[part + 1]]))
            }.reduce(into: UTF8Check()) { total, part in
                total.invalid += part.invalid
                total.validMultibyte += part.validMultibyte
            }
        }
    }

    /// The check of the first 64 KB, cut at the start of a character.
    static func checkUTF8(prefixOf p: UnsafeBufferPointer<UInt8>) -> UTF8Check {
        var end = min(p.count, 1 << 16)
        if end < p.count { while end > 0 && p[end] & 0xC0 == 0x80 { end -= 1 } }
        return checkUTF8(UnsafeBufferPointer(rebasing: p[..<end]))
    }

    /// Counts invalid sequences and valid multi-byte characters in `p`: ASCII is skipped eight
    /// bytes at a time, and the three-byte sequences of CJK text are checked inline.
    static func checkUTF8(_ p: UnsafeBufferPointer<UInt8>) -> UTF8Check {
        guard let base = p.baseAddress else { return UTF8Check() }
        let raw = UnsafeRawPointer(base)
        var i = 0
        var check = UTF8Check()
        let n = p.count
        while i < n {
            if i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b0 = p[i]
            if b0 < 0x80 { i += 1; continue }
            if b0 >= 0xE1 && b0 <= 0xEC && i + 2 < n && p[i + 1] & 0xC0 == 0x80 && p[i + 2] & 0xC0 == 0x80 {
                i += 3
                check.validMultibyte += 1
                continue
            }
            let length = sequenceLength(p, i)
            if length == 0 {
                check.invalid += 1
                i += 1
            } else {
                check.validMultibyte += 1
                i += length
            }
        }
        return check
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// UTF-8 with every invalid sequence replaced by U+FFFD, and the lines where that happened.
    static func repairUTF8(_ raw: [UInt8], from start: Int) -> ([UInt8], [Int]) {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count - start)
        var badLines: [Int] = []
        var line = 1
        raw.withUnsafeBufferPointer { p in
            var i = start
            while i < p.count {
                let byte = p[i]
                if byte < 0x80 {
                    if byte == 0x0A { line += 1 }
                    out.append(byte); i += 1; continue
                }
                let length = sequenceLength(p, i)
                if length == 0 {
                    out.append(contentsOf: replacement)
                    if badLines.last != line { badLines.append(line) }
                    i += 1
                } else {
                    out.append(contentsOf: p[i..<(i + length)])
                    i += length
                }
            }
        }
        return (out, badLines)
    }

    static func decodeUTF16(_ raw: [UInt8], littleEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2)
        var i = 2
        while i + 1 < raw.count {
            let a = UInt16(raw[i]), b = UInt16(raw[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var bytes: [UInt8] = []
        var badLines: [Int] = []
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                bytes.append(contentsOf: Array(String(scalar).utf8))
            case .emptyInput: break loop
            case .error:
                bytes.append(contentsOf: replacement)
                if badLines.last != line { badLines.append(line) }
            }
        }
        return DecodedText(bytes: bytes, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", linesWithInvalidBytes: badLines)
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
            var line = 1, countedUpTo = 0
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
                    if inBuffer[countedUpTo] == 0x0A { line += 1 }
                    countedUpTo += 1
                }
                if badLines.last != line { badLines.append(line) }
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

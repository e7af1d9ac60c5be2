/// Checking bytes as UTF-8: whole texts, lines and cells. Strict UTF-8 fails on GBK bytes at
/// nearly every character, so these counts tell UTF-8 from GB18030, file by file and line by line.
extension TextDecoding {
    /// Invalid byte sequences and valid multi-byte characters, as counted by `checkUTF8`.
    struct UTF8Check {
        var invalid = 0
        var validMultibyte = 0

        /// Text that reads as another encoding: GBK read as UTF-8 fails at nearly every
        /// character, while UTF-8 with a few damaged bytes still has far more valid characters
        /// than bad ones.
        var looksForeign: Bool { invalid > 0 && validMultibyte < invalid * 4 }
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
            if p[i] < 0x80 { i += 1; continue }
            i += step(p, i, &check)
        }
        return check
    }

    /// Counts the non-ASCII character at `i` into `check`; returns its length.
    @inline(__always)
    private static func step(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ check: inout UTF8Check) -> Int {
        let b0 = p[i]
        if b0 >= 0xE1 && b0 <= 0xEC && i + 2 < p.count && p[i + 1] & 0xC0 == 0x80 && p[i + 2] & 0xC0 == 0x80 {
            check.validMultibyte += 1
            return 3
        }
        let length = UTF8Sequence.length(p, i)
        if length == 0 {
            check.invalid += 1
            return 1
        }
        check.validMultibyte += 1
        return length
    }

    /// The lines of a text sorted by how they read as UTF-8. ASCII-only lines read as anything
    /// and are not counted.
    struct LineTally {
        /// Lines that are UTF-8, possibly with a few damaged bytes.
        var utf8Lines = 0
        /// Lines that look like another encoding (`UTF8Check.looksForeign`).
        var foreignLines = 0
        var firstLineForeign = false
        /// The numbers of the lines that are valid UTF-8 with non-ASCII characters, when asked for.
        var validUTF8LineNumbers: [Int] = []

        /// True when most lines, or the header in a tie, are in another encoding than UTF-8.
        var mostlyForeign: Bool { foreignLines > utf8Lines || (foreignLines == utf8Lines && firstLineForeign) }
    }

    /// Sorts the lines of `p` (ended by LF, CRLF or CR); with `numbering`, records the numbers
    /// of the valid UTF-8 lines (line 1 is the start of `p`).
    static func tallyLines(_ p: UnsafeBufferPointer<UInt8>, numbering: Bool = false) -> LineTally {
        var tally = LineTally()
        guard let base = p.baseAddress else { return tally }
        let raw = UnsafeRawPointer(base)
        var counter = LineCounter()
        var current = UTF8Check()
        func finish(_ line: Int) {
            if current.looksForeign {
                tally.foreignLines += 1
                if line == 1 { tally.firstLineForeign = true }
            } else if current.validMultibyte > 0 {
                tally.utf8Lines += 1
                if numbering && current.invalid == 0 { tally.validUTF8LineNumbers.append(line) }
            }
            current = UTF8Check()
        }
        let n = p.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 && !hasByte(word, 0x0A) && !hasByte(word, 0x0D) {
                    // Eight bytes of text without a line end: counting the last stands for all.
                    counter.count(p[i + 7])
                    i += 8
                    continue
                }
            }
            let byte = p[i]
            let line = counter.line
            counter.count(byte)
            if counter.line != line { finish(line) }
            i += byte < 0x80 ? 1 : step(p, i, &current)
        }
        finish(counter.line)
        return tally
    }

    /// True when one of the eight bytes of `word` is `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// `tallyLines` over parts checked at the same time; cuts fall on the first byte of a
    /// character, so that no sequence is split (a line cut in two counts twice, which a
    /// majority does not notice).
    static func tallyLinesInParts(_ raw: [UInt8]) -> LineTally {
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
            let tallies = Parallel.map(cuts.count - 1) { part in
                tallyLines(UnsafeBufferPointer(rebasing: shared[cuts[part]..<cuts[part + 1]]))
            }
            var total = LineTally()
            total.firstLineForeign = tallies[0].firstLineForeign
            for tally in tallies {
                total.utf8Lines += tally.utf8Lines
                total.foreignLines += tally.foreignLines
            }
            return total
        }
    }

    /// A record of a UTF-8 text that is in GB18030 instead (a line pasted from a GBK file): its
    /// text as GB18030, or nil when it is UTF-8 (damaged or not) or not clean GB18030 either.
    static func gb18030Reading(of record: UnsafeBufferPointer<UInt8>) -> String? {
        guard checkUTF8(record).looksForeign, let converted = convert(Array(record), from: "GB18030"), converted.badLines.isEmpty else {
            return nil
        }
        return String(decoding: converted.bytes, as: UTF8.self)
    }
}

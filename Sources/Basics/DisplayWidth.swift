/// How many terminal columns text takes: the one measure used by the screen, the reports and
/// the exports, so that a table lines up the same way everywhere.
///
/// The widths are glibc's (`WidthTables`, generated from `wcwidth` under C.UTF-8, as terminals
/// and curses on the system measure), looked up here rather than asked of `wcwidth` at run
/// time, which depends on the process locale (it returns -1 for every Han character under
/// `LANG=C`) and is not exported by Swift's Glibc module.
public struct DisplayWidth: Sendable, Hashable {
    /// Whether East Asian *Ambiguous* characters (box drawing, block elements, “ ” · …) take two
    /// columns, as on terminals configured "ambiguous = wide", common in Chinese setups.
    public var ambiguousIsWide: Bool

    public init(ambiguousIsWide: Bool = false) { self.ambiguousIsWide = ambiguousIsWide }

    /// Narrow ambiguous characters: what most terminals and fonts do.
    public static let standard = DisplayWidth()

    /// Columns of one Unicode scalar, as glibc's wcwidth gives them: 0 for combining marks and
    /// format characters, 2 for wide and full-width ones (Han, kana, hangul, full-width forms,
    /// emoji), else 1 (controls: 0; they never reach the screen, see `Sanitizer`).
    public func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if DisplayWidth.isWide(value) { return 2 }
        if DisplayWidth.isZero(value) { return 0 }
        if ambiguousIsWide && DisplayWidth.isAmbiguous(value) { return 2 }
        return 1
    }

    /// Columns of a user-perceived character: its first visible scalar decides.
    public func columns(of character: Character) -> Int {
        if character.utf8.count == 1 { return columns(of: character.unicodeScalars.first!) }
        for scalar in character.unicodeScalars {
            let width = columns(of: scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// Columns of a whole string. Text made only of scalars that stand alone (nearly all text:
    /// ASCII, Han, CJK punctuation, box drawing) is measured scalar by scalar, without the cost of
    /// finding where characters begin and end.
    public func columns(of text: some StringProtocol) -> Int {
        standaloneColumns(of: text) ?? text.reduce(0) { $0 + columns(of: $1) }
    }

    /// Columns of text whose every scalar stands alone, each then a character of at least one
    /// column; nil for other text. It is on the path of every table cell, so it reads the UTF-8
    /// bytes itself and is inlinable, to be made for the caller's own string type.
    @inlinable
    public func standaloneColumns(of text: some StringProtocol) -> Int? {
        var total = 0
        var bytes = text.utf8.makeIterator()
        while let lead = bytes.next() {
            if lead < 0x80 {
                guard lead >= 0x20 && lead != 0x7F else { return nil }
                total += 1
                continue
            }
            // Two- and three-byte sequences only: no scalar beyond U+FFFF stands alone.
            guard lead >= 0xC2 && lead < 0xF0, let second = bytes.next() else { return nil }
            var value = UInt32(second & 0x3F)
            if lead < 0xE0 {
                value |= UInt32(lead & 0x1F) << 6
            } else {
                guard let third = bytes.next() else { return nil }
                value = UInt32(lead & 0x0F) << 12 | value << 6 | UInt32(third & 0x3F)
            }
            guard DisplayWidth.standsAlone(value) else { return nil }
            total += DisplayWidth.isWide(value) || (ambiguousIsWide && DisplayWidth.isAmbiguous(value)) ? 2 : 1
        }
        return total
    }

    /// Text whose every scalar stands alone, measured and cut in one pass: its columns, and the
    /// end of the longest prefix that fits in `room` columns (where `clip` would cut it, before
    /// the ellipsis) with that prefix's columns; nil for other text. Long exports cut half their
    /// firm names, and measuring, cutting and measuring again took a third of their time.
    @inlinable
    public func standaloneColumns(of text: String, cuttingAt room: Int) -> (columns: Int, cut: String.Index, cutColumns: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (columns: Int, cut: Int, cutColumns: Int)? in
            var total = 0, cut = 0, cutColumns = 0, index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                var next = index + 1
                if lead < 0x80 {
                    guard lead >= 0x20 && lead != 0x7F else { return nil }
                    total += 1
                } else {
                    // Two- and three-byte sequences only: no scalar beyond U+FFFF stands alone.
                    guard lead >= 0xC2 && lead < 0xF0, next < count else { return nil }
                    var value = UInt32(bytes[next] & 0x3F)
                    next += 1
                    if lead < 0xE0 {
                        value |= UInt32(lead & 0x1F) << 6
                    } else {
                        guard next < count else { return nil }
                        value = UInt32(lead & 0x0F) << 12 | value << 6 | UInt32(bytes[next] & 0x3F)
                        next += 1
                    }
                    guard DisplayWidth.standsAlone(value) else { return nil }
                    total += DisplayWidth.isWide(value) || (ambiguousIsWide && DisplayWidth.isAmbiguous(value)) ? 2 : 1
                }
                if cut == index && total <= room {
                    cut = next
                    cutColumns = total
                }
                index = next
            }
            return (total, cut, cutColumns)
        }.map { (columns: $0.columns, cut: text.utf8.index(text.utf8.startIndex, offsetBy: $0.cut), cutColumns: $0.cutColumns) }
    }

    /// True for scalars that are a whole character whatever surrounds them: not a control, a
    /// combining mark, a joiner, a variation selector, a Hangul jamo, a regional indicator or a
    /// prepended mark (Unicode's grapheme cluster rules join none of these ranges to a neighbour).
    @inlinable
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x2BFF,
             0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF01...0xFF9D, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns, ending in `ellipsis` when cut.
    /// A wide character that would straddle the limit is left out whole, never split.
    public func clip(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if columns(of: text) <= width { return text }
        let mark = columns(of: ellipsis) <= width ? ellipsis : ""
        let room = width - columns(of: mark)
        var used = 0
        var result = ""
        if standaloneColumns(of: text) != nil {
            let scalars = text.unicodeScalars
            var end = scalars.startIndex
            while end < scalars.endIndex && used + columns(of: scalars[end]) <= room {
                used += columns(of: scalars[end])
                end = scalars.index(after: end)
            }
            return String(scalars[..<end]) + mark
        }
        for character in text {
            let w = columns(of: character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + mark
    }

    /// Where to put text within a column.
    public enum Alignment: Sendable { case left, right, center }

    /// `text` clipped and padded with spaces to exactly `width` columns.
    public func fit(_ text: String, to width: Int, align: Alignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let clipped = clip(text, to: width, ellipsis: ellipsis)
        let gap = width - columns(of: clipped)
        switch align {
        case .left: return clipped + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + clipped
        case .center:
            let before = gap / 2
            return String(repeating: " ", count: before) + clipped + String(repeating: " ", count: gap - before)
        }
    }

    /// Two columns for glibc. Han, the bulk of the text, is answered before the tables are
    /// searched.
    @inlinable
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        return contains(WidthTables.wide, v)
    }

    /// No column for glibc: combining marks, format characters, Hangul medial and final jamo.
    @inlinable
    static func isZero(_ v: UInt32) -> Bool { contains(WidthTables.zero, v) }

    /// True when one of the sorted, disjoint `ranges` holds `v`.
    @inlinable
    static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < v { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(v)
    }

    /// True for East Asian *Ambiguous* characters: one column on most terminals, two on those
    /// configured for East Asian fonts.
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0xA1 && isAmbiguous(scalar.value) }

    /// East Asian Ambiguous characters likely to appear in this program's glyphs and data.
    @usableFromInline
    static func isAmbiguous(_ v: UInt32) -> Bool {
        switch v {
        case 0xA1, 0xA4, 0xA7, 0xA8, 0xAA, 0xAD, 0xAE, 0xB0...0xB4, 0xB6...0xBA, 0xBC...0xBF,
             0xC6, 0xD0, 0xD7, 0xD8, 0xDE...0xE1, 0xE6, 0xE8...0xEA, 0xEC, 0xED, 0xF0, 0xF2, 0xF3,
             0xF7...0xFA, 0xFC, 0xFE,
             0x391...0x3A9, 0x3B1...0x3C9, 0x401, 0x410...0x44F, 0x451,
             0x2010, 0x2013...0x2016, 0x2018, 0x2019, 0x201C, 0x201D, 0x2020...0x2022,
             0x2024...0x2027, 0x2030, 0x2032, 0x2033, 0x2035, 0x203B, 0x203E,
             0x2103, 0x2105, 0x2109, 0x2113, 0x2116, 0x2121, 0x2122, 0x2126, 0x212B,
             0x2160...0x216B, 0x2170...0x2179, 0x2190...0x2199, 0x21D2, 0x21D4,
             0x2200, 0x2202, 0x2203, 0x2207, 0x2208, 0x220B, 0x220F, 0x2211, 0x2215, 0x221A,
             0x221D...0x2220, 0x2223, 0x2225, 0x2227...0x222C, 0x222E, 0x2234...0x2237,
             0x2248, 0x2260, 0x2261, 0x2264...0x2267, 0x2312,
             0x2460...0x24E9, 0x24EB...0x254B, 0x2550...0x2573, 0x2580...0x258F, 0x2592...0x2595,
             0x25A0, 0x25A1, 0x25A3...0x25A9, 0x25B2, 0x25B3, 0x25B6, 0x25B7, 0x25BC, 0x25BD,
             0x25C0, 0x25C1, 0x25C6...0x25C8, 0x25CB, 0x25CE...0x25D1, 0x25E2...0x25E5, 0x25EF,
             0x2605, 0x2606, 0x2609, 0x260E, 0x260F, 0x261C, 0x261E, 0x2640, 0x2642,
             0x2660, 0x2661, 0x2663...0x2665, 0x2667...0x266A, 0x266C, 0x266D, 0x266F,
             0x273D, 0x2776...0x277F, 0xE000...0xF8FF, 0xFFFD:
            return true
        default:
            return false
        }
    }
}

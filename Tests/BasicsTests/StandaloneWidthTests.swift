import Basics
import Testing

/// Text whose scalars all stand alone is measured and cut scalar by scalar; this must give
/// exactly what measuring character by character gives.
@Suite("Measuring text scalar by scalar")
struct StandaloneWidthTests {
    static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x2BFF, 0x3000...0x3029,
        0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFF01...0xFF9D, 0xFFE0...0xFFE6,
    ]

    @Test("every scalar that stands alone is one character of the width measured for it, narrow or wide ambiguity")
    func everyScalar() {
        for measure in [DisplayWidth.standard, DisplayWidth(ambiguousIsWide: true)] {
            for range in StandaloneWidthTests.ranges {
                for value in range {
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    let text = String(scalar) + "a" + String(scalar)
                    let expected = text.reduce(0) { $0 + measure.columns(of: $1) }
                    #expect(text.count == 3 && measure.standaloneColumns(of: text) == expected && expected >= 3,
                            "U+\(String(value, radix: 16))")
                }
            }
        }
    }

    @Test("text with a mark, a joiner, a control or a scalar beyond U+FFFF is measured by characters")
    func others() {
        let measure = DisplayWidth.standard
        for text in ["e\u{301}", "👨\u{200D}👩", "a\u{7}", "𠀀", "\u{1100}\u{1161}", "🇨🇳", "a\u{FE0F}", "\u{AD}"] {
            #expect(measure.standaloneColumns(of: text) == nil, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(measure.columns(of: "e\u{301}x") == 2 && measure.columns(of: "𠀀") == 2)
        #expect(measure.standaloneColumns(of: "湛江 ab“”—") == 10 && measure.standaloneColumns(of: "") == 0)
    }

    @Test("cutting text scalar by scalar ends where cutting by characters does")
    func clipping() {
        let measure = DisplayWidth.standard
        func byCharacters(_ text: String, _ width: Int) -> String {
            if measure.columns(of: text) <= width { return text }
            var used = 0, kept = ""
            for character in text {
                let columns = measure.columns(of: character)
                if used + columns > width - 1 { break }
                kept.append(character)
                used += columns
            }
            return kept + "…"
        }
        for text in ["湛江市恒创精密机械有限公司", "ab湛江cd", "郑州航空港经济综合实验区", "“引号”——长的文字"] {
            for width in 1...26 {
                #expect(measure.clip(text, to: width) == byCharacters(text, width), "\(text) \(width)")
            }
        }
    }

    @Test("measuring and cutting in one pass gives the width and the cut that clip gives, narrow or wide ambiguity")
    func measuredCut() {
        let texts = ["湛江市恒创精密机械有限公司", "ab湛江cd", "“引号”——长的文字", "abc", "", "全角ＡＢ１２", "e\u{301}x", "a\u{7}b"]
        for measure in [DisplayWidth.standard, DisplayWidth(ambiguousIsWide: true)] {
            for text in texts {
                for width in 1...28 {
                    // Narrower than the ellipsis, `clip` cuts without it: not a case for the one pass.
                    let ellipsis = measure.columns(of: "…")
                    guard ellipsis <= width else { continue }
                    guard let measured = measure.standaloneColumns(of: text, cuttingAt: width - ellipsis) else {
                        #expect(measure.standaloneColumns(of: text) == nil, "\(text)")
                        continue
                    }
                    #expect(measured.columns == measure.columns(of: text), "\(text)")
                    if measured.columns > width {
                        let cut = String(text[..<measured.cut])
                        #expect(cut + "…" == measure.clip(text, to: width), "\(text) \(width)")
                        #expect(measured.cutColumns == measure.columns(of: cut), "\(text) \(width)")
                    }
                }
            }
        }
    }
}

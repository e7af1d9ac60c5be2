import Testing
@testable import ProgressModel

/// Width, clipping, sanitising, numbers, dates and credit codes: the small things every screen
/// and report depends on.
@Suite("Text, numbers, dates, codes")
struct TextTests {
    let width = DisplayWidth.standard
    let wide = DisplayWidth(ambiguousIsWide: true)

    @Test("Han characters and full-width forms take two columns; marks none; ambiguous ones one or two")
    func columns() {
        #expect(width.columns(of: "湛江市") == 6)
        #expect(width.columns(of: "abc") == 3)
        #expect(width.columns(of: "湛江ab") == 6)
        #expect(width.columns(of: "（１００％）") == 12)
        #expect(width.columns(of: "e\u{301}") == 1)
        #expect(width.columns(of: "𠀀") == 2, "CJK extension B")
        #expect(width.columns(of: "█─│“”·") == 6)
        #expect(wide.columns(of: "█─│“”·") == 12)
        #expect(width.columns(of: "▲▼") == 2 && wide.columns(of: "▲▼") == 4)
    }

    @Test("clipping never splits a wide character, and fitting pads to the exact width")
    func clipAndFit() {
        #expect(width.clip("湛江市遂溪县", to: 5) == "湛江…")
        #expect(width.clip("湛江市遂溪县", to: 4) == "湛…")
        #expect(width.clip("湛江市", to: 6) == "湛江市")
        #expect(width.clip("湛江市", to: 1) == "…")
        #expect(width.clip("湛江市", to: 0) == "")
        #expect(width.fit("湛江市遂溪县", to: 4) == "湛… ")
        #expect(width.fit("湛江", to: 7, align: .right) == "   湛江")
        #expect(width.fit("湛江", to: 7, align: .center) == " 湛江  ")
        for limit in 0...14 {
            #expect(width.columns(of: width.fit("湛江市ab遂溪县", to: limit)) == limit)
        }
    }

    @Test("control, C1 and bidi characters are replaced; line breaks and tabs become spaces")
    func sanitiser() {
        #expect(Sanitizer.clean("a\tb\nc\r\n") == "a b c  ")
        #expect(Sanitizer.clean("\u{1B}[2J") == "\u{FFFD}[2J")
        #expect(Sanitizer.clean("abc\u{202E}def\u{2066}") == "abc\u{FFFD}def\u{FFFD}")
        #expect(Sanitizer.clean("\u{85}x\u{7F}") == "\u{FFFD}x\u{FFFD}")
        #expect(Sanitizer.isClean("湛江“小巨人”企业—①") && !Sanitizer.isClean("a\u{200F}"))
        for text in ["湛江", "a\u{1}b", "\u{202A}", "x\u{9F}", "“ok”"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { Sanitizer.isCleanUTF8($0) } == Sanitizer.isClean(text))
        }
    }

    @Test("numbers as reports write them")
    func numbers() {
        #expect(NumberText.plain(3) == "3" && NumberText.plain(12.8) == "12.8" && NumberText.plain(3.25) == "3.3")
        #expect(NumberText.percent(104.166) == "104%")
        #expect(NumberText.grouped(1_234_567) == "1,234,567" && NumberText.grouped(-1000) == "-1,000")
        #expect(NumberText.money(500_000, .chinese) == "50万元" && NumberText.money(43_700_000, .chinese) == "4,370万元")
        #expect(NumberText.money(155_000, .chinese) == "15.5万元" && NumberText.money(500_000, .english) == "¥500,000")
    }

    @Test("calendar days")
    func days() {
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        #expect(Day(iso: "2024-02-29") != nil && Day(iso: "2023-02-29") == nil && Day(iso: "2024-2-9") == nil)
        #expect(Day(iso: "2024-02-29")!.adding(years: 1).description == "2025-03-01")
        #expect(Day(iso: "2024-02-29")!.adding(years: 4).description == "2028-02-29")
        #expect(Day(iso: "2024-01-31")!.adding(months: 1).description == "2024-02-29")
        #expect(Day(iso: "2024-12-15")!.adding(months: -12).description == "2023-12-15")
        // Month ends stay month ends: 31 Jan → 29 Feb → 31 Mar; 30 Jun → 31 Jul → 31 Aug.
        let monthEnds = (0...3).map { Day(iso: "2024-01-31")!.addingMonths(keepingMonthEnd: $0).description }
        #expect(monthEnds == ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"])
        #expect(Day(iso: "2025-06-30")!.addingMonths(keepingMonthEnd: 2).description == "2025-08-31")
        #expect(Day(iso: "2024-02-29")!.addingMonths(keepingMonthEnd: 12).description == "2025-02-28")
        #expect(Day(iso: "2023-02-28")!.addingMonths(keepingMonthEnd: 12).description == "2024-02-29")
        #expect(Day(iso: "2024-01-15")!.addingMonths(keepingMonthEnd: 1).description == "2024-02-15", "other days as adding(months:)")
        #expect(Day(iso: "2024-01-30")!.addingMonths(keepingMonthEnd: 1).description == "2024-02-29")
        #expect(Day(iso: "2025-12-31")!.days(since: Day(iso: "2022-01-01")!) == 1460)
        for ordinal in stride(from: -800, to: 70_000, by: 97) {
            let day = Day(ordinal: Int32(ordinal))
            #expect(Day(iso: day.description) == day)
        }
    }

    @Test("days hold 1600–2399 only; arithmetic stops at the ends instead of trapping")
    func dayBounds() {
        #expect(Day(iso: "0001-01-01") == nil && Day(iso: "9999-12-31") == nil && Day(year: 99999, month: 1, day: 1) == nil)
        #expect(Day(iso: "+202-01-01") == nil && Day(iso: "2024-+1-01") == nil)
        #expect(Day.earliest.description == "1600-01-01" && Day.latest.description == "2399-12-31")
        #expect(Day(ordinal: .min) == Day.earliest && Day(ordinal: .max) == Day.latest)
        let day = Day(iso: "2024-06-30")!
        #expect(day.adding(years: .max) == Day.latest && day.adding(years: .min) == Day.earliest)
        #expect(day.adding(months: .max) == Day.latest && day.adding(months: .min) == Day.earliest)
        #expect(day.adding(days: .max) == Day.latest && day.adding(days: .min) == Day.earliest)
        #expect(Day.latest.adding(days: 1) == Day.latest && Day.latest.adding(years: 8000) == Day.latest)
        #expect(Day.endOfYear(99999) == Day.latest && Day.startOfYear(0) == Day.earliest && Day.startOfYear(.min) == Day.earliest)
        #expect(ValidRange.clamped(Day.latest).description == "2100-12-31" && ValidRange.clamped(Day.earliest).description == "1900-01-01")
        #expect(ValidRange.clamped(day) == day)
    }

    @Test("numbers too large for an integer are written, not converted")
    func hugeNumbers() {
        #expect(NumberText.plain(1e300) == "1e+300" && NumberText.plain(-1e20) == "-1e+20")
        #expect(NumberText.oneDecimal(1e300) == "1e+300" && NumberText.oneDecimal(.nan) == "–")
        #expect(NumberText.percent(1e300) == "1e+300%" && NumberText.percent(.infinity) == "–")
        #expect(NumberText.plain(123_456_789_012) == "123456789012")
    }

    @Test("unified social credit codes (GB 32100-2015)")
    func creditCodes() {
        #expect(CreditCode.read("91440823MA4W12345H") == .valid(CreditCode.read("91440823ma4w12345h").code!))
        #expect(CreditCode.read("91440823MA4W12345H").code?.description == "91440823MA4W12345H")
        let mistyped = CreditCode.read("91440823MA4W12345J")
        #expect(mistyped == .wrongCheckCharacter(mistyped.code!, expected: "H"))
        #expect(mistyped.code?.description == "91440823MA4W12345J", "the firm keeps the code as written")
        #expect(CreditCode.read("91440823MA4W1234IH") == .malformed, "I is not in the alphabet")
        #expect(CreditCode.read("91440823MA4W12345") == .malformed)
        #expect(CreditCode.checkCharacter(for: Array("91440823MA4W12345".utf8)) == UInt8(ascii: "H"))
    }
}

extension CreditCode.Reading {
    var code: CreditCode? {
        switch self {
        case .valid(let code), .wrongCheckCharacter(let code, _): return code
        case .malformed: return nil
        }
    }
}

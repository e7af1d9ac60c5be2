/// Readers for the values of cells, working on bytes so that a million rows need no strings.
enum CellParsing {
    /// A date as lists write it: `2024-05-01`, `2024/5/1`, `2024.5.1`, `2024年5月1日`, `20240501`,
    /// optionally followed by a time (`2024-05-01 00:00:00`), or a year alone (`2024`, `2024年`).
    /// Returns the day and whether only the year was given (then 31 December).
    static func date(_ p: UnsafeBufferPointer<UInt8>) -> (day: Day, yearOnly: Bool)? {
        let n = p.count
        var i = 0
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        @inline(__always) func number(maxDigits: Int) -> Int? {
            var value = 0, count = 0
            while i < n && count < maxDigits && isDigit(p[i]) {
                value = value * 10 + Int(p[i] &- 0x30)
                i += 1
                count += 1
            }
            return count == 0 ? nil : value
        }
        // 年 E5 B9 B4, 月 E6 9C 88, 日 E6 97 A5
        @inline(__always) func skip(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
            guard i + 2 < n, p[i] == a, p[i + 1] == b, p[i + 2] == c else { return false }
            i += 3
            return true
        }
        if n == 8 && p.allSatisfy(isDigit) {
            let v = p.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            return Day(year: v / 10000, month: v / 100 % 100, day: v % 100).map { ($0, false) }
        }
        guard let year = number(maxDigits: 4), i == 4 else { return nil }
        let yearEnd = Day(year: year, month: 12, day: 31)
        if i == n { return yearEnd.map { ($0, true) } }
        let chinese = skip(0xE5, 0xB9, 0xB4)
        var separator: UInt8 = 0
        if chinese {
            if i == n { return yearEnd.map { ($0, true) } }
        } else if p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "/") || p[i] == UInt8(ascii: ".") {
            separator = p[i]
            i += 1
        } else {
            return nil
        }
        guard let month = number(maxDigits: 2) else { return nil }
        if chinese {
            guard skip(0xE6, 0x9C, 0x88) else { return nil }
        } else {
            guard i < n, p[i] == separator else { return nil }
            i += 1
        }
        guard let day = number(maxDigits: 2) else { return nil }
        if chinese { _ = skip(0xE6, 0x97, 0xA5) }
        if i < n {
            guard p[i] == 0x20 || p[i] == UInt8(ascii: "T") else { return nil }
            i += 1
            while i < n {
                guard isDigit(p[i]) || p[i] == UInt8(ascii: ":") || p[i] == UInt8(ascii: ".") else { return nil }
                i += 1
            }
        }
        return Day(year: year, month: month, day: day).map { ($0, false) }
    }

    /// A year cell: `2024` or `2024年`.
    static func year(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let parsed = date(p), parsed.yearOnly else { return nil }
        return parsed.day.year
    }
}

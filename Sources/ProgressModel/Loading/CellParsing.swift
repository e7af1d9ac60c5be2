/// Readers for the values of cells, working on bytes so that a million rows need no strings.
enum CellParsing {
    /// A date as lists write it: `2024-05-01`, `2024/5/1`, `2024.5.1`, `2024年5月1日`, `20240501`,
    /// optionally followed by a time (`2024-05-01 00:00:00`), or a year alone (`2024`, `2024年`).
    /// Returns the day and whether only the year was given (then 31 December).
    static func date(_ p: UnsafeBufferPointer<UInt8>) -> (day: Day, yearOnly: Bool)? {
        var i = 0
        let n = p.count
        func digits(max: Int) -> Int? {
            var value = 0, count = 0
            while i < n && count < max, p[i] >= 0x30 && p[i] <= 0x39 {
                value = value * 10 + Int(p[i] - 0x30); i += 1; count += 1
            }
            return count == 0 ? nil : value
        }
        func skip(_ bytes: [UInt8]) -> Bool {
            guard n - i >= bytes.count else { return false }
            for (k, b) in bytes.enumerated() where p[i + k] != b { return false }
            i += bytes.count
            return true
        }
        let nian: [UInt8] = [0xE5, 0xB9, 0xB4], yue: [UInt8] = [0xE6, 0x9C, 0x88], ri: [UInt8] = [0xE6, 0x97, 0xA5]
        if n == 8, p.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let v = p.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return Day(year: v / 10000, month: v / 100 % 100, day: v % 100).map { ($0, false) }
        }
        guard let year = digits(max: 4), i == 4 else { return nil }
        let yearEnd = Day(year: year, month: 12, day: 31)
        if i == n { return yearEnd.map { ($0, true) } }
        let chinese = skip(nian)
        var separator: UInt8 = 0
        if chinese {
            if i == n { return yearEnd.map { ($0, true) } }
        } else if [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")].contains(p[i]) {
            separator = p[i]
            i += 1
        } else {
            return nil
        }
        guard let month = digits(max: 2) else { return nil }
        if chinese {
            guard skip(yue) else { return nil }
        } else {
            guard i < n, p[i] == separator else { return nil }
            i += 1
        }
        guard let day = digits(max: 2) else { return nil }
        if chinese { _ = skip(ri) }
        if i < n {
            guard p[i] == 0x20 || p[i] == UInt8(ascii: "T") else { return nil }
            i += 1
            while i < n {
                guard (p[i] >= 0x30 && p[i] <= 0x39) || p[i] == UInt8(ascii: ":") || p[i] == UInt8(ascii: ".") else { return nil }
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

    static func isPlausible(_ day: Day) -> Bool { (1990...2100).contains(day.year) }
}

/// A civil calendar day (proleptic Gregorian), stored as days since 1970-01-01.
///
/// Recognitions carry dates, not instants: a list published "2024年5月1日" means that day in
/// China, whatever the machine's time zone. A small integer keeps a million events compact and
/// makes "on or before the as-of date" a plain comparison.
///
/// A `Day` always lies between `Day.earliest` (1600-01-01) and `Day.latest` (2399-12-31), far
/// wider than any date srdi accepts from a file or an option (see `ValidRange`): constructors
/// refuse dates outside, and arithmetic stops at the ends instead of overflowing, so no value read
/// from a file can make date arithmetic trap.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int32

    /// The years a `Day` can hold.
    public static let representableYears = 1600...2399
    public static let earliest = Day(unchecked: daysFromCivil(year: 1600, month: 1, day: 1))
    public static let latest = Day(unchecked: daysFromCivil(year: 2399, month: 12, day: 31))

    /// The day `ordinal` days after 1970-01-01, held to `earliest...latest`.
    public init(ordinal: Int32) {
        self.ordinal = min(max(ordinal, Day.earliest.ordinal), Day.latest.ordinal)
    }

    private init(unchecked ordinal: Int) { self.ordinal = Int32(truncatingIfNeeded: ordinal) }

    /// The day for a valid year, month and day; nil when the date does not exist (2023-02-29) or
    /// lies outside `representableYears`.
    public init?(year: Int, month: Int, day: Int) {
        guard Day.representableYears.contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.init(unchecked: Day.daysFromCivil(year: year, month: month, day: day))
    }

    public var year: Int {
        if ordinal >= 0 && ordinal < Int32(Day.yearOfOrdinal.count) { return Int(Day.yearOfOrdinal[Int(ordinal)]) }
        return civil.year
    }

    /// The year of every day from 1970 to 2149: years are asked for once per event and more.
    private static let yearOfOrdinal: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 65_536)
        var ordinal = 0
        for year in 1970...2149 {
            let days = isLeap(year) ? 366 : 365
            for _ in 0..<days where ordinal < table.count { table[ordinal] = UInt16(year); ordinal += 1 }
        }
        return table
    }()
    public var month: Int { civil.month }
    public var dayOfMonth: Int { civil.day }

    /// 31 December of the given year (held to `representableYears`): year-only events count as of
    /// this day.
    public static func endOfYear(_ year: Int) -> Day {
        Day(unchecked: daysFromCivil(year: clampedYear(year), month: 12, day: 31))
    }

    /// 1 January of the given year (held to `representableYears`).
    public static func startOfYear(_ year: Int) -> Day {
        Day(unchecked: daysFromCivil(year: clampedYear(year), month: 1, day: 1))
    }

    /// `days` later (earlier when negative), stopping at `earliest` or `latest`.
    public func adding(days: Int) -> Day {
        let span = Int(Day.latest.ordinal) - Int(Day.earliest.ordinal)
        return Day(ordinal: Int32(Int(ordinal) + min(max(days, -span), span)))
    }

    /// The same calendar day `months` later; the end of the month when the day does not exist.
    /// Stops at `earliest` or `latest`.
    public func adding(months: Int) -> Day {
        let c = civil
        let span = Day.representableYears.count * 12
        let total = c.year * 12 + (c.month - 1) + min(max(months, -span), span)
        let year = total / 12, month = total % 12 + 1
        guard Day.representableYears.contains(year) else { return year < c.year ? .earliest : .latest }
        return Day(unchecked: Day.daysFromCivil(year: year, month: month, day: min(c.day, Day.daysIn(month: month, year: year))))
    }

    /// The last day of this day's month.
    public var endOfMonth: Day {
        let c = civil
        return Day(unchecked: Day.daysFromCivil(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year)))
    }

    /// True on the last day of a month (30 June, 28 or 29 February, 31 December).
    public var isMonthEnd: Bool {
        let c = civil
        return c.day == Day.daysIn(month: c.month, year: c.year)
    }

    /// `months` later, keeping to month ends from a month end (30 June → 31 July → 31 August;
    /// 31 January → 29 February 2024 → 31 March): how monthly figures are dated. Other days as
    /// `adding(months:)`.
    public func addingMonths(keepingMonthEnd months: Int) -> Day {
        let moved = adding(months: months)
        guard isMonthEnd else { return moved }
        let c = moved.civil
        return Day(unchecked: Day.daysFromCivil(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year)))
    }

    /// The anniversary `years` later. 29 February falls on 1 March in a common year, so a status
    /// granted on a leap day lasts through 28 February. Stops at `earliest` or `latest`.
    public func adding(years: Int) -> Day {
        let c = civil
        let span = Day.representableYears.count
        let year = c.year + min(max(years, -span), span)
        guard Day.representableYears.contains(year) else { return year < c.year ? .earliest : .latest }
        if let same = Day(year: year, month: c.month, day: c.day) { return same }
        return Day(unchecked: Day.daysFromCivil(year: year, month: 3, day: 1))
    }

    /// Whole days from `other` to `self`.
    public func days(since other: Day) -> Int { Int(ordinal) - Int(other.ordinal) }

    /// ISO 8601, as written in reports and accepted on the command line: `2025-12-31`.
    public var description: String {
        let c = civil
        // Ten ASCII digits and dashes written in place: exports write one per row. A `Day`'s
        // year has four digits.
        return String(unsafeUninitializedCapacity: 10) { text in
            for (at, value, digits) in [(0, c.year, 4), (5, c.month, 2), (8, c.day, 2)] {
                var rest = value
                for offset in (0..<digits).reversed() {
                    text[at + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            text[4] = UInt8(ascii: "-")
            text[7] = UInt8(ascii: "-")
            return 10
        }
    }

    /// Parses `YYYY-MM-DD` strictly.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func clampedYear(_ year: Int) -> Int {
        min(max(year, representableYears.lowerBound), representableYears.upperBound)
    }


    // Howard Hinnant's days_from_civil / civil_from_days; only ever called with years in
    // `representableYears`, so nothing here can overflow.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private var civil: (year: Int, month: Int, day: Int) {
        let z = Int(ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

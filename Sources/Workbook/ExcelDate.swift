/// Excel's serial day numbers as calendar dates.
///
/// In the 1900 date system, day 1 is 1900-01-01 and day 60 is 1900-02-29, a day that never was
/// (Lotus 1-2-3 took 1900 for a leap year, and Excel kept it for compatibility), so from day 61
/// (1900-03-01) on the serial is one more than the days since 1899-12-31. In the 1904 date system
/// of old Mac workbooks, day 0 is 1904-01-01.
enum ExcelDate {
    /// The last day Excel shows as a date: 9999-12-31.
    private static let last1900 = 2_958_465
    private static let last1904 = last1900 - 1462

    /// `YYYY-MM-DD` for the day of a serial number (its time of day dropped), as Excel shows it,
    /// 1900-02-29 and day 0, `1900-01-00`, included; nil outside the days Excel can show.
    static func text(serial: Double, date1904: Bool) -> String? {
        guard serial >= 0, serial < Double(date1904 ? last1904 : last1900) + 1 else { return nil }
        let day = Int(serial.rounded(.down))
        if date1904 { return iso(daysSince1970: day - 24_107) }
        switch day {
        case 0: return "1900-01-00"
        case 60: return "1900-02-29"
        case 1..<60: return iso(daysSince1970: day - 25_568)
        default: return iso(daysSince1970: day - 25_569)
        }
    }

    /// The proleptic Gregorian date of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
    private static func iso(daysSince1970 days: Int) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

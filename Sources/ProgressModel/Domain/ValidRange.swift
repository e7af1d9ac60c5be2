/// The values srdi accepts from its files and options. Anything outside is an error naming the
/// file and line (or the option), the value and the range, never a crash further on.
///
/// The bounds are generous for the domain and narrow for the arithmetic: every date stays far
/// inside what `Day` holds, and every total of amounts or counts stays far inside `Int`.
public enum ValidRange {
    /// Dates of recognitions, observations and plans, and `--as-of`.
    public static let dateYears = 1900...2100
    /// Years of plans and targets (`start`, `end`, `year`, `deadline`).
    public static let planYears = 1949...2100
    /// Years a designation stays in force before it must be renewed (`valid_years`).
    public static let validityYears = 1...50
    /// Places on the tier ladder (`rank`).
    public static let rank = 0...99
    /// A target's value (`target: ">= 300"`): a count of firms, a percentage or an amount.
    public static let targetValue = 0.0...1e9
    /// A reward per firm in yuan (`amount`): the plans pay at most a few million.
    public static let rewardAmount = 1...1_000_000_000
    /// An observed value (研发投入占比, 集群数量 …).
    public static let observationValue = -1e12...1e12
    public static let observationValueText = "-1000000000000…1000000000000"

    /// `1900-01-01…2100-12-31`, for messages.
    public static var dateText: String { "\(dateYears.lowerBound)-01-01…\(dateYears.upperBound)-12-31" }

    /// Years a recognition or an observation in a list can have: none of the lists existed before
    /// 1990 (a date before it is a typing mistake, an error on its line).
    public static let plausibleYears = 1990...2100

    /// True when `day` lies in `plausibleYears`.
    public static func isPlausible(_ day: Day) -> Bool { plausibleYears.contains(day.year) }

    /// True when `day` lies in `dateYears`.
    public static func contains(_ day: Day) -> Bool { dateYears.contains(day.year) }

    /// `day` moved into `dateYears` (1 January 1900 at the earliest, 31 December 2100 at the latest).
    public static func clamped(_ day: Day) -> Day {
        min(max(day, Day.startOfYear(dateYears.lowerBound)), Day.endOfYear(dateYears.upperBound))
    }
}

/// A target's standing at an as-of date: actual, expected, status, projection and the per-year
/// record behind them.
public struct TargetProgress: Sendable {
    public let target: Target
    public let asOf: Day
    /// The day counted: the as-of date, or the deadline once it has passed.
    public let countedAt: Day
    /// Firms counted (or the observed value); nil when there is no observation.
    public let actual: Double?
    public let expected: Double?
    public let paceBasis: PaceSchedule.Basis
    public let status: Status
    /// The actual carried to the deadline at the recent run-rate.
    public let projected: Double?
    /// Net change over the last twelve months (or since the window opened), per year.
    public let runRatePerYear: Double?
    /// What is still needed per year to meet the target by the deadline.
    public let neededPerYear: Double?
    public let byYear: [YearPoint]
    /// For per-park thresholds: every park or zone with its count, best first.
    public let regionCounts: [(region: Int, count: Int)]

    /// Actual as a share of the target, in percent.
    public var percent: Double? {
        guard let actual, target.value > 0 else { return nil }
        return actual / target.value * 100
    }

    /// How far short of the target, or nil when met.
    public var gap: Double? {
        guard let actual, actual < target.value else { return nil }
        return target.value - actual
    }
}

/// One year of a target's record.
public struct YearPoint: Sendable, Equatable {
    public let year: Int
    /// Firms that first qualified in the year (new/cumulative), or the stock at the year's end
    /// (stock), or the last observed value of the year.
    public let count: Double
    /// The quota the plan sets for the year, if any.
    public let quota: Double?
    /// The expected-by-now line at the year's end.
    public let expected: Double?
}

/// A target's count at one month end, with the expected line there: one point of the monthly
/// monitoring a plan asks for (重庆: 每月常态监测).
public struct MonthPoint: Sendable, Equatable {
    /// The month end (or the day counted, for the month in progress).
    public let day: Day
    /// The target's actual at that day: the stock held, or the firms counted since the window
    /// opened (cumulative and new targets).
    public let count: Int
    public let expected: Double?
}

extension Tally {
    /// The target's count at every month end from its window's start (the plan's start where the
    /// window is open-ended) to the day counted, that day last when it is not a month end. Empty
    /// for targets that do not count firms and for per-park thresholds.
    public func monthlySeries(of target: Target, at asOf: Day) -> [MonthPoint] {
        guard target.countsFirms, target.each.isEmpty, let position = data.book.position(ofTarget: target.id) else { return [] }
        let countedAt = min(asOf, target.deadline)
        let planStart = plan(of: target)?.start ?? target.windowStart ?? countedAt
        let start = target.windowStart ?? planStart
        guard start <= countedAt else { return [] }
        let count = { (day: Day) -> Double in Double(self.index.targetCount(position, at: day)) }
        let (schedule, _) = pace(for: target, planStart: planStart, count: count)
        var days: [Day] = []
        var day = start.endOfMonth
        while day < countedAt {
            days.append(day)
            day = day.addingMonths(keepingMonthEnd: 1)
        }
        days.append(countedAt)
        return days.map { MonthPoint(day: $0, count: index.targetCount(position, at: $0), expected: schedule.expected(at: $0)) }
    }
}

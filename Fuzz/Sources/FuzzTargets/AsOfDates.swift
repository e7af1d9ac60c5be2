import ProgressModel

/// The as-of dates an input is counted at: days written in the input itself (a plan's start or
/// end, a deadline, a recognition or observation date), and the days either side of one, since
/// that is where counting windows open and close.
enum AsOfDates {
    /// A day of the plan data, or of the recognitions and observations, as the input picks (none
    /// when the data has no day at all).
    static func chosen(_ data: DataSet, _ input: FuzzInput) -> Day? {
        let planDays = planDays(data.book), dataDays = dataDays(data)
        let days = input.choice(2, shift: 4) == 0 && !planDays.isEmpty || dataDays.isEmpty ? planDays : dataDays
        guard !days.isEmpty else { return nil }
        return days[input.choice(days.count, shift: 8)].adding(days: input.choice(3, shift: 6) - 1)
    }

    static func planDays(_ book: PlanBook) -> [Day] {
        var days: [Day] = []
        for plan in book.plans {
            days += [plan.start, plan.end]
            for rule in plan.rewards { days += [rule.start, rule.deadline] }
        }
        for target in book.targets { days += [target.deadline] + (target.windowStart.map { [$0] } ?? []) }
        return days
    }

    /// The earliest and latest event and observation days, and every observation day.
    static func dataDays(_ data: DataSet) -> [Day] {
        let events = data.recognitions.events.map(\.day)
        return [events.min(), events.max()].compactMap { $0 } + data.observations.observations.map(\.day)
    }
}

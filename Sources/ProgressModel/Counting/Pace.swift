/// The expected-by-now line of a target: piecewise linear through points (day, value), flat
/// before the first point and after the last.
public struct PaceSchedule: Sendable {
    public let points: [(day: Day, value: Double)]

    public init(points: [(day: Day, value: Double)]) { self.points = points }

    public func expected(at day: Day) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if day <= first.day { return first.value }
        if day >= last.day { return last.value }
        for (a, b) in zip(points, points.dropFirst()) where day <= b.day {
            let span = Double(b.day.days(since: a.day))
            let fraction = span > 0 ? Double(day.days(since: a.day)) / span : 1
            return a.value + (b.value - a.value) * fraction
        }
        return last.value
    }

    /// How the line was drawn, for the target detail.
    public enum Basis: Sendable, Equatable {
        /// From the yearly quotas of the plan, on top of the stock they imply (Hailing).
        case yearlyQuotas(impliedBaseline: Double)
        /// Straight from the baseline at the window's start to the target at the deadline.
        case linear(baseline: Double)
        /// No pace: a threshold that each park may reach, or no data to start from.
        case none
    }
}

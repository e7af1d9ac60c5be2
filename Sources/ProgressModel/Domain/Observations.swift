/// A value of a metric observed for a region on a day (研发投入占比 3.2% for 郑州市 at the end of
/// 2023), for targets that are not counts of firms.
public struct Observation: Sendable, Hashable {
    public let metric: String
    public let region: Int
    public let day: Day
    public let value: Double
    public let line: Int
    public let input: Int
}

/// Every loaded observation.
public struct ObservationTable: Sendable {
    public internal(set) var observations: [Observation] = []
    public internal(set) var inputs: [InputSummary] = []

    public init() {}

    /// Observations of `metric` for exactly `region`, oldest first.
    public func series(_ metric: String, region: Int) -> [Observation] {
        observations.filter { $0.metric == metric && $0.region == region }.sorted { ($0.day, $0.line) < ($1.day, $1.line) }
    }
}

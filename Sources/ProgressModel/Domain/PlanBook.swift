/// All plans with their targets and the metrics observation targets use: what `targets.yaml` holds.
public struct PlanBook: Sendable {
    public let plans: [Plan]
    /// Every target, in the order of the file.
    public let targets: [Target]
    public let metrics: [Metric]
    private let targetIndex: [String: Int]

    public init(plans: [Plan], targets: [Target], metrics: [Metric]) {
        self.plans = plans
        self.targets = targets
        self.metrics = metrics
        var index: [String: Int] = [:]
        for (position, target) in targets.enumerated() { index[target.id] = position }
        targetIndex = index
    }

    public func target(_ id: String) -> Target? { targetIndex[id].map { targets[$0] } }
    public func position(ofTarget id: String) -> Int? { targetIndex[id] }
    public func plan(_ id: String) -> Plan? { plans.first { $0.id == id } }
    public func metric(_ code: String) -> Metric? { metrics.first { $0.code == code } }

    public func targets(of plan: Plan) -> [Target] { plan.targetIDs.compactMap { target($0) } }

    /// Targets that are parts of `id` ("其中").
    public func parts(of id: String) -> [Target] { targets.filter { $0.parent == id } }

    /// Per-year quotas that make up the cumulative target `id`.
    public func yearlyQuotas(of id: String) -> [Target] { targets.filter { $0.yearlyOf == id } }
}

/// The numbers of a report at one as-of date, for one region and everything below it: the plans
/// of that area with their targets, consistency notes and rewards, and the counts per region.
/// Renderers (text, JSON …) only lay this out.
public struct ProgressReport: Sendable {
    public let tally: Tally
    public let asOf: Day
    public let scope: Int
    public let sections: [PlanSection]
    public let counts: RegionCounts
    /// Regions to list: the scope and every region below it with data, or holding a plan.
    public let regions: [Int]

    /// One plan's part of the report.
    public struct PlanSection: Sendable {
        public let plan: Plan
        public let targets: [TargetProgress]
        public let notes: [ConsistencyNote]
        public let rewards: [RewardExposure]
    }

    public init(tally: Tally, asOf: Day, scope: Int) {
        self.tally = tally
        self.asOf = asOf
        self.scope = scope
        let data = tally.data
        let tree = data.regions
        sections = data.book.plans.filter { tree.isWithin($0.region, scope) }.map { plan in
            PlanSection(plan: plan, targets: data.book.targets(of: plan).map { tally.progress(of: $0, at: asOf) },
                        notes: tally.consistency(of: plan, at: asOf), rewards: tally.rewards(of: plan, at: asOf))
        }
        let counts = RegionCounts(index: tally.index, tree: tree, designationCount: data.designations.all.count, at: asOf)
        self.counts = counts
        let planRegions = Set(data.book.plans.flatMap { tree.path(to: $0.region) })
        regions = tree.subtree(of: scope).filter { $0 == scope || counts.hasAny($0) || planRegions.contains($0) }
    }

    public var data: DataSet { tally.data }

    /// Designations a plan's targets count, in vocabulary order, for its by-region table.
    public func designations(of section: PlanSection) -> [Int] {
        let set = section.targets.reduce(DesignationSet()) { $0.union($1.target.designations) }
        return set.isEmpty ? data.designations.all.filter { $0.rank != nil }.map(\.index) : Array(set)
    }
}

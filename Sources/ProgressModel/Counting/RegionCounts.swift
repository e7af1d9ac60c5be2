/// Per region (its whole subtree) and designation: the firms holding it and the firms first
/// granted it each year, at one as-of date. Firms are in exactly one region at a date (their
/// latest event's), so subtree totals are sums over the regions below.
public struct RegionCounts: Sendable {
    public let asOf: Day
    private let designationCount: Int
    private let active: [Int]
    private let granted: [Int: [Int: Int]]
    private let present: [Int]

    public init(index: ProgressIndex, tree: RegionTree, designationCount: Int, at day: Day) {
        asOf = day
        self.designationCount = designationCount
        var active = [Int](repeating: 0, count: tree.regions.count * designationCount)
        for entry in index.activeSlots {
            active[Int(entry.region) * designationCount + Int(entry.designation)] += index.intervals.count(slot: Int(entry.slot), at: day)
        }
        var granted: [Int: [Int: Int]] = [:]
        for entry in index.grantedSlots where Int(entry.year) <= day.year {
            let n = index.intervals.count(slot: Int(entry.slot), at: day)
            if n > 0 { granted[Int(entry.region) * designationCount + Int(entry.designation), default: [:]][Int(entry.year), default: 0] += n }
        }
        var present = [Int](repeating: 0, count: tree.regions.count)
        for entry in index.presentSlots { present[Int(entry.region)] += index.intervals.count(slot: Int(entry.slot), at: day) }
        // Parents come before children in the tree, so walking backwards adds each subtree up.
        for region in stride(from: tree.regions.count - 1, through: 0, by: -1) {
            guard let parent = tree[region].parent else { continue }
            present[parent] += present[region]
            for d in 0..<designationCount {
                active[parent * designationCount + d] += active[region * designationCount + d]
                if let years = granted[region * designationCount + d] {
                    for (year, n) in years { granted[parent * designationCount + d, default: [:]][year, default: 0] += n }
                }
            }
        }
        self.active = active
        self.granted = granted
        self.present = present
    }

    /// Distinct firms located in `region`'s subtree, whatever they hold.
    public func firms(_ region: Int) -> Int { present[region] }

    /// Distinct firms holding `designation` in `region`'s subtree.
    public func active(_ region: Int, _ designation: Int) -> Int { active[region * designationCount + designation] }

    /// Distinct firms first granted `designation` in each year, in `region`'s subtree.
    public func granted(_ region: Int, _ designation: Int) -> [Int: Int] { granted[region * designationCount + designation] ?? [:] }

    /// True when any firm holds or was ever granted anything in `region`.
    public func hasAny(_ region: Int) -> Bool {
        (0..<designationCount).contains { active(region, $0) > 0 || !granted(region, $0).isEmpty }
    }
}

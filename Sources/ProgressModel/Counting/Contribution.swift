/// A target's actual split among the regions just below one region: each child's firms counted
/// by the target under its own rule (new in the window, cumulative or stock), and the firms
/// whose list gives no lower region (a district without its town). The parts sum to the actual.
public struct Contribution: Sendable {
    public let target: Target
    public let region: Int
    /// Firms counted, by child region of `region`.
    public let byChild: [Int: Int]
    /// Firms counted that lie in `region` itself, their lower region not given.
    public let notGiven: Int

    public var total: Int { byChild.values.reduce(notGiven, +) }
}

extension Tally {
    /// How the regions below `region` contribute to `target` at `asOf` (at its deadline once that
    /// has passed); nil for targets that do not count firms and for per-park thresholds (whose
    /// actual is one park's, not a sum). Read from the index, where every counted firm is also
    /// kept by its own region: two binary searches per region, whatever the number of firms.
    public func contribution(to target: Target, below region: Int, at asOf: Day) -> Contribution? {
        guard target.countsFirms, target.each.isEmpty, let position = data.book.position(ofTarget: target.id) else { return nil }
        let tree = data.regions
        let day = min(asOf, target.deadline)
        var byChild: [Int: Int] = [:]
        var notGiven = 0
        for entry in index.targetRegionSlots[position] {
            var place = Int(entry.region)
            guard tree.isWithin(place, region) else { continue }
            let count = index.intervals.count(slot: Int(entry.slot), at: day)
            guard count > 0 else { continue }
            if place == region {
                notGiven += count
                continue
            }
            while let parent = tree[place].parent, parent != region { place = parent }
            byChild[place, default: 0] += count
        }
        return Contribution(target: target, region: region, byChild: byChild, notGiven: notGiven)
    }
}

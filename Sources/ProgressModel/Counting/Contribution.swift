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
    /// How the regions below `region` contribute to `target` at `asOf`; nil for targets that do
    /// not count firms or that are per-park thresholds (whose actual is one park's, not a sum).
    public func contribution(to target: Target, below region: Int, at asOf: Day, locator: FirmLocator) -> Contribution? {
        guard target.countsFirms, target.each.isEmpty else { return nil }
        let tree = data.regions
        var byChild: [Int: Int] = [:]
        var notGiven = 0
        for member in members(of: target, at: asOf, locator: locator) {
            var place = member.region
            guard tree.isWithin(place, region) else { continue }
            if place == region {
                notGiven += 1
                continue
            }
            while let parent = tree[place].parent, parent != region { place = parent }
            byChild[place, default: 0] += 1
        }
        return Contribution(target: target, region: region, byChild: byChild, notGiven: notGiven)
    }
}

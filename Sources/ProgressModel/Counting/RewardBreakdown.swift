/// The money one reward rule of a plan implies at a date, firm by firm, and summed by the year
/// it fell due and by county, for budgeting. Each firm is owed once, at its highest tier; the
/// amount falls due in the year the firm reached that tier (a firm raised from provincial to
/// little giant is owed the little giant's amount, in the year it became one). The firms are
/// those the index's reward counters hold, so the totals are `RewardExposure`'s.
public struct RewardBreakdown: Sendable {
    /// A firm owed a reward.
    public struct Firm: Sendable, Equatable {
        public let firm: Int
        /// Its tier, in the rule's order (highest amount first).
        public let tier: Int
        public let amount: Int
        /// The day it reached the tier.
        public let since: Day
        /// Its own region at the day counted.
        public let region: Int
    }

    /// Firms and money of a group (a year, a county).
    public struct Sum: Sendable, Equatable {
        public let firms: Int
        public let amount: Int
    }

    public let rule: RewardRule
    /// The plan's region, whose children the counties are.
    public let region: Int
    /// The as-of date, or the rule's deadline once it has passed.
    public let countedAt: Day
    /// In name order.
    public let firms: [Firm]

    public var total: Sum { Sum(firms: firms.count, amount: firms.reduce(0) { $0 + $1.amount }) }

    /// By the year the amount fell due.
    public var byYear: [(year: Int, sum: Sum)] {
        Dictionary(grouping: firms) { $0.since.year }.sorted { $0.key < $1.key }
            .map { (year: $0.key, sum: Sum(firms: $0.value.count, amount: $0.value.reduce(0) { $0 + $1.amount })) }
    }

    /// By the region just below the plan's (the county, district or zone); `region` itself for
    /// firms listed with no lower region.
    public func byCounty(_ tree: RegionTree) -> [(region: Int, sum: Sum)] {
        let groups = Dictionary(grouping: firms) { firm -> Int in
            tree.child(of: region, toward: firm.region) ?? region
        }
        return groups.map { (region: $0.key, sum: Sum(firms: $0.value.count, amount: $0.value.reduce(0) { $0 + $1.amount })) }
            .sorted { ($0.region == region ? 1 : 0, -$0.sum.amount, $0.region) < ($1.region == region ? 1 : 0, -$1.sum.amount, $1.region) }
    }
}

extension Tally {
    /// Every reward rule of `plan`, firm by firm, at `asOf`.
    public func rewardBreakdown(of plan: Plan, at asOf: Day, locator: FirmLocator) -> [RewardBreakdown] {
        var offset = 0
        for other in data.book.plans {
            if other.id == plan.id { break }
            offset += other.rewards.count
        }
        let candidates = locator.everIn(plan.region, tree: data.regions)
        let table = data.recognitions
        let timelines = index.timelines
        return plan.rewards.enumerated().map { position, rule in
            let day = min(asOf, rule.deadline)
            // Only a firm with an event of one of the rule's lists can be owed under it.
            let listed = rule.tiers.reduce(DesignationSet()) { $0.union($1.designations) }
            let parts = candidates.count > 5_000 ? Parallel.parts : 1
            let firms = Parallel.map(parts) { part -> [RewardBreakdown.Firm] in
                var replay = FirmReplay(tally: self)
                var firms: [RewardBreakdown.Firm] = []
                for firm in candidates[candidates.count * part / parts..<candidates.count * (part + 1) / parts] {
                    guard timelines.events(ofFirm: Int(firm)).contains(where: { listed.contains(Int(table.events[Int($0)].designation)) }) else {
                        continue
                    }
                    var sink = OpenAtDay(day: day, kind: .reward, a: offset + position)
                    replay.replay(Int(firm), into: &sink)
                    guard let found = sink.found, found.fields.b < rule.tiers.count else { continue }
                    let tier = found.fields.b
                    firms.append(RewardBreakdown.Firm(firm: Int(firm), tier: tier, amount: rule.tiers[tier].amount, since: found.from,
                                                      region: sink.region ?? plan.region))
                }
                return firms
            }.flatMap { $0 }
            return RewardBreakdown(rule: rule, region: plan.region, countedAt: day, firms: firms)
        }
    }
}

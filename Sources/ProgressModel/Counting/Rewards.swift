/// The money a reward rule implies for the recognitions up to the as-of date: each firm once, at
/// its highest tier.
public struct RewardExposure: Sendable {
    public let rule: RewardRule
    public let countedAt: Day
    /// Firms per tier (in the rule's order, highest amount first).
    public let firmsPerTier: [Int]

    public var totalFirms: Int { firmsPerTier.reduce(0, +) }
    /// In yuan.
    public var totalAmount: Int { zip(firmsPerTier, rule.tiers).reduce(0) { $0 + $1.0 * $1.1.amount } }
}

extension Tally {
    /// Reward exposure of every reward rule of `plan`.
    public func rewards(of plan: Plan, at asOf: Day) -> [RewardExposure] {
        var offset = 0
        for other in data.book.plans {
            if other.id == plan.id { break }
            offset += other.rewards.count
        }
        return plan.rewards.enumerated().map { position, rule in
            let day = min(asOf, rule.deadline)
            let firms = rule.tiers.indices.map { index.rewardCount(rule: offset + position, tier: $0, at: day) }
            return RewardExposure(rule: rule, countedAt: day, firmsPerTier: firms)
        }
    }
}

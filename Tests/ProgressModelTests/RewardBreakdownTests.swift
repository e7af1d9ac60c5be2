import Testing
@testable import ProgressModel

/// Rewards firm by firm, by year and by county.
@Suite("Reward breakdown")
struct RewardBreakdownTests {
    @Test("for every plan's rules at four dates, the firms per tier and the money are the exposure's, and years and counties sum to them",
          arguments: ["2022-12-31", "2023-12-31", "2025-06-30", "2026-11-21"])
    func sumsAgree(date: String) {
        let tally = TestData.bundled
        let locator = FirmLocator(tally: tally)
        let asOf = Day(iso: date)!
        var rules = 0
        for plan in tally.data.book.plans where !plan.rewards.isEmpty {
            let exposures = tally.rewards(of: plan, at: asOf)
            for (breakdown, exposure) in zip(tally.rewardBreakdown(of: plan, at: asOf, locator: locator), exposures) {
                rules += 1
                let perTier = exposure.rule.tiers.indices.map { tier in breakdown.firms.filter { $0.tier == tier }.count }
                #expect(perTier == exposure.firmsPerTier, "\(exposure.rule.id) at \(date)")
                #expect(breakdown.total.amount == exposure.totalAmount)
                #expect(breakdown.byYear.reduce(0) { $0 + $1.sum.amount } == exposure.totalAmount)
                #expect(breakdown.byCounty(tally.data.regions).reduce(0) { $0 + $1.sum.firms } == exposure.totalFirms)
                #expect(Set(breakdown.firms.map(\.firm)).count == breakdown.firms.count, "each firm once")
            }
        }
        #expect(rules >= 2)
    }

    @Test("a firm raised from provincial to little giant is owed the little giant's amount once, in the year it became one")
    func highestOnce() throws {
        let tally = TestData.tally(targets: TestData.rulesPlan + """

            rewards:
              - {id: r, name: 奖励, basis: first_grant, start: 2022-01-01, deadline: 2025-12-31, quote: q,
                 amounts: [{designations: [little_giant], amount: 500000}, {designations: [provincial], amount: 300000}]}
        """, recognitions: """
        credit_code,firm,province,city,district,designation,date
        91440800MA00000017,湛江甲公司,广东省,湛江市,赤坎区,provincial,2022-03-01
        91440800MA00000017,湛江甲公司,广东省,湛江市,赤坎区,little_giant,2023-07-01
        91440800MA00000025,湛江乙公司,广东省,湛江市,霞山区,provincial,2024-05-01
        """)
        let plan = try #require(tally.data.book.plans.first)
        let breakdown = try #require(tally.rewardBreakdown(of: plan, at: Day(iso: "2025-06-30")!, locator: FirmLocator(tally: tally)).first)
        #expect(breakdown.firms.map(\.amount).sorted() == [300_000, 500_000])
        #expect(breakdown.byYear.map(\.year) == [2023, 2024])
        #expect(breakdown.byYear.map(\.sum.amount) == [500_000, 300_000])
        #expect(breakdown.total == RewardBreakdown.Sum(firms: 2, amount: 800_000))
    }
}

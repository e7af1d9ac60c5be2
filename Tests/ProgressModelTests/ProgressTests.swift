import Foundation
import Testing
@testable import ProgressModel

/// Expected pace, status, projection, rewards: numbers worked out by hand.
@Suite("Pace, status, projection, rewards")
struct ProgressTests {
    func day(_ text: String) -> Day { Day(iso: text)! }

    @Test("Hailing's pace follows its yearly quotas on top of the stock the plan implies")
    func quotaPace() throws {
        let tally = TestData.bundled
        let target = try #require(tally.data.book.target("hl-little-giant"))
        // Implied stock 5; quotas 2024: 2, 2025: 3 → 5 at the end of 2023, 7 at the end of 2024, 10 at the end of 2025.
        #expect(tally.progress(of: target, at: day("2023-12-31")).expected == 5)
        #expect(tally.progress(of: target, at: day("2024-07-01")).expected == 6, "183 of 366 days into 2024: 5 + 2 × ½")
        #expect(tally.progress(of: target, at: day("2024-12-31")).expected == 7)
        #expect(tally.progress(of: target, at: day("2025-12-31")).expected == 10)
        #expect(tally.progress(of: target, at: day("2023-12-31")).paceBasis == .yearlyQuotas(impliedBaseline: 5))
    }

    @Test("without quotas the pace is a straight line from the window's start")
    func linearPace() throws {
        let tally = TestData.bundled
        let target = try #require(tally.data.book.target("zj-quality-sme"))
        // 2022-01-01 … 2025-12-31 is 1460 days; 2023-12-31 is day 729.
        let expected = try #require(tally.progress(of: target, at: day("2023-12-31")).expected)
        #expect(abs(expected - 300.0 * 729 / 1460) < 1e-9)
    }

    static let plan = """
    metrics: []
    plans:
      - id: p
        name: 进度测试
        region: 湛江市
        document: none.txt
        start: 2024-01-01
        end: 2025-12-31
        targets:
          - {id: ten, name: 十家, designations: [provincial], mode: new, target: ">= 10", quote: q}
          - {id: six, name: 六家, designations: [municipal], mode: new, target: ">= 6", quote: q}
          - {id: none, name: 无数据, designations: [hidden_champion], mode: stock, target: ">= 1", quote: q}
    """

    @Test("status at dates before, during and after the window")
    func statuses() throws {
        // "ten": 3 firms in early 2024. "six": 4 firms in the first half of 2025.
        let rows = ["2024-02-01", "2024-03-01", "2024-04-01"].enumerated().map { "省\($0.offset)公司,广东省,湛江市,遂溪县,省级专精特新,\($0.element),,认定" }
            + ["2025-01-15", "2025-02-15", "2025-04-15", "2025-06-15"].enumerated().map { "市\($0.offset)公司,广东省,湛江市,遂溪县,市级专精特新,\($0.element),,认定" }
        let tally = TestData.tally(targets: ProgressTests.plan, recognitions: TestData.header + rows.joined(separator: "\n") + "\n")
        let ten = try #require(tally.data.book.target("ten")), six = try #require(tally.data.book.target("six"))
        #expect(tally.progress(of: ten, at: day("2023-06-30")).status == .notStarted)
        // 2024-06-30: 3 firms; expected 10 × 181/730 ≈ 2.5 → on track.
        #expect(tally.progress(of: ten, at: day("2024-06-30")).status == .onTrack)
        // 2024-12-31: 3 against 5 expected; 3 a year, one year left → 6 projected < 10 → at risk.
        let late = tally.progress(of: ten, at: day("2024-12-31"))
        #expect(late.status == .atRisk && late.expected == 5 && late.runRatePerYear.map { abs($0 - 3 * 365.2425 / 365) < 1e-9 } == true)
        #expect(late.neededPerYear.map { abs($0 - 7 / (365.0 / 365.2425)) < 1e-9 } == true, "7 still needed in 365 days")
        // 2025-06-30: "six" has 4 against 6 × 546/730 ≈ 4.49 expected, but 4 in the last year with 184
        // days to go projects 4 + 4 × 184/365.2425 ≈ 6.02 ≥ 6 → behind, not at risk.
        let six2025 = tally.progress(of: six, at: day("2025-06-30"))
        #expect(six2025.status == .behind)
        #expect(six2025.projected.map { abs($0 - (4 + 4 * 365.2425 / 365 * 184 / 365.2425)) < 1e-9 } == true)
        #expect(tally.progress(of: ten, at: day("2025-12-30")).status == .atRisk)
        #expect(tally.progress(of: ten, at: day("2025-12-31")).status == .missed, "on the deadline itself")
        #expect(tally.progress(of: ten, at: day("2026-01-10")).status == .missed)
        #expect(tally.progress(of: ten, at: day("2026-01-10")).countedAt == day("2025-12-31"))
        let none = try #require(tally.data.book.target("none"))
        #expect(tally.progress(of: none, at: day("2025-06-30")).status == .noData)
    }

    @Test("Zhengzhou's rewards: first recognitions only, each firm once at its highest amount")
    func zhengzhouRewards() throws {
        let targets = try String(contentsOfFile: TestData.dataDirectory + "/targets.yaml", encoding: .utf8)
        let rows = """
        甲,河南省,郑州市,金水区,省级专精特新,2022-03-01,,认定
        甲,河南省,郑州市,金水区,专精特新小巨人,2024-07-01,,认定
        乙,河南省,郑州市,金水区,单项冠军产品,2023-05-01,,认定
        乙,河南省,郑州市,金水区,单项冠军示范企业,2025-01-01,,认定
        丙,河南省,郑州市,金水区,省级专精特新,2021-06-01,,认定
        丙,河南省,郑州市,金水区,省级专精特新,2024-06-01,,复核
        丁,河南省,郑州市,金水区,省级专精特新,2023-01-01,,认定
        戊,河南省,开封市,,省级专精特新,2023-01-01,,认定

        """
        let tally = TestData.tally(targets: targets, recognitions: TestData.header + rows)
        let plan = try #require(tally.data.book.plan("zhengzhou"))
        // Tiers by amount: 单项冠军企业 500万, 小巨人 200万, 单项冠军产品 100万, 省级 50万.
        let end = try #require(tally.rewards(of: plan, at: day("2025-12-31")).first)
        #expect(end.firmsPerTier == [1, 1, 0, 1])
        #expect(end.totalAmount == 7_500_000 && end.totalFirms == 3)
        let earlier = try #require(tally.rewards(of: plan, at: day("2023-12-31")).first)
        #expect(earlier.firmsPerTier == [0, 0, 1, 2] && earlier.totalAmount == 2_000_000)
    }

    @Test("Zhanjiang's rewards count renewals since 2022, and are ceilings")
    func zhanjiangRewards() throws {
        let targets = try String(contentsOfFile: TestData.dataDirectory + "/targets.yaml", encoding: .utf8)
        let rows = """
        甲,广东省,湛江市,遂溪县,省级专精特新,2021-06-01,,认定
        甲,广东省,湛江市,遂溪县,省级专精特新,2024-06-01,,复核
        乙,广东省,湛江市,遂溪县,创新型中小企业,2020-06-01,,认定

        """
        let tally = TestData.tally(targets: targets, recognitions: TestData.header + rows)
        let plan = try #require(tally.data.book.plan("zhanjiang"))
        let exposure = try #require(tally.rewards(of: plan, at: day("2025-12-31")).first)
        #expect(exposure.rule.isCeiling)
        #expect(exposure.firmsPerTier == [0, 1, 0] && exposure.totalAmount == 300_000)
    }

    @Test("observation targets read the latest value on or before the date")
    func observations() throws {
        let targets = try String(contentsOfFile: TestData.dataDirectory + "/targets.yaml", encoding: .utf8)
        let observations = """
        指标,地区,年度,数值
        rd_ratio,郑州市,2022,2.9%
        rd_ratio,4101,2023,3.2
        rd_ratio,郑州市,2024,3.6%
        no_such_metric,郑州市,2024,1
        rd_ratio,郑州市,2024,abc

        """
        let tally = TestData.tally(targets: targets, recognitions: TestData.header, observations: observations)
        let target = try #require(tally.data.book.target("zz-rd-ratio"))
        // The line runs from the first value (2.9 at the end of 2022) to 3.5 at the end of 2025,
        // 1096 days: at the end of 2023 it expects 2.9 + 0.6 × 365/1096 ≈ 3.10, and 3.2 is ahead.
        let end2023 = tally.progress(of: target, at: day("2023-12-31"))
        #expect(end2023.actual == 3.2 && end2023.status == .onTrack)
        #expect(end2023.expected.map { abs($0 - (2.9 + 0.6 * 365 / 1096)) < 1e-9 } == true)
        #expect(tally.progress(of: target, at: day("2024-12-31")).actual == 3.6)
        #expect(tally.progress(of: target, at: day("2024-12-31")).status == .achieved)
        #expect(tally.progress(of: target, at: day("2022-06-30")).status == .noData)
        #expect(tally.progress(of: target, at: day("2021-12-31")).status == .notStarted)
        let problems = tally.data.diagnostics.items.filter { $0.file.hasSuffix("observations.csv") }.map(\.problem)
        #expect(problems == [.unknownMetric, .badNumber])
    }
}

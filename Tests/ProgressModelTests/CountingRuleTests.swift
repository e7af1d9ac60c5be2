import Testing
@testable import ProgressModel

/// SPEC §3, one rule at a time, on lists small enough to count by hand. Every firm is in 湛江市
/// (遂溪县) unless a test says otherwise.
@Suite("Counting rules")
struct CountingRuleTests {
    func tally(_ rows: String) -> Tally {
        TestData.tally(targets: TestData.rulesPlan, recognitions: TestData.header + rows)
    }

    @Test("a renewal is not a first grant")
    func renewalIsNotFirstGrant() {
        // A was first recognised in 2021 (before the window) and renewed in 2024.
        let t = tally("""
        甲公司,广东省,湛江市,遂溪县,省级专精特新,2021-05-01,,认定
        甲公司,广东省,湛江市,遂溪县,省级专精特新,2024-05-01,,复核
        """)
        #expect(TestData.count(t, "new-2023", "2025-12-31") == 0)
        #expect(TestData.count(t, "cumulative", "2025-12-31") == 0)
        // Held: granted 2021, lapsed 2024-05-01 had it not been renewed that very day.
        #expect(TestData.count(t, "stock", "2024-06-30") == 1)
    }

    @Test("a grant after a revocation is not a first grant, but the status is held again")
    func regrantAfterRevocation() {
        let t = tally("""
        乙公司,广东省,湛江市,遂溪县,省级专精特新,2019-03-01,,认定
        乙公司,广东省,湛江市,遂溪县,省级专精特新,2020-01-01,,撤销
        乙公司,广东省,湛江市,遂溪县,省级专精特新,2023-06-01,,认定
        """)
        #expect(TestData.count(t, "new-2023", "2023-12-31") == 0)
        #expect(TestData.count(t, "stock", "2022-06-30") == 0)
        #expect(TestData.count(t, "stock", "2023-12-31") == 1)
    }

    @Test("a status lapses after its validity unless renewed")
    func lapse() {
        // Provincial status is valid three years: granted 2020-07-01, held through 2023-06-30.
        let t = tally("丙公司,广东省,湛江市,遂溪县,省级专精特新,2020-07-01,,认定\n")
        #expect(TestData.count(t, "stock", "2023-06-30") == 1)
        #expect(TestData.count(t, "stock", "2023-07-01") == 0)
    }

    @Test("a status granted on 29 February lasts through 28 February")
    func leapDayLapse() {
        // Targets stop at their deadline (2025), so this is read from the region counts.
        let t = tally("丙公司,广东省,湛江市,遂溪县,省级专精特新,2024-02-29,,认定\n")
        let provincial = t.data.designations.index(ofCode: "provincial")!
        let county = t.data.regions.index(ofCode: "440823")!
        func held(_ day: String) -> Int {
            RegionCounts(index: t.index, tree: t.data.regions, designationCount: t.data.designations.all.count, at: Day(iso: day)!)
                .active(county, provincial)
        }
        #expect(held("2027-02-28") == 1)
        #expect(held("2027-03-01") == 0)
    }

    @Test("revocations and expiries end a status; a renewal restarts its validity")
    func revokeExpireRenew() {
        let t = tally("""
        丁公司,广东省,湛江市,遂溪县,省级专精特新,2022-03-01,,认定
        丁公司,广东省,湛江市,遂溪县,省级专精特新,2023-03-01,,到期
        戊公司,广东省,湛江市,遂溪县,省级专精特新,2022-03-01,,认定
        戊公司,广东省,湛江市,遂溪县,省级专精特新,2025-02-20,,复核
        """)
        #expect(TestData.count(t, "stock", "2023-02-28") == 2)
        #expect(TestData.count(t, "stock", "2023-03-01") == 1)
        // 戊's renewal on 2025-02-20 carries it to 2028-02-19; 丁 expired in 2023.
        #expect(TestData.count(t, "stock", "2025-12-31") == 1)
        // Once the deadline has passed, the count is the one at the deadline.
        #expect(TestData.count(t, "stock", "2026-06-30") == 1)
    }

    @Test("same-day grant and revocation: the grant comes first, so the revocation stands")
    func sameDayTie() {
        let t = tally("""
        己公司,广东省,湛江市,遂溪县,省级专精特新,2023-05-01,,撤销
        己公司,广东省,湛江市,遂溪县,省级专精特新,2023-05-01,,认定
        """)
        #expect(TestData.count(t, "stock", "2023-05-01") == 0)
        #expect(TestData.count(t, "new-2023", "2023-12-31") == 1, "it was first recognised in 2023")
    }

    @Test("year-only events count as of 31 December")
    func yearOnly() {
        let t = tally("庚公司,广东省,湛江市,遂溪县,省级专精特新,,2023,认定\n")
        #expect(TestData.count(t, "new-2023", "2023-12-30") == 0)
        #expect(TestData.count(t, "new-2023", "2023-12-31") == 1)
    }

    @Test("nothing after the as-of date exists")
    func asOfCut() {
        let t = tally("""
        辛公司,广东省,湛江市,遂溪县,省级专精特新,2023-03-01,,认定
        壬公司,广东省,湛江市,遂溪县,省级专精特新,2023-09-01,,认定
        """)
        #expect(TestData.count(t, "new-2023", "2023-02-28") == 0)
        #expect(TestData.count(t, "new-2023", "2023-03-01") == 1)
        #expect(TestData.count(t, "new-2023", "2023-08-31") == 1)
        #expect(TestData.count(t, "new-2023", "2023-09-01") == 2)
    }

    @Test("duplicate rows count once and are reported")
    func duplicates() {
        let t = tally("""
        癸公司,广东省,湛江市,遂溪县,省级专精特新,2023-03-01,,认定
        癸公司,广东省,湛江市,遂溪县,省级专精特新,2023-03-01,,认定
        """)
        #expect(TestData.count(t, "new-2023", "2023-12-31") == 1)
        #expect(t.index.diagnostics.contains { $0.problem == .duplicateRow(firstLine: 2) && $0.line == 3 })
    }

    @Test("a firm on two lists of a target counts once")
    func distinctFirms() {
        let t = tally("""
        子公司,广东省,湛江市,遂溪县,省级专精特新,2022-03-01,,认定
        子公司,广东省,湛江市,遂溪县,专精特新小巨人,2024-07-01,,认定
        """)
        #expect(TestData.count(t, "cumulative", "2025-12-31") == 1)
        #expect(TestData.count(t, "stock", "2024-12-31") == 1)
    }

    @Test("parts that must add up count each firm in the part of its highest tier")
    func highestTier() {
        // 丑: innovative 2022 then provincial 2024 → the 专精特新 part only.
        // 寅: innovative 2023 → the 创新型 part.
        // 卯: provincial 2019 (before the window) and innovative 2023 → it qualifies through its
        //     innovative recognition only, so it is in the 创新型 part.
        let t = tally("""
        丑公司,广东省,湛江市,遂溪县,创新型中小企业,2022-04-01,,认定
        丑公司,广东省,湛江市,遂溪县,省级专精特新,2024-04-01,,认定
        寅公司,广东省,湛江市,遂溪县,创新型中小企业,2023-04-01,,认定
        卯公司,广东省,湛江市,遂溪县,省级专精特新,2019-04-01,,认定
        卯公司,广东省,湛江市,遂溪县,创新型中小企业,2023-04-01,,认定
        """)
        #expect(TestData.count(t, "whole", "2025-12-31") == 3)
        #expect(TestData.count(t, "part-innovative", "2025-12-31") == 2)
        #expect(TestData.count(t, "part-srdi", "2025-12-31") == 1)
        // Before 丑's upgrade it was in the 创新型 part.
        #expect(TestData.count(t, "part-innovative", "2023-12-31") == 3)
        #expect(TestData.count(t, "part-srdi", "2023-12-31") == 0)
    }

    @Test("a firm counts where its latest event on or before the date puts it")
    func moves() {
        let t = tally("""
        辰公司,广东省,湛江市,遂溪县,省级专精特新,2022-03-01,,认定
        辰公司,江苏省,泰州市,海陵区,省级专精特新,2024-03-01,,复核
        """)
        #expect(TestData.count(t, "stock", "2023-12-31") == 1)
        #expect(TestData.count(t, "stock", "2024-12-31") == 0, "moved out of 湛江市")
        #expect(t.index.diagnostics.contains { if case .firmMoved = $0.problem { return $0.line == 3 } else { return false } })
        let counts = RegionCounts(index: t.index, tree: t.data.regions, designationCount: t.data.designations.all.count,
                                  at: Day(iso: "2024-12-31")!)
        let provincial = t.data.designations.index(ofCode: "provincial")!
        #expect(counts.active(t.data.regions.index(ofCode: "321202")!, provincial) == 1)
        #expect(counts.active(t.data.regions.index(ofCode: "440823")!, provincial) == 0)
        #expect(counts.granted(t.data.regions.index(ofCode: "32")!, provincial) == [2022: 1])
    }

    @Test("firms outside the plan's region do not count")
    func outsideRegion() {
        let t = tally("巳公司,江苏省,泰州市,海陵区,省级专精特新,2023-03-01,,认定\n")
        #expect(TestData.count(t, "new-2023", "2023-12-31") == 0)
        #expect(t.progress(of: t.data.book.target("new-2023")!, at: Day(iso: "2023-12-31")!).status == .noData)
    }

    @Test("a renewal without an earlier grant holds the status and is reported")
    func renewalWithoutGrant() {
        let t = tally("午公司,广东省,湛江市,遂溪县,省级专精特新,2023-03-01,,复核\n")
        #expect(TestData.count(t, "stock", "2023-12-31") == 1)
        #expect(TestData.count(t, "new-2023", "2023-12-31") == 0)
        #expect(t.index.diagnostics.contains { $0.problem == .renewWithoutGrant })
    }
}

import Testing
@testable import ProgressModel

/// What entered and left a target between two dates.
@Suite("Target changes")
struct TargetChangesTests {
    static let pairs = [("2023-12-31", "2024-06-30"), ("2024-06-30", "2024-07-31"), ("2025-06-30", "2025-12-31"), ("2021-01-31", "2026-11-21")]

    @Test("for every count target, before + entered − left = after, the counts shown, each change explained on a day between the dates", arguments: pairs)
    func reconciles(pair: (String, String)) {
        let tally = TestData.bundled
        let locator = FirmLocator(tally: tally)
        let (earlier, later) = (Day(iso: pair.0)!, Day(iso: pair.1)!)
        for target in tally.data.book.targets where target.countsFirms && target.each.isEmpty {
            let changes = tally.changes(of: target, from: earlier, to: later, locator: locator)
            #expect(changes.before + changes.entered - changes.left == changes.after, "\(target.id) \(pair)")
            #expect(Double(changes.before) == tally.progress(of: target, at: earlier).actual, "\(target.id) at \(pair.0)")
            #expect(Double(changes.after) == tally.progress(of: target, at: later).actual, "\(target.id) at \(pair.1)")
            #expect(Set(changes.changes.map(\.firm)).count == changes.changes.count)
            #expect(changes.changes.allSatisfy { $0.reason != .other && $0.day.map { $0 > changes.from && $0 <= changes.to } == true },
                     "\(target.id) \(pair): every change explained by a day between the dates")
            let parts = changes.byRegion(below: target.region, tree: tally.data.regions)
            for part in parts {
                #expect(part.before + part.entered - part.left == part.after, "\(target.id) \(pair) in \(tally.data.regions[part.region].name)")
            }
            #expect(parts.reduce(0) { $0 + $1.before } == changes.before && parts.reduce(0) { $0 + $1.after } == changes.after)
        }
    }

    @Test("each reason, worked out by hand: a grant, a renewal after a lapse, a revocation, a lapse, a move out")
    func reasons() throws {
        // Provincial status lasts 3 years (designations.yaml). Between 2024-12-31 and 2025-06-30:
        // 甲 is granted (enters: new grant); 乙, granted 2021-03-01, lapsed 2024-03-01 and is renewed
        // 2025-02-01 (enters: renewal); 丙 is revoked 2025-03-01 (leaves: revocation); 丁, granted
        // 2022-04-01, lapses 2025-04-01 (leaves: lapse); 戊 moves to 泰州 2025-05-01 (leaves: move).
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,designation,date,action
        91440800MA00000017,甲公司,广东省,湛江市,赤坎区,provincial,2025-01-10,grant
        91440800MA00000025,乙公司,广东省,湛江市,赤坎区,provincial,2021-03-01,grant
        91440800MA00000025,乙公司,广东省,湛江市,赤坎区,provincial,2025-02-01,renew
        91440800MA00000033,丙公司,广东省,湛江市,赤坎区,provincial,2023-01-01,grant
        91440800MA00000033,丙公司,广东省,湛江市,赤坎区,provincial,2025-03-01,revoke
        91440800MA00000041,丁公司,广东省,湛江市,赤坎区,provincial,2022-04-01,grant
        91440800MA0000005X,戊公司,广东省,湛江市,赤坎区,provincial,2023-06-01,grant
        91440800MA0000005X,戊公司,江苏省,泰州市,海陵区,provincial,2025-05-01,renew
        """)
        let stock = try #require(tally.data.book.target("stock"))
        let changes = tally.changes(of: stock, from: Day(iso: "2024-12-31")!, to: Day(iso: "2025-06-30")!, locator: FirmLocator(tally: tally))
        let table = tally.data.recognitions
        let byName = Dictionary(uniqueKeysWithValues: changes.changes.map { (table.firmName($0.firm), $0) })
        #expect(changes.before == 3 && changes.after == 2)
        #expect(byName["甲公司"].map { $0.entered && $0.reason == .newGrant && $0.day == Day(iso: "2025-01-10") } == true)
        #expect(byName["乙公司"].map { $0.entered && $0.reason == .renewal && $0.day == Day(iso: "2025-02-01") } == true)
        #expect(byName["丙公司"].map { !$0.entered && $0.reason == .revocation && $0.day == Day(iso: "2025-03-01") } == true)
        #expect(byName["丁公司"].map { !$0.entered && $0.reason == .lapse && $0.day == Day(iso: "2025-04-01") } == true)
        #expect(byName["戊公司"].map { !$0.entered && $0.reason == .move && $0.day == Day(iso: "2025-05-01") } == true)
        #expect(changes.changes.count == 5)
    }

    /// The firms of `changes` by name: (entered, reason, day).
    private func byName(_ changes: TargetChanges, _ tally: Tally) -> [String: (Bool, TargetChanges.Reason, Day?)] {
        Dictionary(uniqueKeysWithValues: changes.changes.map { (tally.data.recognitions.firmName($0.firm), ($0.entered, $0.reason, $0.day)) })
    }

    @Test("the parts of a cumulative whole counted highest only: raised between parts, granted twice in the window, moved in")
    func cumulativeParts() throws {
        // Between 2024-12-31 and 2025-06-30: 甲, innovative since 2024-03-01, becomes provincial
        // 2025-02-01 (leaves the innovative part by tier, enters the SRDI part by its grant); 乙 is
        // granted innovative 2025-01-15 and provincial 2025-03-01 (enters the SRDI part by the
        // provincial grant, never counted in the innovative part); 丙, provincial since 2023 in
        // 海陵区, is listed in 赤坎区 from 2025-04-01 (enters by moving in).
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,designation,date,action
        91440800MA00000017,甲公司,广东省,湛江市,赤坎区,innovative,2024-03-01,grant
        91440800MA00000017,甲公司,广东省,湛江市,赤坎区,provincial,2025-02-01,grant
        91440800MA00000025,乙公司,广东省,湛江市,霞山区,innovative,2025-01-15,grant
        91440800MA00000025,乙公司,广东省,湛江市,霞山区,provincial,2025-03-01,grant
        91440800MA00000033,丙公司,江苏省,泰州市,海陵区,provincial,2023-05-01,grant
        91440800MA00000033,丙公司,广东省,湛江市,赤坎区,provincial,2025-04-01,renew
        """)
        let locator = FirmLocator(tally: tally)
        let (from, to) = (Day(iso: "2024-12-31")!, Day(iso: "2025-06-30")!)
        let srdi = tally.changes(of: try #require(tally.data.book.target("part-srdi")), from: from, to: to, locator: locator)
        #expect((srdi.before, srdi.entered, srdi.left, srdi.after) == (0, 3, 0, 3))
        let inSRDI = byName(srdi, tally)
        #expect(inSRDI["甲公司"].map { $0 == (true, .newGrant, Day(iso: "2025-02-01")) } == true)
        #expect(inSRDI["乙公司"].map { $0 == (true, .newGrant, Day(iso: "2025-03-01")) } == true)
        #expect(inSRDI["丙公司"].map { $0 == (true, .move, Day(iso: "2025-04-01")) } == true)
        let innovative = tally.changes(of: try #require(tally.data.book.target("part-innovative")), from: from, to: to, locator: locator)
        #expect((innovative.before, innovative.entered, innovative.left, innovative.after) == (1, 0, 1, 0))
        #expect(byName(innovative, tally)["甲公司"].map { $0 == (false, .tier, Day(iso: "2025-02-01")) } == true)
    }

    @Test("a stock split highest only: a lapsed little giant drops to the provincial part; a firm leaves when its last status ends")
    func stockParts() throws {
        // Statuses last 3 years. Between 2024-12-31 and 2025-06-30: 甲, little giant since
        // 2022-03-01 and provincial since 2024-01-01, loses little giant 2025-03-01 (lapse) and so
        // moves from the little-giant part to the provincial part (tier); 乙's provincial is revoked
        // 2025-02-01 but its little giant (2022-04-01) holds until 2025-04-01, when it leaves the
        // stock (lapse, the later of the two); 丙, provincial 2021-05-01 (lapsed 2024-05-01), is
        // renewed on 2025-05-20 (renewal), and 丁's renewal on the very day its status ran out
        // (2025-06-01) keeps it counted throughout.
        let plan = """
        metrics: []
        plans:
          - id: s
            name: 存量计划
            region: 湛江市
            document: none.txt
            start: 2022-01-01
            end: 2025-12-31
            targets:
              - {id: stock, name: 存量, designations: [provincial, little_giant], mode: stock, target: ">= 5", quote: q}
              - {id: part-lg, name: 小巨人, parent: stock, count: highest, designations: [little_giant], mode: stock, target: ">= 1", quote: q}
              - {id: part-prov, name: 省级, parent: stock, count: highest, designations: [provincial], mode: stock, target: ">= 1", quote: q}
        """
        let tally = TestData.tally(targets: plan, recognitions: """
        credit_code,firm,province,city,district,designation,date,action
        91440800MA00000017,甲公司,广东省,湛江市,赤坎区,little_giant,2022-03-01,grant
        91440800MA00000017,甲公司,广东省,湛江市,赤坎区,provincial,2024-01-01,grant
        91440800MA00000025,乙公司,广东省,湛江市,赤坎区,little_giant,2022-04-01,grant
        91440800MA00000025,乙公司,广东省,湛江市,赤坎区,provincial,2023-01-01,grant
        91440800MA00000025,乙公司,广东省,湛江市,赤坎区,provincial,2025-02-01,revoke
        91440800MA00000033,丙公司,广东省,湛江市,赤坎区,provincial,2021-05-01,grant
        91440800MA00000033,丙公司,广东省,湛江市,赤坎区,provincial,2025-05-20,renew
        91440800MA00000041,丁公司,广东省,湛江市,赤坎区,provincial,2022-06-01,grant
        91440800MA00000041,丁公司,广东省,湛江市,赤坎区,provincial,2025-06-01,renew
        """)
        let locator = FirmLocator(tally: tally)
        let (from, to) = (Day(iso: "2024-12-31")!, Day(iso: "2025-06-30")!)
        // At 2024-12-31 甲 乙 丁 hold (丙 lapsed); at 2025-06-30 甲 丙 丁.
        let whole = tally.changes(of: try #require(tally.data.book.target("stock")), from: from, to: to, locator: locator)
        #expect((whole.before, whole.entered, whole.left, whole.after) == (3, 1, 1, 3))
        let inWhole = byName(whole, tally)
        #expect(inWhole["乙公司"].map { $0 == (false, .lapse, Day(iso: "2025-04-01")) } == true)
        #expect(inWhole["丙公司"].map { $0 == (true, .renewal, Day(iso: "2025-05-20")) } == true)
        #expect(inWhole["丁公司"] == nil)
        // Little giants: 甲 and 乙 then, none now.
        let giants = tally.changes(of: try #require(tally.data.book.target("part-lg")), from: from, to: to, locator: locator)
        #expect((giants.before, giants.entered, giants.left, giants.after) == (2, 0, 2, 0))
        #expect(byName(giants, tally)["甲公司"].map { $0 == (false, .lapse, Day(iso: "2025-03-01")) } == true)
        #expect(byName(giants, tally)["乙公司"].map { $0 == (false, .lapse, Day(iso: "2025-04-01")) } == true)
        // Provincial: 丁 then; 甲 丙 丁 now.
        let provincial = tally.changes(of: try #require(tally.data.book.target("part-prov")), from: from, to: to, locator: locator)
        #expect((provincial.before, provincial.entered, provincial.left, provincial.after) == (1, 2, 0, 3))
        #expect(byName(provincial, tally)["甲公司"].map { $0 == (true, .tier, Day(iso: "2025-03-01")) } == true)
        #expect(byName(provincial, tally)["丙公司"].map { $0 == (true, .renewal, Day(iso: "2025-05-20")) } == true)
    }
}

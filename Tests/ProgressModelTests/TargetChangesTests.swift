import Testing
@testable import ProgressModel

/// What entered and left a target between two dates.
@Suite("Target changes")
struct TargetChangesTests {
    static let pairs = [("2023-12-31", "2024-06-30"), ("2024-06-30", "2024-07-31"), ("2025-06-30", "2025-12-31"), ("2021-01-31", "2026-11-21")]

    @Test("for every count target, before + entered − left = after, and before and after are the counts shown", arguments: pairs)
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
}

import Testing
@testable import ProgressModel

/// What came to a region's holders of each list and what went, between two dates.
@Suite("Holder changes")
struct HolderChangesTests {
    static let pairs = [("2023-12-31", "2024-06-30"), ("2024-06-30", "2024-07-31"), ("2025-06-30", "2025-12-31")]

    @Test("for the plans' regions and some below, every list reconciles with the child tables' counts at both dates; each change explained",
          arguments: pairs)
    func reconciles(pair: (String, String)) throws {
        let tally = TestData.bundled
        let locator = FirmLocator(tally: tally)
        let tree = tally.data.regions
        let (earlier, later) = (Day(iso: pair.0)!, Day(iso: pair.1)!)
        let count = tally.data.designations.all.count
        let then = RegionCounts(index: tally.index, tree: tree, designationCount: count, at: earlier)
        let now = RegionCounts(index: tally.index, tree: tree, designationCount: count, at: later)
        var moved = 0
        for code in ["4408", "440802", "321202", "50", "500103", "500105", "50X01", "4101", "410182", "44"] {
            let region = try #require(tree.index(ofCode: code))
            let changes = tally.holderChanges(in: region, from: earlier, to: later, locator: locator)
            for part in changes.parts {
                let name = "\(tree[region].name) \(tally.data.designations[part.designation].code) \(pair)"
                #expect(part.before == then.active(region, part.designation) && part.after == now.active(region, part.designation), "\(name)")
                #expect(part.before + part.entered - part.left == part.after, "\(name)")
            }
            #expect(changes.parts.reduce(0) { $0 + $1.entered + $1.left } == changes.changes.count)
            #expect(changes.changes.allSatisfy { $0.reason != .other && $0.day.map { $0 > earlier && $0 <= later } == true },
                    "\(tree[region].name) \(pair): every change explained by a day between the dates")
            moved += changes.changes.count
        }
        #expect(moved > 50, "the sample moves")
    }

    @Test("each reason by hand, in a city and in the districts a firm moves between")
    func reasons() throws {
        // Statuses last 3 years. Between 2024-12-31 and 2025-06-30: 甲 is granted provincial
        // (new grant); 乙's provincial is revoked (revocation); 丙's innovative of 2022-04-01 lapses
        // 2025-04-01 (lapse); 丁, provincial in 赤坎区 since 2023, is renewed in 霞山区 2025-05-01
        // (within 湛江市 nothing changes; 赤坎区 loses it and 霞山区 gains it by the move).
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,designation,date,action
        91440800MA00000017,甲公司,广东省,湛江市,赤坎区,provincial,2025-01-10,grant
        91440800MA00000025,乙公司,广东省,湛江市,赤坎区,provincial,2023-01-01,grant
        91440800MA00000025,乙公司,广东省,湛江市,赤坎区,provincial,2025-03-01,revoke
        91440800MA00000033,丙公司,广东省,湛江市,赤坎区,innovative,2022-04-01,grant
        91440800MA00000041,丁公司,广东省,湛江市,赤坎区,provincial,2023-06-01,grant
        91440800MA00000041,丁公司,广东省,湛江市,霞山区,provincial,2025-05-01,renew
        """)
        let tree = tally.data.regions
        let locator = FirmLocator(tally: tally)
        let provincial = try #require(tally.data.designations.all.firstIndex { $0.code == "provincial" })
        let innovative = try #require(tally.data.designations.all.firstIndex { $0.code == "innovative" })
        func changes(_ code: String) throws -> HolderChanges {
            tally.holderChanges(in: try #require(tree.index(ofCode: code)), from: Day(iso: "2024-12-31")!, to: Day(iso: "2025-06-30")!, locator: locator)
        }
        func summary(_ changes: HolderChanges) -> [[Int]] { changes.parts.map { [$0.designation, $0.before, $0.entered, $0.left, $0.after] } }
        func reasons(_ changes: HolderChanges) -> [String] {
            changes.changes.map { "\(tally.data.recognitions.firmName($0.firm)) \($0.entered ? "+" : "-") \($0.reason.rawValue) \($0.day?.description ?? "")" }
        }
        let city = try changes("4408")
        #expect(summary(city) == [[innovative, 1, 0, 1, 0], [provincial, 2, 1, 1, 2]].sorted { $0[0] < $1[0] })
        #expect(Set(reasons(city)) == ["甲公司 + new_grant 2025-01-10", "乙公司 - revocation 2025-03-01", "丙公司 - lapse 2025-04-01"])
        let chikan = try changes("440802")
        #expect(summary(chikan) == [[innovative, 1, 0, 1, 0], [provincial, 2, 1, 2, 1]].sorted { $0[0] < $1[0] })
        #expect(reasons(chikan).contains("丁公司 - move 2025-05-01"))
        let xiashan = try changes("440803")
        #expect(summary(xiashan) == [[provincial, 0, 1, 0, 1]])
        #expect(reasons(xiashan) == ["丁公司 + move 2025-05-01"])
    }

    @Test("江北区 merged into 两江新区 on 2025-11-06: its holders leave it by that move and enter 两江新区 by it")
    func mergedRegion() throws {
        let tally = TestData.bundled
        let tree = tally.data.regions
        let locator = FirmLocator(tally: tally)
        let (earlier, later) = (Day(iso: "2025-06-30")!, Day(iso: "2025-12-31")!)
        let jiangbei = tally.holderChanges(in: try #require(tree.index(ofCode: "500105")), from: earlier, to: later, locator: locator)
        let liangjiang = tally.holderChanges(in: try #require(tree.index(ofCode: "50X01")), from: earlier, to: later, locator: locator)
        #expect(jiangbei.parts.contains { $0.before > 0 } && jiangbei.parts.allSatisfy { $0.after == 0 }, "nobody in 江北区 after the merge")
        let movedOut = jiangbei.changes.filter { $0.reason == .move }
        #expect(!movedOut.isEmpty && movedOut.allSatisfy { !$0.entered && $0.day == Day(iso: "2025-11-06") })
        let movedIn = Set(liangjiang.changes.filter { $0.entered && $0.reason == .move && $0.day == Day(iso: "2025-11-06") }.map { [$0.firm, $0.designation] })
        #expect(movedOut.allSatisfy { movedIn.contains([$0.firm, $0.designation]) })
    }
}

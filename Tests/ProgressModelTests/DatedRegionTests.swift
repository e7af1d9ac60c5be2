import Testing
@testable import ProgressModel

/// Regions merged or created on a day (重庆: 江北区 and 渝北区 into 两江新区 on 2025-11-06).
@Suite("Dated regions")
struct DatedRegionTests {
    static func code(_ tally: Tally, _ code: String) -> Int { tally.data.regions.index(ofCode: code)! }

    @Test("a firm listed in 江北区 counts in 江北区 before 2025-11-06 and in 两江新区 from that day; 重庆市 counts it either side")
    func firmFollowsTheMerge() {
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,designation,date
        91500105MA00000015,重庆甲公司,重庆市,重庆市,江北区,provincial,2024-01-10
        91500112MA00000011,重庆乙公司,重庆市,重庆市,渝北区,provincial,2025-12-01
        """)
        let provincial = tally.data.designations.index(ofCode: "provincial")!
        let (jiangbei, yubei, liangjiang, chongqing) = (Self.code(tally, "500105"), Self.code(tally, "500112"), Self.code(tally, "50X01"), Self.code(tally, "50"))
        let before = tally.regionCounts(at: Day(iso: "2024-06-30")!)
        #expect(before.active(jiangbei, provincial) == 1 && before.active(liangjiang, provincial) == 0)
        #expect(before.active(chongqing, provincial) == 1)
        let day = tally.regionCounts(at: Day(iso: "2025-11-06")!)
        #expect(day.active(jiangbei, provincial) == 0 && day.active(liangjiang, provincial) == 1, "from the day itself")
        let after = tally.regionCounts(at: Day(iso: "2025-12-31")!)
        // 乙 is listed in 渝北区 after the merge: it counts in 两江新区 at once.
        #expect(after.active(liangjiang, provincial) == 2 && after.active(jiangbei, provincial) == 0 && after.active(yubei, provincial) == 0)
        #expect(after.active(chongqing, provincial) == 2)
        let locator = FirmLocator(tally: tally)
        #expect(locator.firms(in: liangjiang, at: Day(iso: "2025-12-31")!, tally: tally).count == 2)
        #expect(locator.firms(in: jiangbei, at: Day(iso: "2025-12-31")!, tally: tally).isEmpty)
        #expect(locator.firms(in: jiangbei, at: Day(iso: "2024-06-30")!, tally: tally).count == 1)
        #expect(tally.index.diagnostics.isEmpty, "a merge is no move")
    }

    @Test("the tree at a date: 江北区 and 渝北区 exist before the day, 两江新区 from it")
    func treeAtADate() {
        let tree = TestData.reference.regions
        let (jiangbei, liangjiang) = (tree.index(ofCode: "500105")!, tree.index(ofCode: "50X01")!)
        #expect(tree.exists(jiangbei, at: Day(iso: "2025-11-05")!) && !tree.exists(liangjiang, at: Day(iso: "2025-11-05")!))
        #expect(!tree.exists(jiangbei, at: Day(iso: "2025-11-06")!) && tree.exists(liangjiang, at: Day(iso: "2025-11-06")!))
        #expect(tree.effective(jiangbei, at: Day(iso: "2025-11-05")!) == jiangbei)
        #expect(tree.effective(jiangbei, at: Day(iso: "2025-11-06")!) == liangjiang)
    }

    @Test("valid_from and valid_to are checked: a date, in range, a merge for valid_to, after valid_from", arguments: [
        ("9,丙区,CN,district,,,,2025-13-01,", "valid_from", "invalid valid_from; expected a date YYYY-MM-DD in 1900-01-01…2100-12-31"),
        ("9,丙区,CN,district,,,,,2025-11-06", "valid_to", "invalid valid_to; expected empty for a region not merged into another (merged_into)"),
        ("9,丙区,CN,district,1,,,2026-01-01,2025-11-06", "valid_to", "invalid valid_to; expected a day after valid_from 2026-01-01"),
        ("9,丙区,CN,district,1,,,,3000-01-01", "valid_to", "invalid valid_to; expected a date YYYY-MM-DD in 1900-01-01…2100-12-31"),
    ])
    func validated(row: String, column: String, message: String) {
        var log = DiagnosticLog()
        let csv = "code,name,parent,kind,merged_into,note,same_as,valid_from,valid_to\nCN,全国,,country,,,,,\n1,甲区,CN,district,,,,,\n" + row + "\n"
        let tree = RegionFile.load(Array(csv.utf8), file: "regions.csv", log: &log)
        #expect(tree.regions.count == 2, "the row is left out")
        #expect(log.items.count == 1)
        #expect(log.items.first?.line == 4 && log.items.first?.column == column)
        #expect(log.items.first?.problem.message(.english) == message)
    }
}

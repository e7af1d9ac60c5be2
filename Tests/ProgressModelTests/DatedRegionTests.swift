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

    /// Two plans, over 重庆市 and over 两江新区, each with a stock of provincial firms; 两江新区's
    /// also counts its provincial firms first recognised since 2024.
    static let chongqingPlans = """
    metrics: []
    plans:
      - id: cq
        name: 重庆测试
        region: 重庆市
        document: none.txt
        start: 2024-01-01
        end: 2026-12-31
        targets:
          - {id: cq-stock, name: 存量省级, designations: [provincial], mode: stock, target: ">= 2", quote: q}
      - id: lj
        name: 两江测试
        region: 两江新区
        document: none.txt
        start: 2024-01-01
        end: 2026-12-31
        targets:
          - {id: lj-stock, name: 存量省级, designations: [provincial], mode: stock, target: ">= 2", quote: q}
          - {id: lj-cumulative, name: 累计省级, designations: [provincial], mode: cumulative, target: ">= 2", quote: q}
    """

    @Test("targets follow the merge: 两江新区's count 0 before 2025-11-06 and 2 from it, 重庆市's 2 either side, split by the districts of the date")
    func targetsFollowTheMerge() throws {
        // 甲 in 江北区 and 乙 in 渝北区, provincial in 2024; 丙 in 沙坪坝区 until it is revoked in 2025-12.
        let tally = TestData.tally(targets: Self.chongqingPlans, recognitions: """
        credit_code,firm,province,city,district,designation,date,action
        91500105MA00000015,重庆甲公司,重庆市,重庆市,江北区,provincial,2024-01-10,grant
        91500112MA00000011,重庆乙公司,重庆市,重庆市,渝北区,provincial,2024-03-05,grant
        ,重庆丙公司,重庆市,重庆市,沙坪坝区,provincial,2023-05-01,grant
        ,重庆丙公司,重庆市,重庆市,沙坪坝区,provincial,2025-12-15,revoke
        """)
        let (jiangbei, yubei, liangjiang, chongqing) = (Self.code(tally, "500105"), Self.code(tally, "500112"), Self.code(tally, "50X01"), Self.code(tally, "50"))
        let shapingba = Self.code(tally, "500106")
        // 2024-06-30: 甲, 乙, 丙 in 重庆市 (3); none in 两江新区, which does not exist yet.
        #expect(TestData.count(tally, "cq-stock", "2024-06-30") == 3)
        #expect(TestData.count(tally, "lj-stock", "2024-06-30") == 0)
        #expect(TestData.count(tally, "lj-cumulative", "2024-06-30") == 0)
        // The day before and the day of the merge: 甲 and 乙 pass to 两江新区; 重庆市 keeps its 3.
        #expect(TestData.count(tally, "cq-stock", "2025-11-05") == 3 && TestData.count(tally, "lj-stock", "2025-11-05") == 0)
        #expect(TestData.count(tally, "cq-stock", "2025-11-06") == 3 && TestData.count(tally, "lj-stock", "2025-11-06") == 2)
        // 2025-12-31: 丙 revoked (3 − 1 = 2); 甲 and 乙 in 两江新区, first recognised in 2024.
        #expect(TestData.count(tally, "cq-stock", "2025-12-31") == 2)
        #expect(TestData.count(tally, "lj-stock", "2025-12-31") == 2)
        #expect(TestData.count(tally, "lj-cumulative", "2025-12-31") == 2)
        let stock = try #require(tally.data.book.target("cq-stock"))
        let before = try #require(tally.contribution(to: stock, below: chongqing, at: Day(iso: "2024-06-30")!))
        #expect(before.byChild == [jiangbei: 1, yubei: 1, shapingba: 1] && before.notGiven == 0)
        let after = try #require(tally.contribution(to: stock, below: chongqing, at: Day(iso: "2025-12-31")!))
        #expect(after.byChild == [liangjiang: 2] && after.notGiven == 0)
        let members = tally.members(of: try #require(tally.data.book.target("lj-stock")), at: Day(iso: "2025-12-31")!, locator: FirmLocator(tally: tally))
        #expect(Set(members.map { tally.data.recognitions.firmName($0.firm) }) == ["重庆甲公司", "重庆乙公司"])
        #expect(members.allSatisfy { $0.region == liangjiang })
        // The events keep the district their list names.
        #expect(Set(tally.data.recognitions.events.map { Int($0.region) }) == [jiangbei, yubei, shapingba])
        // What moved 两江新区's count over the day: 甲 and 乙 came in, moved by the merge on 2025-11-06.
        let changes = tally.changes(of: try #require(tally.data.book.target("lj-stock")), from: Day(iso: "2025-10-31")!,
                                    to: Day(iso: "2025-11-30")!, locator: FirmLocator(tally: tally))
        #expect(changes.before == 0 && changes.after == 2 && changes.entered == 2)
        #expect(changes.changes.allSatisfy { $0.reason == .move && $0.day == Day(iso: "2025-11-06")! })
    }

    @Test("a town that moved district on the day: under 渝北区 before it, under 北碚区 from it, whichever district its list names")
    func townsMoveOnTheDay() {
        // 甲 names 渝北区's 兴隆镇 (2024); 乙 names 北碚区's 兴隆镇 on a 2024 date, before the town was
        // 北碚区's; 丙 names 兴隆镇 with no district, in 2026.
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,town,designation,date
        91500112MA00000011,重庆甲公司,重庆市,重庆市,渝北区,兴隆镇,provincial,2024-01-10
        ,重庆乙公司,重庆市,重庆市,北碚区,兴隆镇,provincial,2024-02-01
        ,重庆丙公司,重庆市,重庆市,,兴隆镇,provincial,2026-01-05
        """)
        let provincial = tally.data.designations.index(ofCode: "provincial")!
        let (yubei, beibei, liangjiang, chongqing) = (Self.code(tally, "500112"), Self.code(tally, "500109"), Self.code(tally, "50X01"), Self.code(tally, "50"))
        let (oldTown, newTown) = (Self.code(tally, "500112138"), Self.code(tally, "500109X03"))
        #expect(tally.data.recognitions.events.map { Int($0.region) } == [oldTown, newTown, newTown], "as named; no district: the later listing")
        let before = tally.regionCounts(at: Day(iso: "2024-06-30")!)
        #expect(before.active(yubei, provincial) == 2 && before.active(oldTown, provincial) == 2)
        #expect(before.active(beibei, provincial) == 0 && before.active(chongqing, provincial) == 2)
        let after = tally.regionCounts(at: Day(iso: "2025-12-31")!)
        #expect(after.active(beibei, provincial) == 2 && after.active(newTown, provincial) == 2)
        #expect(after.active(yubei, provincial) == 0 && after.active(liangjiang, provincial) == 0 && after.active(chongqing, provincial) == 2)
        #expect(tally.regionCounts(at: Day(iso: "2026-01-31")!).active(beibei, provincial) == 3)
        let locator = FirmLocator(tally: tally)
        #expect(locator.firms(in: yubei, at: Day(iso: "2024-06-30")!, tally: tally).count == 2)
        #expect(locator.firms(in: beibei, at: Day(iso: "2024-06-30")!, tally: tally).isEmpty)
        #expect(locator.firms(in: beibei, at: Day(iso: "2026-01-31")!, tally: tally).map(\.region) == [newTown, newTown, newTown])
        #expect(tally.index.diagnostics.isEmpty, "no warnings: a town moving is no firm moving")
    }

    @Test("a firm listed in 两江新区 before its creation stays there (made from two districts, neither can be chosen), with a warning on its line")
    func beforeCreation() {
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,designation,date
        91500105MA00000015,重庆甲公司,重庆市,重庆市,江北区,provincial,2024-01-10
        ,重庆乙公司,重庆市,重庆市,两江新区,provincial,2024-03-01
        ,重庆乙公司,重庆市,重庆市,两江新区,provincial,2027-03-01
        """)
        let provincial = tally.data.designations.index(ofCode: "provincial")!
        let (jiangbei, liangjiang) = (Self.code(tally, "500105"), Self.code(tally, "50X01"))
        let counts = tally.regionCounts(at: Day(iso: "2024-06-30")!)
        #expect(counts.active(jiangbei, provincial) == 1 && counts.active(liangjiang, provincial) == 1)
        #expect(tally.index.diagnostics.map(\.line) == [3], "only the row dated before the creation")
        #expect(tally.index.diagnostics.first?.problem == .regionNotYetCreated(region: "两江新区", created: Day(iso: "2025-11-06")!))
        #expect(tally.index.diagnostics.first?.problem.message(.english) == "两江新区 was created on 2025-11-06, after this record's date; counted there all the same")
    }

    @Test("the towns in the tree: each listed under 渝北区 until the day and under 北碚区 from it")
    func townsInTheTree() {
        let tree = TestData.reference.regions
        let (yubei, beibei) = (tree.index(ofCode: "500112")!, tree.index(ofCode: "500109")!)
        func towns(_ district: Int, _ date: String) -> [String] { tree.children[district].filter { tree.exists($0, at: Day(iso: date)!) }.map { tree[$0].name } }
        let five = ["统景镇", "大湾镇", "兴隆镇", "茨竹镇", "大盛镇"]
        #expect(towns(yubei, "2025-11-05") == five && towns(beibei, "2025-11-05").isEmpty)
        #expect(towns(yubei, "2025-11-06").isEmpty && towns(beibei, "2025-11-06") == five)
        let (oldTown, newTown) = (tree.index(ofCode: "500112138")!, tree.index(ofCode: "500109X03")!)
        #expect(tree.effective(newTown, at: Day(iso: "2025-11-05")!) == oldTown && tree.effective(oldTown, at: Day(iso: "2025-11-06")!) == newTown)
        #expect(tree.changeDays(of: oldTown) == [Day(iso: "2025-11-06")!] && tree.changeDays(of: newTown) == [Day(iso: "2025-11-06")!])
        #expect(tree.predecessors(of: tree.index(ofCode: "50X01")!).map { tree[$0].name } == ["江北区", "渝北区"])
        #expect(tree.changeDays(of: tree.index(ofCode: "500106")!).isEmpty)
    }

    @Test("a street of a district merged on a day, without a date of its own, counts in the successor itself from the day")
    func streetOfAMergedDistrict() {
        var log = DiagnosticLog()
        let csv = """
        code,name,parent,kind,merged_into,note,same_as,valid_from,valid_to
        CN,全国,,country,,,,,
        1,甲区,CN,district,3,,,,2025-11-06
        11,甲街道,1,street,,,,,
        3,新区,CN,zone,,,,2025-11-06,
        """
        let tree = RegionFile.load(Array(csv.utf8), file: "regions.csv", log: &log)
        #expect(log.isEmpty)
        let (street, zone) = (tree.index(ofCode: "11")!, tree.index(ofCode: "3")!)
        #expect(tree.effective(street, at: Day(iso: "2025-11-05")!) == street && tree.effective(street, at: Day(iso: "2025-11-06")!) == zone)
        #expect(tree.exists(street, at: Day(iso: "2025-11-05")!) && !tree.exists(street, at: Day(iso: "2025-11-06")!))
        #expect(tree.otherPlaces(of: street) == [zone])
    }

    @Test("a dated merge into a region created after it is an error on the merged row's line")
    func mergeBeforeTheSuccessorExists() {
        var log = DiagnosticLog()
        let csv = """
        code,name,parent,kind,merged_into,note,same_as,valid_from,valid_to
        CN,全国,,country,,,,,
        1,甲区,CN,district,3,,,,2025-11-05
        3,新区,CN,zone,,,,2025-11-06,
        """
        let tree = RegionFile.load(Array(csv.utf8), file: "regions.csv", log: &log)
        #expect(log.items.count == 1)
        #expect(log.items.first?.line == 3 && log.items.first?.column == "valid_to" && log.items.first?.value == "2025-11-05")
        #expect(log.items.first?.problem.message(.english) == "invalid valid_to; expected a day on or after valid_from 2025-11-06 of 3")
        #expect(tree[tree.index(ofCode: "1")!].mergedInto == nil, "the merge is left out")
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

import Testing
@testable import ProgressModel

/// Region cells as real lists write them: several levels in one cell, placeholder levels, zones
/// in the district column, a zone listed twice, and names that are not under the region above
/// them. Expected regions and messages are read off data/regions.csv by hand.
@Suite("Region cells")
struct RegionCellTests {
    let designation = "省级专精特新中小企业,2023-05-01"

    /// Loads rows of region cells under `header` (region columns only) and returns the code of each
    /// loaded row's region, in order, with the log.
    func load(_ header: String, _ rows: [String]) -> (codes: [String], log: DiagnosticLog) {
        var text = "企业名称," + header + ",认定类型,认定日期\n"
        for (number, cells) in rows.enumerated() { text += "企业\(number)," + cells + "," + designation + "\n" }
        let (table, log) = TestData.load(text)
        return (table.events.map { TestData.reference.regions[Int($0.region)].code }, log)
    }

    func messages(_ log: DiagnosticLog, _ language: Language = .english) -> [String] {
        log.items.map { $0.formatted(language) }
    }

    @Test("a cell naming several levels is split: the longest region name first, then the rest under it")
    func combinedCells() {
        let (codes, log) = load("省,市,区县", [
            "江苏省,泰州市,泰州市海陵区",
            "江苏省,,泰州市海陵区",
            ",,泰州市海陵区",
            "广东省,,湛江市遂溪县",
            ",,广东省湛江市遂溪县",
            "江苏省,泰州,泰州海陵区",
            "广东省,湛江市遂溪县,",
        ])
        #expect(log.isEmpty, "\(messages(log))")
        #expect(codes == ["321202", "321202", "321202", "440823", "440823", "321202", "440823"])
    }

    @Test("a combined cell in the city column of a list without a district column")
    func combinedCityCell() {
        let (codes, log) = load("省,市", ["广东省,湛江市遂溪县", "江苏省,泰州市海陵区", "广东省,湛江市"])
        #expect(log.isEmpty, "\(messages(log))")
        #expect(codes == ["440823", "321202", "4408"])
    }

    @Test("a combined cell naming a district merged on a day and a town that left it: the town found beside it, no message")
    func combinedCellThroughAMerge() {
        let (codes, log) = load("省,市,区县", ["重庆市,,重庆市渝北区大湾镇"])
        #expect(codes == ["500112135"])
        #expect(log.isEmpty, "\(messages(log))")
    }

    @Test("a single column for the whole place, under each of its header spellings",
          arguments: ["地区", "所在地区", "所在地", "place"])
    func placeColumn(header: String) {
        let (codes, log) = load(header, ["广东省湛江市遂溪县", "江苏省泰州市海陵区", "泰州市海陵区", "湛江市", "郑州航空港区"])
        #expect(log.isEmpty, "\(messages(log))")
        #expect(codes == ["440823", "321202", "321202", "4408", "410173"])
    }

    @Test("a place column read first, with district and town columns under it")
    func placeColumnAbove() {
        let (codes, log) = load("地区,区县,镇街", ["广东省湛江市,遂溪县,", "湛江市,雷州市,湛江奋勇高新技术产业开发区", "江苏省,泰州市海陵区,"])
        #expect(log.isEmpty, "\(messages(log))")
        #expect(codes == ["440823", "4408X02", "321202"])
    }

    @Test("placeholder levels are skipped: 省直辖县级行政区划, 直辖县级, 市辖区, 县")
    func placeholders() {
        let (codes, log) = load("省,市,区县", [
            "河南省,省直辖县级行政区划,济源市",
            "河南省,直辖县级,济源市",
            "河南省,济源市,济源市",
            "重庆市,市辖区,渝中区",
            "重庆市,县,城口县",
        ])
        #expect(log.isEmpty, "\(messages(log))")
        #expect(codes == ["419001", "419001", "419001", "500103", "500229"])
    }

    @Test("a name not under the region above it is an error naming that region and the nearest names")
    func notUnderParent() {
        let (codes, log) = load("省,市,区县", [
            "江苏省,泰州市,海棱区",
            "江苏省,,泰州市海棱区",
            "广东省,湛江市,不存在区",
            "广东省,湛江市,赤山区",
            "广东省,湛江市,遂溪县",
        ])
        #expect(codes == ["440823"])
        #expect(messages(log) == [
            "list.csv:2: error: column \"区县\": value \"海棱区\": no 海棱区 under 泰州市; did you mean 海陵区?",
            "list.csv:3: error: column \"区县\": value \"泰州市海棱区\": no 海棱区 under 泰州市; did you mean 海陵区?",
            "list.csv:4: error: column \"区县\": value \"不存在区\": no 不存在区 under 湛江市; expected a name or code from regions.csv",
            "list.csv:5: error: column \"区县\": value \"赤山区\": no 赤山区 under 湛江市; did you mean 赤坎区 or 霞山区?",
        ])
        #expect(log.items[0].formatted(.chinese) == "list.csv:2: 错误: 列“区县”: 值“海棱区”: “泰州市”下没有“海棱区”;是否应为“海陵区”?")
        #expect(log.items[3].formatted(.chinese).hasSuffix("“湛江市”下没有“赤山区”;是否应为“赤坎区”或“霞山区”?"))
    }

    @Test("a misspelt district in the last column is an error, not counted at the city")
    func misspeltLastColumn() {
        let (codes, log) = load("省,市,区县", ["广东省,湛江市,遂西县"])
        #expect(codes.isEmpty)
        #expect(log.items.map(\.problem) == [.regionNotUnder(name: "遂西县", parent: "湛江市", nearest: ["遂溪县"])])
        #expect(log.items.map(\.severity) == [.error])
        let (townCodes, townLog) = load("省,市,区县,镇街", ["广东省,湛江市,,不存在镇"])
        #expect(townCodes.isEmpty)
        #expect(townLog.items.map(\.problem) == [.regionNotUnder(name: "不存在镇", parent: "湛江市", nearest: [])])
    }

    @Test("a name that merely starts with a district's short name (海陵东区) is not cut into 海陵区 and a town of it")
    func noCutAfterShortName() {
        let (codes, log) = load("市,区县", ["泰州市,海陵东区"])
        #expect(codes.isEmpty)
        #expect(log.items.map(\.problem) == [.regionNotUnder(name: "海陵东区", parent: "泰州市", nearest: ["海陵区"])])
        // After a full name the rest may be a town the table does not list: counted at the district.
        let (fullCodes, fullLog) = load("市,区县", ["泰州市,海陵区新开街道"])
        #expect(fullCodes == ["321202"])
        #expect(fullLog.items.map(\.severity) == [.warning])
    }

    @Test("a cell that names no region at all stays an error under the country")
    func noRegionAtAll() {
        let (codes, log) = load("省,市,区县", [",,不存在区"])
        #expect(codes.isEmpty)
        #expect(log.items.map(\.problem) == [.unknownRegion(within: "全国")])
    }

    @Test("a zone listed twice is one unit: both names and both codes resolve to it, without warnings")
    func duplicateZone() {
        let (codes, log) = load("省,市,区县,镇街", [
            "广东省,湛江市,湛江奋勇高新区,",
            "广东省,湛江市,湛江奋勇高新技术产业开发区,",
            "广东省,湛江市,雷州市,湛江奋勇高新技术产业开发区",
            "广东省,湛江市,雷州市,440882450",
            ",,4408X02,",
            "广东省,湛江市,奋勇高新区,",
        ])
        #expect(log.isEmpty, "\(messages(log))")
        #expect(codes == Array(repeating: "4408X02", count: 6))
        let tree = TestData.reference.regions
        let listing = tree[tree.index(ofCode: "440882450")!]
        #expect(listing.isAlias && listing.mergedInto == tree.index(ofCode: "4408X02"))
        #expect(!tree.children[tree.index(ofCode: "440882")!].contains { tree[$0].mergedInto == nil && tree[$0].code == "440882450" })
    }

    @Test("parks and zones given as the district resolve, also by the abbreviations lists use")
    func zonesAsDistricts() {
        let (codes, log) = load("省,市,区县", [
            "河南省,郑州市,郑州航空港区",
            "河南省,郑州市,航空港区",
            "河南省,郑州市,郑州航空港经济综合实验区",
            "河南省,郑州市,郑州高新区",
            "重庆市,重庆市,两江新区",
            "重庆市,市辖区,两江新区",
            "广东省,湛江市,湛江经济技术开发区",
            "广东省,湛江市,湛江经开区",
            ",,郑州航空港区",
        ])
        #expect(log.isEmpty, "\(messages(log))")
        #expect(codes == ["410173", "410173", "410173", "410172", "50X01", "50X01", "4408X01", "4408X01", "410173"])
    }

    @Test("an abbreviation several zones share is ambiguous, not guessed")
    func ambiguousAbbreviation() {
        let (codes, log) = load("省,市,区县", ["河南省,,高新区"])
        #expect(codes.isEmpty)
        guard case .ambiguousRegion(let names) = log.items.first?.problem else { Issue.record("expected an ambiguous region"); return }
        #expect(names.contains("河南省郑州市郑州高新技术产业开发区") && names.contains("河南省洛阳市洛阳高新技术产业开发区"))
    }

    @Test("regions.csv: same_as makes a row a second listing of a unit; an unknown unit is an error on its line")
    func sameAsColumn() throws {
        let text = """
        code,name,parent,kind,merged_into,note,same_as
        CN,全国,,country,,,
        44,广东省,CN,province,,,
        4408,湛江市,44,city,,,
        4408X02,湛江奋勇高新区,4408,zone,,,
        440882,雷州市,4408,county_city,,,
        440882450,湛江奋勇高新技术产业开发区,440882,park,,,4408X02
        440882451,乙园区,440882,park,,,4408X09
        440882452,丙园区,440882,park,4408X02,,4408X02
        440882453,丁园区,440882,park,,,
        440882452001,戊村,440882452,town,,,

        """
        var log = DiagnosticLog()
        let tree = RegionFile.load(Array(text.utf8), file: "regions.csv", log: &log)
        let zone = tree.index(ofCode: "4408X02")!, listing = tree.index(ofCode: "440882450")!
        #expect(tree[listing].isAlias && tree[listing].mergedInto == zone)
        #expect(!tree[zone].isAlias && tree[zone].mergedInto == nil)
        #expect(tree.find("440882450", within: tree.root) == .found(zone))
        #expect(tree.find("湛江奋勇高新技术产业开发区", within: tree.index(ofCode: "440882")!) == .found(zone))
        // A row left out lends its code to nothing: the next region is under its own parent, and
        // one naming the left-out row as parent is an error (once, a region became its own parent).
        let next = try #require(tree.index(ofCode: "440882453"))
        #expect(tree[next].parent == tree.index(ofCode: "440882") && tree.index(ofCode: "440882452") == nil)
        #expect(log.items.map { $0.formatted(.english) } == [
            "regions.csv:9: error: column \"same_as\": value \"4408X02\": invalid same_as; expected empty for a region merged into another",
            "regions.csv:11: error: column \"parent\": value \"440882452\": refers to unknown 440882452",
            "regions.csv:8: error: column \"same_as\": value \"4408X09\": refers to unknown 4408X09",
        ])
    }
}

import Testing
@testable import ProgressModel

/// Lists as bureaus keep them: ledger headers (所属区县, 所属镇街(园区), 认定年度), published lists
/// with title rows above the header and no designation or date column, headers in full-width
/// brackets; and columns that look like one srdi reads but are not.
@Suite("Loading lists in the shapes bureaus keep them")
struct ListShapeTests {
    static func load(_ text: String, defaults: ListDefaults = ListDefaults()) -> (RecognitionTable, DiagnosticLog) {
        var table = RecognitionTable()
        var log = DiagnosticLog()
        RecognitionLoader(regions: TestData.reference.regions, designations: TestData.reference.designations)
            .load(Array(text.utf8), path: "list.csv", into: &table, log: &log, defaults: defaults)
        table.finishLoading(log: &log)
        return (table, log)
    }

    static func region(_ code: String) -> Int32 { Int32(TestData.reference.regions.index(ofCode: code) ?? -1) }

    static func designation(_ code: String) -> UInt8 { UInt8(TestData.reference.designations.index(ofCode: code) ?? 255) }

    @Test("a ledger's headers: 所属区县, 所属镇街(园区) in full-width brackets, 认定年度, 认定批次 and 备注")
    func ledgerHeaders() {
        let (table, log) = ListShapeTests.load("""
        统一社会信用代码,企业名称,所属区县,所属镇街（园区）,认定类型,认定年度,认定批次,备注
        91321202MA1MXXXX0P,泰州甲科技有限公司,海陵区,城东街道,省级专精特新中小企业,2023,第一批,
        ,泰州乙机械有限公司,海陵区,,市级专精特新中小企业,2024,,新认定

        """)
        #expect(log.isEmpty)
        #expect(table.eventCount == 2)
        // 城东街道 is 321202001 under 海陵区 (321202); the second row has no town.
        #expect(table.events.map(\.region) == [ListShapeTests.region("321202001"), ListShapeTests.region("321202")])
        #expect(table.events.map(\.day) == [Day.endOfYear(2023), Day.endOfYear(2024)] && table.events.allSatisfy(\.yearOnly))
        #expect(table.events.map(\.batch) == [1, nil])
    }

    @Test("a batch column: 第五批, 第5批次, 2023年第二批 or a number; a cell that names no batch is a warning and the row loads", arguments: [
        ("第五批", 5 as Int?), ("第5批次", 5), ("2023年第二批", 2), ("12", 12), ("十一", 11), ("最新", nil),
    ])
    func batchColumn(cell: String, batch: Int?) {
        let (table, log) = ListShapeTests.load("企业名称,区县,认定类型,认定日期,批次\n湛江甲公司,遂溪县,省级专精特新中小企业,2023-05-01,\(cell)\n")
        #expect(table.events.map(\.batch) == [batch])
        #expect(log.items.map { $0.formatted(.english) } == (batch == nil ? [
            "list.csv:2: warning: column \"批次\": value \"\(cell)\": not a batch; expected 第五批, 第5批 or a number; the row is kept without one",
        ] : []))
    }

    @Test("header spellings in other widths and with 所属, 所在 or 名称 around a known one", arguments: [
        ("所属区县", RecognitionColumn.district), ("所在区县", .district), ("区县名称", .district), ("区(县)", .district), ("区（县）", .district),
        ("县（市、区）", .district), ("所属镇街(园区)", .town), ("所在乡镇街道", .town), ("【认定类型】", .designation), ("企业名称", .firm),
        ("企业（单位）名称", .firm), ("ＣＩＴＹ", .city), ("认定批次", .batch), (" 认定 日期 ", .date),
    ])
    func spellings(header: String, column: RecognitionColumn) {
        #expect(HeaderMatch<RecognitionColumn>.column(named: header) == column)
    }

    @Test("headers that name no column are not taken for one", arguments: ["序号", "备注", "主导产品", "注册地址", "地区代码表", "企业类型名称x"])
    func notColumns(header: String) {
        #expect(HeaderMatch<RecognitionColumn>.column(named: header) == nil)
    }

    @Test("a column that looks like a date or a region but is not read gets a warning naming it; a row number or remarks none")
    func unreadColumns() {
        let (table, log) = ListShapeTests.load("""
        序号,企业名称,区县,所在社区,认定类型,认定日期,复核日期,备注
        1,湛江甲公司,遂溪县,城月镇社区,省级专精特新中小企业,2023-05-01,2025-05-01,无

        """)
        #expect(table.eventCount == 1)
        #expect(log.items.map { $0.formatted(.english) } == [
            "list.csv:1: warning: column 4 (D) \"所在社区\" looks like town/镇街 but is not read; if it is, name it one of town, street, park, 镇街, 镇街园区, 街道, 乡镇, 园区, 镇(街道), 镇, 乡镇街道, 镇街道, 街镇, 乡镇(街道), 镇(街), 镇街(园区), 镇(街道、园区)",
            "list.csv:1: warning: column 7 (G) \"复核日期\" looks like date/认定日期 but is not read; if it is, name it one of date, 认定日期, 日期, 认定时间, 公布日期, 发布日期, 公示日期, 公布时间, 发文日期",
        ])
    }

    @Test("title rows above the header of a published list are passed over; lines keep their numbers")
    func titleRows() {
        let (table, log) = ListShapeTests.load("""
        附件1:2023年度广东省专精特新中小企业名单
        ,,,
        序号,地市,区县,企业名称,认定类型,认定日期
        1,湛江市,遂溪县,湛江甲公司,省级专精特新中小企业,2023-12-28
        2,湛江市,麻章区,湛江乙公司,省级专精特新中小企业,2023-13-28

        """)
        #expect(table.eventCount == 1)
        #expect(log.items.map { $0.formatted(.english) } == [
            "list.csv:5: error: column \"认定日期\": value \"2023-13-28\": unreadable date; expected 2024-05-01, 2024/5/1, 2024年5月1日 or 2024",
        ])
    }

    @Test("a tab-separated list with a title line is read as tab-separated")
    func titleAboveTabs() {
        let (table, log) = ListShapeTests.load("2024年名单\n企业名称\t区县\t认定类型\t认定日期\n湛江甲公司\t遂溪县\t省级专精特新中小企业\t2024-06-30\n")
        #expect(table.eventCount == 1 && log.isEmpty)
    }

    @Test("a list with no designation or date column loads with the file's defaults; a cell given wins")
    func fileDefaults() {
        let text = """
        序号,地市,企业名称,认定类型
        1,湛江市,湛江甲公司,
        2,湛江市,湛江乙公司,省级专精特新中小企业

        """
        let (table, log) = ListShapeTests.load(text, defaults: ListDefaults(designation: "little_giant", date: "2023-07-14"))
        #expect(log.isEmpty)
        #expect(table.events.map(\.designation) == [ListShapeTests.designation("little_giant"), ListShapeTests.designation("provincial")])
        #expect(table.events.allSatisfy { $0.day == Day(iso: "2023-07-14") && !$0.yearOnly })
        let (byYear, _) = ListShapeTests.load(text, defaults: ListDefaults(designation: "国家级专精特新“小巨人”企业", date: "2023"))
        #expect(byYear.events.map(\.day) == [Day.endOfYear(2023), Day.endOfYear(2023)] && byYear.events.allSatisfy(\.yearOnly))
        #expect(byYear.events.first?.designation == ListShapeTests.designation("little_giant"))
    }

    @Test("without defaults, the missing columns are named with the headers accepted and the option that fills them")
    func missingWithoutDefaults() {
        let (table, log) = ListShapeTests.load("序号,地市,企业名称\n1,湛江市,湛江甲公司\n")
        #expect(table.eventCount == 0)
        let messages = log.items.map { $0.formatted(.english) }
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { $0.hasPrefix("list.csv:1: error: missing required column: ") })
        #expect(messages[0].hasSuffix("; if the whole file shares one (a published list), give it with --designation"))
        #expect(messages[1].contains("year/年度; a header may name it date, 认定日期") && messages[1].hasSuffix("give it with --date"))
    }

    @Test("defaults that cannot be used are named with what is expected")
    func badDefaults() {
        let catalog = TestData.reference.designations
        #expect(ListDefaults(designation: "giant").problem(catalog)?.hasPrefix("--designation \"giant\" names no designation of designations.yaml; give a code such as innovative, municipal") == true)
        #expect(ListDefaults(date: "2023-02-30").problem(catalog) == "--date must be a date YYYY-MM-DD or a year YYYY from 1990 to 2100 (as a list's dates are), not \"2023-02-30\"")
        #expect(ListDefaults(date: "1989").problem(catalog) != nil && ListDefaults(date: "2101-01-01").problem(catalog) != nil)
        #expect(ListDefaults(designation: "小巨人", date: "2024/06/30").problem(catalog) == nil)
    }

    @Test("a row's column positions have room for every column")
    func positionsCapacity() {
        #expect(RecognitionColumn.allCases.count <= ColumnPositions.capacity)
    }
}

import Testing
@testable import ProgressModel

/// Designation cells as real lists write them: with a year, a batch, an issuing region, a status
/// or a level around the name, in full-width or half-width forms, with any quotation marks. Each
/// reads to its designation with its decorations kept, and the loader uses them for the date and
/// the action.
@Suite("Designation cells: decorations and normalisation")
struct DesignationReadingTests {
    let reader = DesignationReader(catalog: TestData.reference.designations, regions: TestData.reference.regions)

    func code(_ reading: DesignationReading) -> String? { reading.designation.map { TestData.reference.designations[$0].code } }

    struct Decorated: Sendable, CustomTestStringConvertible {
        let cell: String
        let code: String
        var year: Int? = nil
        var batch: Int? = nil
        var issuer: String? = nil
        var action: Action? = nil
        var testDescription: String { cell }
    }

    @Test("decorated cells read to their designation, with year, batch, issuer and status kept", arguments: [
        Decorated(cell: "专精特新“小巨人”企业(第五批)", code: "little_giant", batch: 5),
        Decorated(cell: "第五批国家级专精特新“小巨人”企业", code: "little_giant", batch: 5),
        Decorated(cell: "专精特新小巨人企业第五批", code: "little_giant", batch: 5),
        Decorated(cell: "第5批专精特新小巨人企业", code: "little_giant", batch: 5),
        Decorated(cell: "第十二批专精特新小巨人企业", code: "little_giant", batch: 12),
        Decorated(cell: "第二十批次专精特新小巨人企业", code: "little_giant", batch: 20),
        Decorated(cell: "第九十九批专精特新小巨人企业", code: "little_giant", batch: 99),
        Decorated(cell: "2023年度创新型中小企业", code: "innovative", year: 2023),
        Decorated(cell: "2023年创新型中小企业", code: "innovative", year: 2023),
        Decorated(cell: "2023年第三批创新型中小企业", code: "innovative", year: 2023, batch: 3),
        Decorated(cell: "创新型中小企业(2023年,第二批)", code: "innovative", year: 2023, batch: 2),
        Decorated(cell: "2024年江苏省专精特新中小企业", code: "provincial", year: 2024, issuer: "江苏省"),
        Decorated(cell: "江苏省2024年专精特新中小企业", code: "provincial", year: 2024, issuer: "江苏省"),
        Decorated(cell: "泰州市专精特新企业", code: "municipal", issuer: "泰州市"),
        Decorated(cell: "重庆市专精特新中小企业", code: "provincial", issuer: "重庆市"),
        Decorated(cell: "省级专精特新中小企业（复核）", code: "provincial", action: .renew),
        Decorated(cell: "省级专精特新中小企业(撤销)", code: "provincial", action: .revoke),
        Decorated(cell: "省级专精特新中小企业(取消)", code: "provincial", action: .revoke),
        Decorated(cell: "【复核】省级专精特新中小企业", code: "provincial", action: .renew),
        Decorated(cell: "省级专精特新中小企业复核", code: "provincial", action: .renew),
        Decorated(cell: "2022年专精特新“小巨人”企业撤销", code: "little_giant", year: 2022, action: .revoke),
        Decorated(cell: "专精特新中小企业(省级)", code: "provincial"),
        Decorated(cell: "专精特新中小企业〔市级〕", code: "municipal"),
        Decorated(cell: "专精特新中小企业(国家级)", code: "little_giant"),
        Decorated(cell: "专精特新中小企业(市级)(复核)", code: "municipal", action: .renew),
        Decorated(cell: "专精特新中小企业(市级、复核)", code: "municipal", action: .renew),
        Decorated(cell: "２０２３年度创新型中小企业", code: "innovative", year: 2023),
        Decorated(cell: "第５批专精特新“小巨人”企业", code: "little_giant", batch: 5),
    ])
    func decorated(_ expected: Decorated) {
        let reading = reader.read(expected.cell)
        #expect(code(reading) == expected.code)
        #expect(reading.year == expected.year)
        #expect(reading.batch == expected.batch)
        #expect(reading.issuer?.name == expected.issuer)
        #expect(reading.action == expected.action)
        #expect(reading.findings.isEmpty)
    }

    @Test("full-width and half-width forms, U+3000, spaces and every quotation style read alike", arguments: [
        ("ＬＩＴＴＬＥ　ＧＩＡＮＴ", "little_giant"),
        (" 省级 专精特新　中小企业 ", "provincial"),
        ("国家级专精特新「小巨人」企业", "little_giant"),
        ("国家级专精特新『小巨人』企业", "little_giant"),
        ("国家级专精特新‘小巨人’企业", "little_giant"),
        ("国家级专精特新'小巨人'企业", "little_giant"),
        ("国家级专精特新\"小巨人\"企业", "little_giant"),
        ("国家级专精特新＂小巨人＂企业", "little_giant"),
    ])
    func normalised(cell: String, expected: String) {
        let reading = reader.read(cell)
        #expect(code(reading) == expected)
        #expect(reading.findings.isEmpty)
    }

    @Test("the key folds widths and brackets, drops spaces, quotes, _ and -, and lowers Latin case")
    func key() {
        #expect(DesignationCatalog.key("（Ａ－ｂ_ｃ）【复核】〔省级〕") == "(abc)[复核][省级]")
        #expect(DesignationCatalog.key("「小巨人」 『企业』\u{3000}") == "小巨人企业")
        #expect(reader.read("省级专精特新中小企业（复核）") == reader.read("省级专精特新中小企业(复核)"))
        #expect(reader.read("专精特新中小企业【市级】") == reader.read("专精特新中小企业[市级]"))
    }

    @Test("every spelling in designations.yaml reads to its own designation without a finding")
    func everyAlias() {
        let catalog = TestData.reference.designations
        for designation in catalog.all {
            for spelling in [designation.code, designation.name, designation.nameEnglish] + designation.aliases {
                let reading = reader.read(spelling)
                #expect(reading.designation == designation.index, "\(spelling)")
                #expect(reading.findings.isEmpty, "\(spelling)")
            }
        }
    }

    @Test("区级 and 县级 are not tiers of a name whose tier depends on its level; other names keep theirs")
    func levelsWithoutTier() {
        let tiers: [DesignationLevel] = [.national, .provincial, .municipal]
        for (cell, level) in [("专精特新中小企业(区级)", DesignationLevel.district), ("专精特新中小企业(县级)", .county),
                              ("海陵区专精特新中小企业", .district), ("兴化市专精特新企业", .county)] {
            let reading = reader.read(cell)
            #expect(reading.designation == nil, "\(cell)")
            #expect(reading.findings == [DesignationFinding(severity: .error, problem: .designationLevelNotATier(level, tiers: tiers))], "\(cell)")
        }
        let innovative = reader.read("海陵区创新型中小企业")
        #expect(code(innovative) == "innovative" && innovative.findings.isEmpty && innovative.issuer?.level == .district)
        let message = reader.read("专精特新中小企业(区级)").findings[0].problem.message(.english)
        #expect(message == "designations.yaml has no district (区级) tier of this designation; expected national (国家级), provincial (省级) or municipal (市级)")
    }

    @Test("an issuer or a level word that disagrees with the designation's own level is a warning")
    func levelDisagreements() {
        let giant = "国家级专精特新“小巨人”企业"
        let byProvince = reader.read("江苏省国家级专精特新小巨人企业")
        #expect(code(byProvince) == "little_giant")
        #expect(byProvince.findings == [DesignationFinding(severity: .warning, problem: .designationLevelDisagrees(
            level: .provincial, issuer: "江苏省", designation: giant, designationLevel: .national))])
        let byCity = reader.read("泰州市省级专精特新中小企业")
        #expect(code(byCity) == "provincial")
        #expect(byCity.findings == [DesignationFinding(severity: .warning, problem: .designationLevelDisagrees(
            level: .municipal, issuer: "泰州市", designation: "省级专精特新中小企业", designationLevel: .provincial))])
        #expect(byCity.findings[0].problem.message(.english)
            == "the issuer 泰州市 is municipal, but 省级专精特新中小企业 is a provincial list; counted as 省级专精特新中小企业")
        #expect(byCity.findings[0].problem.message(.chinese) == "发布单位泰州市为市级,而省级专精特新中小企业是省级名单;按省级专精特新中小企业计")
        let said = reader.read("小巨人企业(省级)")
        #expect(code(said) == "little_giant")
        #expect(said.findings.map(\.problem) == [.designationLevelDisagrees(level: .provincial, issuer: nil, designation: giant, designationLevel: .national)])
        let bareByCity = reader.read("泰州市专精特新中小企业(省级)")
        #expect(code(bareByCity) == "provincial", "the written level decides the tier; the city issuer is then a warning")
        #expect(bareByCity.findings.map(\.severity) == [.warning])
    }

    @Test("a region name shared by several regions (鼓楼区: 南京, 徐州, 开封) is an issuer of each, with their common level")
    func ambiguousIssuer() {
        let reading = reader.read("鼓楼区创新型中小企业")
        #expect(code(reading) == "innovative")
        #expect(reading.issuer?.regions.count == 3 && reading.issuer?.region == nil && reading.issuer?.level == .district)
    }

    @Test("an unknown name gets the nearest known names and the alias line that would accept it")
    func suggestions() {
        let province = reader.read("专精特新企业(省)")
        #expect(province.designation == nil)
        #expect(province.findings == [DesignationFinding(severity: .error, problem: .unknownDesignationNear(
            alias: "专精特新企业(省)", nearest: ["省级专精特新中小企业"], code: "provincial"))])
        #expect(province.findings[0].problem.message(.english)
            == "unknown designation (did you mean 省级专精特新中小企业?); to accept it, add \"专精特新企业(省)\" to the aliases of provincial in designations.yaml")
        #expect(province.findings[0].problem.message(.chinese)
            == "未知的认定类型(是否为 省级专精特新中小企业?);如需接受此写法,请在 designations.yaml 中 provincial 的 aliases 里加入“专精特新企业(省)”")
        #expect(reader.read("创新形中小企业").findings.map(\.problem)
            == [.unknownDesignationNear(alias: "创新形中小企业", nearest: ["创新型中小企业"], code: "innovative")])
        // One character short of 市级 and 省级 (distance 1 each, catalog order), two of 国家级 (an alias).
        let three = reader.read("级专精特新中小企业").findings.map(\.problem)
        #expect(three == [.unknownDesignationNear(alias: "级专精特新中小企业",
                                                  nearest: ["市级专精特新中小企业", "省级专精特新中小企业", "国家级专精特新“小巨人”企业"],
                                                  code: "municipal")])
        #expect(three[0].message(.english).contains("did you mean 市级专精特新中小企业, 省级专精特新中小企业 or 国家级专精特新“小巨人”企业?"))
    }

    @Test("nothing is suggested when no name is close; a decorated cell's alias line leaves the decorations out")
    func noSuggestion() {
        #expect(reader.read("省级小微企业").findings.map(\.problem) == [.unknownDesignation])
        let decorated = reader.read("2023年小微企业").findings.map(\.problem)
        #expect(decorated == [.unknownDesignationNear(alias: "小微企业", nearest: [], code: nil)])
        #expect(decorated[0].message(.english) == "unknown designation; expected a code, name or alias from designations.yaml; "
            + "to accept it, add \"小微企业\" to the aliases of its designation in designations.yaml")
    }

    @Test("edit distance counts insertions, deletions and replacements, up to a limit")
    func editDistance() {
        #expect(EditDistance.between(Array("kitten"), Array("sitting"), atMost: 3) == 3)
        #expect(EditDistance.between(Array("kitten"), Array("sitting"), atMost: 2) == nil)
        #expect(EditDistance.between(Array(""), Array("ab"), atMost: 2) == 2)
        #expect(EditDistance.between(Array("创新形"), Array("创新型"), atMost: 1) == 1)
    }
}

/// The loader's use of the decorations: the date, the action, the issuer's region and the batch.
@Suite("Loading decorated designation cells")
struct DecoratedDesignationLoadingTests {
    let header = "统一社会信用代码,企业名称,省,市,区县,镇街,认定类型,认定日期,状态\n"

    /// A row of 泰州佳晶智能装备有限公司 in 江苏省泰州市海陵区 (or in `place`).
    func row(_ designation: String, date: String = "", action: String = "", place: String = "江苏省,泰州市,海陵区") -> String {
        "91321202K56811815C,泰州佳晶智能装备有限公司,\(place),,\(designation),\(date),\(action)\n"
    }

    func english(_ log: DiagnosticLog) -> [String] { log.items.map { $0.formatted(.english) } }

    @Test("the year in the cell is the date (31 December, year only) when the row has no date")
    func yearGivesDate() {
        let (table, log) = TestData.load(header + row("2023年度创新型中小企业"))
        #expect(log.isEmpty)
        #expect(table.eventCount == 1)
        #expect(table.events[0].day == Day(iso: "2023-12-31") && table.events[0].yearOnly)
        let (withYearColumn, yearLog) = TestData.load("企业名称,区县,认定类型,年度\n甲公司,海陵区,2022年创新型中小企业,\n")
        #expect(yearLog.isEmpty && withYearColumn.events.first?.day == Day(iso: "2022-12-31"))
    }

    @Test("a date, or a year cell, that disagrees with the cell's year is a warning naming both; the date is used")
    func dateDisagrees() {
        let (table, log) = TestData.load(header + row("2024年江苏省专精特新中小企业", date: "2023-05-01"))
        #expect(table.eventCount == 1 && table.events[0].day == Day(iso: "2023-05-01"))
        #expect(english(log) == ["list.csv:2: warning: column \"认定日期\": value \"2023-05-01\": "
            + "the date's year (2023) disagrees with the year in the designation (2024); the date is used"])
        let (_, yearLog) = TestData.load("企业名称,区县,认定类型,年度\n甲公司,海陵区,2022年创新型中小企业,2021\n")
        #expect(yearLog.items.map(\.problem) == [.dateDisagreesWithDesignationYear(date: 2021, designation: 2022)])
        #expect(yearLog.items.map(\.column) == ["年度"])
    }

    @Test("the status in the cell is the action when the row has none; the same action in both is fine")
    func statusGivesAction() {
        let (table, log) = TestData.load(header + row("省级专精特新中小企业（复核）", date: "2024-01-02")
            + row("省级专精特新中小企业(撤销)", date: "2024-06-30", action: "撤销"))
        #expect(log.isEmpty)
        #expect(table.events.map(\.action) == [.renew, .revoke])
    }

    @Test("an action cell that disagrees with the status in the cell rejects the row, naming both")
    func actionDisagrees() {
        let (table, log) = TestData.load(header + row("省级专精特新中小企业(撤销)", date: "2024-06-30", action: "认定")
            + row("省级专精特新中小企业", date: "2024-06-30", action: "认定"))
        #expect(table.eventCount == 1 && table.inputs[0].rejected == 1)
        #expect(english(log) == ["list.csv:2: error: column \"状态\": value \"认定\": "
            + "the action (grant) disagrees with the status in the designation (revoke); make them agree or leave the action empty"])
    }

    @Test("an issuer that does not contain the row's region, or whose level is not the designation's, is a warning")
    func issuerChecks() {
        let (table, log) = TestData.load(header
            + row("江苏省专精特新中小企业", date: "2024-01-02", place: "广东省,湛江市,遂溪县")
            + row("江苏省国家级专精特新小巨人企业", date: "2024-01-02")
            + row("泰州市专精特新企业", date: "2024-01-02"))
        #expect(table.eventCount == 3)
        #expect(english(log) == [
            "list.csv:2: warning: column \"认定类型\": value \"江苏省专精特新中小企业\": "
                + "the issuer 江苏省 does not contain the firm's region 广东省湛江市遂溪县; check the issuer or the region",
            "list.csv:3: warning: column \"认定类型\": value \"江苏省国家级专精特新小巨人企业\": "
                + "the issuer 江苏省 is provincial, but 国家级专精特新“小巨人”企业 is a national list; counted as 国家级专精特新“小巨人”企业",
        ])
    }

    @Test("unknown and tierless cells are errors, their rows left out, the others load")
    func rejectedCells() {
        let (table, log) = TestData.load(header
            + row("专精特新企业(省)", date: "2024-01-02")
            + row("专精特新中小企业(区级)", date: "2024-01-02")
            + row("专精特新中小企业(市级)", date: "2024-01-02"))
        #expect(table.eventCount == 1)
        #expect(TestData.reference.designations[Int(table.events[0].designation)].code == "municipal")
        #expect(log.errorCount == 2 && log.warningCount == 0)
        #expect(log.items.map(\.line) == [2, 3] && log.items.allSatisfy { $0.column == "认定类型" })
    }

    @Test("the batch is kept on the event, and Event stays 21 bytes (24 with padding)")
    func batchOnEvent() {
        let (table, log) = TestData.load(header + row("专精特新“小巨人”企业(第五批)", date: "2023-07-01")
            + row("专精特新“小巨人”企业", date: "2023-07-01", action: "复核"))
        #expect(log.isEmpty)
        #expect(table.events.map(\.batch) == [5, nil])
        #expect(table.events.map(\.action) == [.grant, .renew] && table.events.map(\.yearOnly) == [false, false])
        #expect(MemoryLayout<Event>.size == 21 && MemoryLayout<Event>.stride == 24)
    }
}

import Foundation
import Testing
@testable import ProgressModel
import SampleData

/// Reading recognition lists: the encodings and layouts officials' files come in, and every kind
/// of malformed input, each reported with file, line, column and value while good rows load.
@Suite("Loading recognition lists")
struct LoaderTests {
    let header = "统一社会信用代码,企业名称,省,市,区县,镇街,认定类型,认定日期,状态\n"
    let good = "91440823MA4W12345H,湛江恒创精密机械有限公司,广东省,湛江市,遂溪县,,省级专精特新中小企业,2023-05-01,认定\n"

    func region(_ table: RecognitionTable, _ event: Int) -> String {
        TestData.reference.regions[Int(table.events[event].region)].code
    }

    @Test("the same two rows in GB18030, UTF-8 with BOM and CRLF, tab-separated, and UTF-16",
          arguments: [("gb18030.csv", "GB18030"), ("bom-crlf.csv", "UTF-8"), ("tab.tsv", "UTF-8"), ("utf16.txt", "UTF-16LE")])
    func encodingsAndLayouts(file: String, encoding: String) throws {
        let (table, log) = TestData.load(try TestData.fixture(file), path: file)
        #expect(log.isEmpty, "\(log.items.map { $0.formatted(.english) })")
        #expect(table.inputs[0].encoding == encoding)
        #expect(table.eventCount == 2)
        #expect(table.firmName(0) == "湛江恒创精密机械有限公司")
        #expect(table.firmCode(0)?.description == "91440823MA4W12345H")
        #expect(table.events[0].day == Day(iso: "2023-05-01"))
        #expect(table.events[1].day == Day(iso: "2024-07-01"))
        #expect(region(table, 0) == "440823")
        #expect(region(table, 1) == "440803")
        #expect(TestData.reference.designations[Int(table.events[1].designation)].code == "little_giant")
    }

    @Test("RFC 4180 quoting: doubled quotes, commas and line breaks inside quotes")
    func quoting() throws {
        let (table, log) = TestData.load(try TestData.fixture("quoted.csv"))
        #expect(log.isEmpty)
        #expect(table.eventCount == 3)
        #expect(table.firmName(0) == "湛江\"恒创\"精密机械,有限公司")
        #expect(table.firmName(1) == "湛江宏达 电子科技有限公司", "the line break inside the name is made a space")
        #expect(table.events.map(\.line) == [2, 3, 5], "the third row starts on line 5")
        #expect(region(table, 2) == "321202001")
        #expect(table.events[2].day == Day(iso: "2024-03-05"))
    }

    @Test("an unterminated quote stops the file there; the rows before it load")
    func unterminatedQuote() {
        let (table, log) = TestData.load(header + good + "91440800729238126X,\"湛江坏引号公司,广东省,湛江市,遂溪县,,省级专精特新中小企业,2023-05-01,认定\n")
        #expect(table.eventCount == 1)
        #expect(log.items.map(\.problem) == [.unterminatedQuote])
        #expect(log.items[0].line == 3 && log.items[0].severity == .error)
        #expect(table.inputs[0].rows == 2 && table.inputs[0].rejected == 1)
    }

    @Test("a row with the wrong number of fields is rejected")
    func fieldCount() {
        let (table, log) = TestData.load(header + "91440823MA4W12345H,湛江短行公司,广东省,湛江市,遂溪县,省级专精特新中小企业,2023-05-01,认定\n" + good)
        #expect(table.eventCount == 1)
        #expect(log.items.map(\.problem) == [.fieldCount(expected: 9, found: 8)])
        #expect(log.items[0].line == 2)
    }

    @Test("trailing empty fields (Excel's trailing commas) are accepted")
    func trailingEmptyFields() {
        let (table, log) = TestData.load(header + good.dropLast() + ",,\n")
        #expect(table.eventCount == 1 && log.isEmpty)
    }

    @Test("a missing required column rejects the file with a message naming it and the headers accepted for it")
    func missingColumn() {
        let (table, log) = TestData.load("统一社会信用代码,企业名称,省,市,区县,认定日期\n" + "91440823MA4W12345H,甲,广东省,湛江市,遂溪县,2023-05-01\n")
        #expect(table.eventCount == 0)
        #expect(log.items.count == 1)
        guard case .missingColumn(let names, let accepted, _) = log.items[0].problem else { Issue.record("expected a missing column"); return }
        #expect(names == ["designation/认定类型"])
        #expect(accepted.contains("认定类型") && accepted.contains("称号") && accepted.contains("designation"))
        #expect(log.items[0].formatted(.english).hasPrefix("list.csv:1: error: missing required column: designation/认定类型; a header may name it designation, type, list, 认定类型, 类型"))
    }

    @Test("an unknown designation is an error naming the column and value")
    func unknownDesignation() {
        let (table, log) = TestData.load(header + good.replacingOccurrences(of: "省级专精特新中小企业", with: "省级小微企业") + good)
        #expect(table.eventCount == 1)
        #expect(log.items.count == 1)
        let problem = log.items[0]
        #expect(problem.problem == .unknownDesignation && problem.line == 2 && problem.column == "认定类型" && problem.value == "省级小微企业")
    }

    @Test("aliases and spelling variants of designations are recognised")
    func designationAliases() {
        let rows = ["专精特新“小巨人”企业", "专精特新小巨人", "little_giant", "Little Giant", "国家级专精特新\"\"小巨人\"\"企业"]
            .map { good.replacingOccurrences(of: "省级专精特新中小企业", with: $0.contains("\"") ? "\"\($0)\"" : $0) }
        let (table, log) = TestData.load(header + rows.joined())
        #expect(log.items.filter { $0.severity == .error }.isEmpty)
        #expect(table.events.allSatisfy { TestData.reference.designations[Int($0.designation)].code == "little_giant" })
    }

    @Test("an unknown district in a covered city is an error; an unknown town counts at its district")
    func unknownRegions() {
        let (table, log) = TestData.load(header
            + good.replacingOccurrences(of: "遂溪县", with: "不存在县")
            + good.replacingOccurrences(of: "遂溪县,", with: "遂溪县,不存在镇"))
        #expect(table.eventCount == 1)
        #expect(log.items.map(\.problem) == [.regionNotUnder(name: "不存在县", parent: "湛江市", nearest: []), .townNotFound(countedAt: "遂溪县")])
        #expect(log.items.map(\.severity) == [.error, .warning])
        #expect(region(table, 0) == "440823")
    }

    @Test("regions by code, by short name, and Chongqing's placeholders and districts merged on a day, kept as written")
    func regionSpellings() {
        let (table, log) = TestData.load(header
            + good.replacingOccurrences(of: "广东省,湛江市,遂溪县", with: ",,440823")
            + good.replacingOccurrences(of: "广东省,湛江市,遂溪县", with: "广东,湛江,遂溪")
            + good.replacingOccurrences(of: "广东省,湛江市,遂溪县", with: "重庆市,市辖区,渝中区")
            + good.replacingOccurrences(of: "广东省,湛江市,遂溪县,", with: "重庆市,重庆市,渝北区,大湾镇")
            + good.replacingOccurrences(of: "广东省,湛江市,遂溪县", with: "重庆市,重庆市,江北区"))
        #expect(table.eventCount == 5)
        // 大湾镇 left 渝北区 for 北碚区 on the day 渝北区 merged into 两江新区; 江北区 stays 江北区 (the
        // count moves it to 两江新区 from 2025-11-06).
        #expect((0..<5).map { region(table, $0) } == ["440823", "440823", "500103", "500112135", "500105"])
        #expect(log.items.isEmpty)
    }

    @Test("unreadable and implausible dates are errors; the date forms lists use are read",
          arguments: [("2023-13-01", false), ("2023-02-29", false), ("1985-01-01", false), ("明年", false),
                      ("2024-02-29", true), ("2024/2/9", true), ("2024年2月9日", true), ("20240209", true), ("2024-02-09 00:00:00", true)])
    func dates(text: String, valid: Bool) {
        let (table, log) = TestData.load(header + good.replacingOccurrences(of: "2023-05-01", with: text))
        #expect(table.eventCount == (valid ? 1 : 0))
        if !valid {
            #expect(log.items.count == 1 && log.items[0].column == "认定日期" && log.items[0].value == text)
            #expect([Problem.badDate, .implausibleDate].contains(log.items[0].problem))
        }
    }

    @Test("a malformed credit code is an error; a wrong check character is a warning and the row loads (one name, now two codes)")
    func creditCodes() {
        let (table, log) = TestData.load(header
            + good.replacingOccurrences(of: "91440823MA4W12345H", with: "9144082312345")
            + good.replacingOccurrences(of: "91440823MA4W12345H", with: "91440823MA4W12345J")
            + good.replacingOccurrences(of: "91440823MA4W12345H", with: "91440823ma4w12345h"))
        #expect(table.eventCount == 2)
        #expect(log.items.map(\.problem) == [.malformedCreditCode, .creditCodeCheckCharacter(expected: "H"),
                                              .nameWithOtherCode(code: "91440823MA4W12345H", otherCode: "91440823MA4W12345J", at: "list.csv:3")])
        #expect(log.items.map(\.severity) == [.error, .warning, .warning])
        #expect(log.items.map(\.line) == [2, 3, 4])
        #expect(table.firmCount == 2, "lower case is the same code")
    }

    @Test("a row with neither code nor name is rejected; rows without a code join the firm of that name")
    func firmIdentity() {
        let (table, log) = TestData.load(header
            + good.replacingOccurrences(of: "91440823MA4W12345H,湛江恒创精密机械有限公司", with: ",")
            + good.replacingOccurrences(of: "91440823MA4W12345H", with: "").replacingOccurrences(of: "2023-05-01", with: "2024-05-01")
            + good)
        #expect(log.items.map(\.problem) == [.missingValue])
        #expect(table.eventCount == 2)
        #expect(table.firmCount == 1, "the name-only row is the coded firm's")
    }

    @Test("an empty file is an error; a header alone is a warning")
    func emptyAndHeaderOnly() {
        let (_, empty) = TestData.load("")
        #expect(empty.items.map(\.problem) == [.emptyFile] && empty.errorCount == 1)
        let (table, headerOnly) = TestData.load(header)
        #expect(table.eventCount == 0)
        #expect(headerOnly.items.map(\.problem) == [.headerOnly] && headerOnly.errorCount == 0)
    }

    @Test("an unknown action is an error; empty means a grant")
    func actions() {
        let (table, log) = TestData.load(header + good.replacingOccurrences(of: ",认定", with: ",") + good.replacingOccurrences(of: ",认定", with: ",作废"))
        #expect(table.eventCount == 1 && table.events[0].action == .grant)
        #expect(log.items.map(\.problem) == [.unknownAction])
    }

    @Test("control and bidi characters in names never get through")
    func sanitised() {
        let (table, _) = TestData.load(header + good.replacingOccurrences(of: "湛江恒创", with: "湛江\u{1B}[31m恒\u{202E}创\t"))
        #expect(table.firmName(0) == "湛江\u{FFFD}[31m恒\u{FFFD}创 精密机械有限公司")
    }

    @Test("invalid UTF-8 bytes in a new firm's name are replaced and reported with their line and column")
    func invalidBytes() {
        var bytes = Array((header + good + good.replacingOccurrences(of: "91440823MA4W12345H", with: "914408007292381264")).utf8)
        let second = bytes.indices.filter { bytes[$0] == 0x0A }[1] + 20
        bytes[second] = 0xFF
        let (table, log) = TestData.load(bytes)
        #expect(table.eventCount == 2)
        #expect(log.items.map(\.line) == [3])
        #expect(log.items.map(\.column) == ["企业名称"])
        #expect(table.firmName(1).contains("\u{FFFD}"))
    }

    @Test("reading in parts gives the same events, firms and problems as reading in one go")
    func partsAgree() {
        let generator = SampleGenerator(regions: TestData.reference.regions, designations: TestData.reference.designations,
                                        book: TestData.reference.book, horizon: Day(iso: "2026-10-31")!)
        var text = generator.recognitionsCSV(rows: 12_000, seed: 7)
        text += "91440823MA4W12345H,\"带\"\"引号\"\"的,企业\",广东省,湛江市,遂溪县,,省级专精特新中小企业,2023-05-01,,认定,合成样例\n"
        text += "bad,坏行,广东省,湛江市,不存在县,,省级专精特新中小企业,2023-05-01,,认定,合成样例\n"
        let (one, oneLog) = TestData.load(Array(text.utf8), parts: 1)
        for parts in [2, 3, 5] {
            let (many, manyLog) = TestData.load(Array(text.utf8), parts: parts)
            #expect(many.events == one.events)
            #expect(many.firmCount == one.firmCount)
            #expect((0..<many.firmCount).allSatisfy { many.firm($0) == one.firm($0) })
            #expect(manyLog.items == oneLog.items)
            #expect(many.inputs == one.inputs)
        }
        #expect(oneLog.errorCount == 2)
    }
}

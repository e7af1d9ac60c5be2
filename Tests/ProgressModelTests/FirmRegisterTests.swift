import Testing
@testable import ProgressModel

/// A bureau's firm register gives codes to firms that lists name without one (by their name or a
/// former name), joins them to the same firm in other lists, and places them in their town.
@Suite("The firm register")
struct FirmRegisterTests {
    static let codeA = "91440800MA4UXXXX0E"
    static let codeB = "91321202MA1MXXXX0P"
    static let register = """
    统一社会信用代码,企业名称,曾用名,区县,镇街
    \(codeA),泰州乙机械有限公司,泰州老名字机械有限公司;泰州更早名字有限公司,海陵区,城西街道
    \(codeB),泰州甲科技有限公司,,海陵区,城东街道

    """

    static func load(lists: [String], register text: String = register) -> (RecognitionTable, DiagnosticLog) {
        var log = DiagnosticLog()
        var register = FirmRegister()
        register.load(Array(text.utf8), path: "register.csv", regions: TestData.reference.regions, log: &log)
        var table = RecognitionTable()
        let loader = RecognitionLoader(regions: TestData.reference.regions, designations: TestData.reference.designations)
        for (index, list) in lists.enumerated() {
            loader.load(Array(list.utf8), path: "list\(index + 1).csv", into: &table, log: &log)
        }
        table.finishLoading(log: &log, register: register)
        return (table, log)
    }

    static func region(_ code: String) -> Int32 { Int32(TestData.reference.regions.index(ofCode: code) ?? -1) }

    @Test("a published list's firms get the register's codes, by name or former name, and their towns")
    func codesAndTowns() {
        let (table, log) = FirmRegisterTests.load(lists: [
            "区县,企业名称,认定类型,认定日期\n海陵区,泰州甲科技有限公司,省级专精特新中小企业,2024-06-30\n"
                + "海陵区,泰州老名字机械有限公司,省级专精特新中小企业,2024-06-30\n海陵区,泰州丙公司,省级专精特新中小企业,2024-06-30\n",
        ])
        #expect(log.isEmpty)
        #expect((0..<table.firmCount).map { table.firmCode($0)?.description } == [FirmRegisterTests.codeB, FirmRegisterTests.codeA, nil])
        // 城东街道 321202001 and 城西街道 321202002 under 海陵区 321202; the unregistered firm stays at the district.
        #expect(table.events.map(\.region) == ["321202001", "321202002", "321202"].map(FirmRegisterTests.region))
    }

    @Test("a firm named in one list and given with its code in another is one firm; a former name is not a second name")
    func joinedAndRenamed() {
        let (table, log) = FirmRegisterTests.load(lists: [
            "统一社会信用代码,企业名称,区县,认定类型,认定日期\n\(FirmRegisterTests.codeA),泰州乙机械有限公司,海陵区,市级专精特新中小企业,2022-06-30\n"
                + "\(FirmRegisterTests.codeA),泰州更早名字有限公司,海陵区,市级专精特新中小企业,2023-06-30\n",
            "区县,企业名称,认定类型,认定日期\n海陵区,泰州老名字机械有限公司,省级专精特新中小企业,2024-06-30\n",
        ])
        #expect(log.isEmpty)
        #expect(table.firmCount == 1 && table.eventCount == 3 && table.events.allSatisfy { $0.firm == 0 })
    }

    @Test("a row in another district keeps its own region")
    func otherDistrict() {
        let (table, _) = FirmRegisterTests.load(lists: ["区县,企业名称,认定类型,认定日期\n高港区,泰州甲科技有限公司,省级专精特新中小企业,2024-06-30\n"])
        #expect(table.events.map(\.region) == [FirmRegisterTests.region("321203")])
    }

    @Test("a code given in a second register is reported naming the first register's file and line")
    func twoRegisters() {
        var log = DiagnosticLog()
        var register = FirmRegister()
        let regions = TestData.reference.regions
        register.load(Array("统一社会信用代码,企业名称\n\(FirmRegisterTests.codeA),甲公司\n".utf8), path: "a.csv", regions: regions, log: &log)
        register.load(Array("统一社会信用代码,企业名称\n\(FirmRegisterTests.codeA),乙公司\n".utf8), path: "b.csv", regions: regions, log: &log)
        #expect(log.items.map { $0.formatted(.english) } == [
            "b.csv:2: error: column \"统一社会信用代码\": value \"\(FirmRegisterTests.codeA)\": already in the firm register at a.csv:2; a code or name is registered once, so this row is not used",
        ])
    }

    @Test("a register row with a bad code, without a name, or given twice is an error on its line, and not used")
    func registerErrors() {
        let (_, log) = FirmRegisterTests.load(lists: [], register: """
        统一社会信用代码,企业名称
        \(FirmRegisterTests.codeA),甲公司
        \(FirmRegisterTests.codeA),乙公司
        9144,丙公司
        \(FirmRegisterTests.codeB),
        \(FirmRegisterTests.codeB),甲公司

        """)
        #expect(log.items.map { "\($0.line) \($0.problem.kind)" } == ["3 registeredTwice", "4 malformedCreditCode", "5 missingValue", "6 registeredTwice"])
        #expect(log.items[0].formatted(.english) == "register.csv:3: error: column \"统一社会信用代码\": value \"\(FirmRegisterTests.codeA)\": already in the firm register at register.csv:2; a code or name is registered once, so this row is not used")
    }
}

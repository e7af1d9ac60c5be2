import Testing
@testable import ProgressModel

/// Firms named without a code, and names and codes that do not match one to one: the same firm
/// in two lists, one with its code and one without; a code given with two names; a name with
/// two codes; 有限公司 against 有限责任公司.
@Suite("Firms by name and by code")
struct FirmNameTests {
    static let header = "统一社会信用代码,企业名称,区县,认定类型,认定日期\n"
    // Valid codes (GB 32100-2015 check characters worked out by `CreditCode`'s rule).
    static let codeA = "91440800MA4UXXXX0E"
    static let codeB = "91440800MA4UYYYY04"

    /// Loads each text as a file of its own (list1.csv, list2.csv …) into one table, in `parts`.
    static func load(_ texts: [String], parts: Int = 1) -> (RecognitionTable, DiagnosticLog) {
        var table = RecognitionTable()
        var log = DiagnosticLog()
        let loader = RecognitionLoader(regions: TestData.reference.regions, designations: TestData.reference.designations)
        for (index, text) in texts.enumerated() {
            loader.load(Array(text.utf8), path: "list\(index + 1).csv", into: &table, log: &log, parts: parts, splitAbove: 0)
        }
        table.finishLoading(log: &log)
        return (table, log)
    }

    static func english(_ log: DiagnosticLog) -> [String] { log.items.map { $0.formatted(.english) } }

    @Test("the codes used here are valid")
    func codes() {
        for code in [FirmNameTests.codeA, FirmNameTests.codeB] {
            guard case .valid = code.utf8.withContiguousStorageIfAvailable(CreditCode.read) else { Issue.record("\(code) is not valid"); continue }
        }
    }

    @Test("a firm named without a code in one list is the coded firm of another list, whatever the width of its brackets and spaces")
    func joinedAcrossLists() {
        let (table, log) = FirmNameTests.load([
            FirmNameTests.header + "\(FirmNameTests.codeA),湛江恒达（精密）机械有限公司,遂溪县,省级专精特新中小企业,2023-05-01\n",
            FirmNameTests.header + ",湛江恒达(精密) 机械有限公司,遂溪县,专精特新“小巨人”企业,2024-07-01\n",
        ])
        #expect(FirmNameTests.english(log) == [])
        #expect(table.firmCount == 1 && table.eventCount == 2)
        #expect(table.events.allSatisfy { $0.firm == 0 } && table.firmCode(0)?.description == FirmNameTests.codeA)
    }

    @Test("a code given with a second name is one firm, and the row is reported naming the first")
    func codeWithTwoNames() {
        let text = FirmNameTests.header
            + "\(FirmNameTests.codeA),湛江恒达机械有限公司,遂溪县,省级专精特新中小企业,2023-05-01\n"
            + "\(FirmNameTests.codeA),湛江恒达机械有限公司,遂溪县,省级专精特新中小企业,2024-05-01\n"
            + "\(FirmNameTests.codeA),湛江恒远机械有限公司,遂溪县,省级专精特新中小企业,2025-05-01\n"
            + "\(FirmNameTests.codeA),湛江恒飞机械有限公司,遂溪县,省级专精特新中小企业,2025-06-01\n"
        for parts in [1, 2, 3] {
            let (table, log) = FirmNameTests.load([text], parts: parts)
            #expect(table.firmCount == 1 && table.eventCount == 4, "\(parts) parts")
            #expect(FirmNameTests.english(log) == [
                "list1.csv:4: warning: value \"湛江恒远机械有限公司\": credit code \(FirmNameTests.codeA) is named \"湛江恒达机械有限公司\" at list1.csv:2; counted as one firm, under that name",
            ], "\(parts) parts")
        }
    }

    @Test("a name given with two codes is two firms, and the second is reported naming the first")
    func nameWithTwoCodes() {
        let (table, log) = FirmNameTests.load([
            FirmNameTests.header + "\(FirmNameTests.codeA),湛江恒达机械有限公司,遂溪县,省级专精特新中小企业,2023-05-01\n",
            FirmNameTests.header + "\(FirmNameTests.codeB),湛江恒达机械有限公司,遂溪县,省级专精特新中小企业,2024-05-01\n",
        ])
        #expect(table.firmCount == 2)
        #expect(FirmNameTests.english(log) == [
            "list2.csv:2: warning: value \"湛江恒达机械有限公司\": the same name has two credit codes: \(FirmNameTests.codeB) here, \(FirmNameTests.codeA) at list1.csv:2; counted as two firms: if they are one, correct the code",
        ])
    }

    @Test("有限公司 and 有限责任公司 are different names: not joined, and said so")
    func companySuffix() {
        let (table, log) = FirmNameTests.load([
            FirmNameTests.header + "\(FirmNameTests.codeA),湛江恒达机械有限公司,遂溪县,省级专精特新中小企业,2023-05-01\n"
                + ",湛江恒达机械有限责任公司,遂溪县,省级专精特新中小企业,2024-05-01\n",
        ])
        #expect(table.firmCount == 2)
        #expect(FirmNameTests.english(log) == [
            "list1.csv:3: warning: value \"湛江恒达机械有限责任公司\": no credit code, and the name differs from \"湛江恒达机械有限公司\" (\(FirmNameTests.codeA), list1.csv:2) only in 有限公司/有限责任公司; not joined: if they are one firm, give its code",
        ])
    }

    @Test("name keys: spaces and widths fold, words do not", arguments: [
        ("湛江恒达（精密）有限公司", "湛江恒达(精密)有限公司"), ("ＡＢＣ 科技\u{3000}有限公司", "abc科技有限公司"), ("湛江恒达有限公司", "湛江恒达有限公司"),
    ])
    func keys(name: String, key: String) {
        #expect(FirmNameKey.key(name) == key)
    }
}

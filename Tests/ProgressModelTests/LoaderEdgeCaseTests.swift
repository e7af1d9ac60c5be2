import Foundation
import Testing
@testable import ProgressModel
import SampleData

/// Inputs the loaders once took without a word or with a misleading one: duplicate columns,
/// old Mac line ends, a GBK line in a UTF-8 file, UTF-16 without a byte order mark, NUL bytes,
/// workbooks instead of CSV, blank and repeated header rows. Each now gets one clear message
/// with its line, and the good rows still load.
@Suite("Loading: inputs that used to go wrong silently")
struct LoaderEdgeCaseTests {
    let header = "统一社会信用代码,企业名称,省,市,区县,镇街,认定类型,认定日期,状态\n"
    let good = "91440823MA4W12345H,湛江恒创精密机械有限公司,广东省,湛江市,遂溪县,,省级专精特新中小企业,2023-05-01,认定\n"
    let other = "914408007292381264,湛江宏达电子科技有限公司,广东省,湛江市,霞山区,,省级专精特新中小企业,2024-07-01,认定\n"

    func english(_ log: DiagnosticLog) -> [String] { log.items.map { $0.formatted(.english) } }

    func gb18030(_ text: String) -> [UInt8] { TextEncoding.encode(text, to: "GB18030")! }

    @Test("a column named twice is an error naming both cells and their positions; nothing loads",
          arguments: [("企业名称,企业名称", "columns 2 (B) \"企业名称\" and 3 (C) \"企业名称\" both give firm/企业名称"),
                      ("认定日期,认定日期", "columns 2 (B) \"认定日期\" and 3 (C) \"认定日期\" both give date/认定日期"),
                      ("firm,企业名称", "columns 2 (B) \"firm\" and 3 (C) \"企业名称\" both give firm/企业名称")])
    func duplicateColumns(pair: String, message: String) {
        let text = "认定类型,\(pair),区县,年度\n省级专精特新中小企业,甲公司,乙公司,遂溪县,2023\n"
        let (table, log) = TestData.load(text)
        #expect(table.eventCount == 0)
        #expect(english(log) == ["list.csv:1: error: \(message); keep one of them"])
    }

    @Test("a damaged name is reported on every row, also of a firm known by its code, so that reading in parts says the same")
    func damagedNameOfKnownFirm() {
        var bytes = Array((header + good).utf8)
        let parts = good.split(separator: "湛江恒创", maxSplits: 1).map { Array($0.utf8) }
        bytes += parts[0] + [0xFF] + parts[1]
        var table = RecognitionTable(), parted = RecognitionTable()
        var log = DiagnosticLog(), partedLog = DiagnosticLog()
        let loader = RecognitionLoader(regions: TestData.reference.regions, designations: TestData.reference.designations)
        loader.load(bytes, path: "list.csv", into: &table, log: &log, parts: 1)
        loader.load(bytes, path: "list.csv", into: &parted, log: &partedLog, parts: 2, splitAbove: 0)
        #expect(log.items.map(\.line) == [3] && log.items.first?.problem == .invalidEncoding("UTF-8"))
        #expect(partedLog.items == log.items)
        #expect(table.eventCount == 2 && parted.eventCount == 2)
    }

    @Test("a header after blank lines is reported on its own line")
    func headerAfterBlankLines() {
        let (_, log) = TestData.load("\n\r\n认定类型,企业名称,firm,区县,年度\n")
        #expect(log.items.map(\.line) == [3])
        #expect(log.items.map(\.problem.kind) == ["duplicateColumn"])
    }

    @Test("a header that names no known column says so once, showing what it found")
    func noKnownColumn() {
        let (table, log) = TestData.load("统一社会信用代码;企业名称;区县;认定类型;认定日期\n91440823MA4W12345H;甲;遂溪县;省级专精特新中小企业;2023-05-01\n")
        #expect(table.eventCount == 0)
        let expected = ["designation/认定类型", "date/认定日期", "credit_code/统一社会信用代码", "province/省"]
        #expect(log.items.map(\.problem) == [.noKnownColumn(expected: expected)])
        #expect(log.items[0].line == 1 && log.items[0].value == "统一社会信用代码;企业名称;区县;认定类型;认定日期")
        #expect(log.items[0].formatted(.english).contains("separated by commas or tabs"))
    }

    @Test("CR-only line ends: rows split and problems reported on their own lines")
    func carriageReturnLineEnds() {
        let text = (header + good + other + good.replacingOccurrences(of: "2023-05-01", with: "2023-13-01")).replacingOccurrences(of: "\n", with: "\r")
        let (table, log) = TestData.load(text)
        #expect(table.eventCount == 2)
        #expect(table.events.map(\.line) == [2, 3])
        #expect(log.items.map(\.line) == [4])
        #expect(log.items.map(\.problem) == [.badDate])
    }

    @Test("LF, CRLF and CR in one file, and line breaks of each kind inside quotes, count lines alike")
    func mixedLineEnds() {
        let quoted = "914408007292381264,\"湛江宏达\r电子\r\n科技\n有限公司\",广东省,湛江市,霞山区,,省级专精特新中小企业,2024-07-01,认定"
        let text = header.dropLast() + "\r\n" + good.dropLast() + "\r" + quoted + "\n"
            + good.replacingOccurrences(of: "遂溪县", with: "不存在县")
        let (table, log) = TestData.load(text)
        #expect(table.events.map(\.line) == [2, 3])
        #expect(table.firmName(1) == "湛江宏达 电子  科技 有限公司", "each line break in the name is made a space")
        #expect(log.items.map(\.line) == [7], "the quoted name spans lines 3 to 6")
    }

    @Test("reading in parts agrees when some lines end in CR alone")
    func partsWithCarriageReturns() {
        let generator = SampleGenerator(regions: TestData.reference.regions, designations: TestData.reference.designations,
                                        book: TestData.reference.book, horizon: Day(iso: "2026-10-31")!)
        var lines = generator.recognitionsCSV(rows: 12_000, seed: 11).split(separator: "\n", omittingEmptySubsequences: false)
        lines[9_000] = lines[9_000].replacingOccurrences(of: "合成样例", with: "合成样例,多余")[...]
        var text = ""
        for (index, line) in lines.enumerated() { text += line + (index % 7 == 3 ? "\r" : "\n") }
        let (one, oneLog) = TestData.load(Array(text.utf8), parts: 1)
        let (many, manyLog) = TestData.load(Array(text.utf8), parts: 3)
        #expect(many.events == one.events)
        #expect(manyLog.items == oneLog.items)
        #expect(oneLog.items.filter { $0.severity == .error }.map(\.line) == [9_001])
        #expect(one.events.last.map { Int($0.line) } == lines.count - 1)
    }

    @Test("a UTF-8 file with one GBK line: the other rows load, the GBK line is an error shown as GB18030")
    func gbkLineInUTF8() {
        let bytes = Array((header + good).utf8) + gb18030(other) + Array(good.replacingOccurrences(of: "2023-05-01", with: "2024-05-01").utf8)
        let (table, log) = TestData.load(bytes)
        #expect(table.inputs[0].encoding == "UTF-8")
        #expect(table.eventCount == 2)
        #expect(table.inputs[0].rejected == 1)
        #expect(log.items.count == 1)
        #expect(log.items[0].line == 3 && log.items[0].severity == .error)
        #expect(log.items[0].problem == .mixedEncoding(line: "GB18030", file: "UTF-8"))
        #expect(log.items[0].value?.hasPrefix("914408007292381264,湛江宏达电子科技有限公司") == true)
    }

    @Test("the same far down a big UTF-8 file, past the part that decides the encoding")
    func gbkLineLateInUTF8() {
        let rows = String(repeating: good, count: 1_000)
        let bytes = Array((header + rows).utf8) + gb18030(other) + Array(good.utf8)
        let (table, log) = TestData.load(bytes)
        #expect(table.eventCount == 1_001)
        #expect(english(log).first?.hasPrefix("list.csv:1002: error: value \"914408007292381264,湛江宏达") == true, "\(english(log))")
        #expect(log.items.map(\.problem) == [.mixedEncoding(line: "GB18030", file: "UTF-8")])
    }

    @Test("a GBK file with one UTF-8 line: the file reads as GB18030, the UTF-8 line is an error")
    func utf8LineInGBK() {
        let bytes = gb18030(header + good + good) + Array(other.utf8) + gb18030(good)
        let (table, log) = TestData.load(bytes)
        #expect(table.inputs[0].encoding == "GB18030")
        #expect(table.eventCount == 3)
        #expect(english(log) == ["list.csv:4: error: this line is UTF-8 while the rest of the file is GB18030; save the whole file in one encoding"])
    }

    @Test("a damaged byte in a name is a warning and the row loads; in a date it is an error")
    func damagedBytes() {
        let text = header + good + other.replacingOccurrences(of: "宏达", with: "宏~达")
            + good.replacingOccurrences(of: "2023-05-01", with: "2023~05-01")
        let (table, log) = TestData.load(Array(text.utf8).map { $0 == UInt8(ascii: "~") ? 0xFF : $0 })
        #expect(table.eventCount == 2)
        #expect(log.items.map(\.line) == [3, 4])
        #expect(log.items.map(\.severity) == [.warning, .error])
        #expect(log.items[0].column == "企业名称" && log.items[0].problem == .invalidEncoding("UTF-8"))
        #expect(log.items[1].column == "认定日期" && log.items[1].problem == .badDate)
    }

    @Test("UTF-16 without a byte order mark is recognised by its NUL bytes and read", arguments: [true, false])
    func utf16WithoutBOM(littleEndian: Bool) throws {
        var bytes = Array(try TestData.fixture("utf16.txt").dropFirst(2))
        if !littleEndian { for pair in stride(from: 0, to: bytes.count - 1, by: 2) { bytes.swapAt(pair, pair + 1) } }
        let (table, log) = TestData.load(bytes)
        #expect(log.isEmpty, "\(english(log))")
        #expect(table.inputs[0].encoding == (littleEndian ? "UTF-16LE without BOM" : "UTF-16BE without BOM"))
        #expect(table.eventCount == 2 && table.firmName(0) == "湛江恒创精密机械有限公司")
    }

    @Test("a NUL byte rejects its row with an error naming the line; the others load")
    func nulByte() {
        let (table, log) = TestData.load(header + good + other.replacingOccurrences(of: "宏达", with: "宏\u{0}达") + good)
        #expect(table.eventCount == 2)
        #expect(english(log) == ["list.csv:3: error: NUL byte in this line (a binary or damaged file)"])
        #expect(table.inputs[0].rows == 3 && table.inputs[0].rejected == 1)
    }

    @Test("a workbook or a PDF instead of a CSV says what it is", arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "Excel .xlsx, or another zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "Excel .xls"),
        (Array("%PDF-1.7\n".utf8), "PDF"),
    ] as [([UInt8], String)])
    func binaryFiles(bytes: [UInt8], format: String) {
        let (table, log) = TestData.load(bytes + [UInt8](repeating: 0, count: 64))
        #expect(table.eventCount == 0)
        #expect(english(log)
            == ["list.csv: error: this is not CSV text but a binary file (\(format)); save it as CSV (UTF-8) from the spreadsheet program"])
    }

    @Test("rows of delimiters only and a repeated header are skipped with a warning, not counted as rows")
    func blankAndRepeatedHeaderRows() {
        let (table, log) = TestData.load(header + good + ",,,,,,,,\n" + ",,,\n" + header + other)
        #expect(table.eventCount == 2)
        #expect(log.items.map(\.problem) == [.blankRow, .blankRow, .repeatedHeader])
        #expect(log.items.map(\.line) == [3, 4, 5])
        #expect(log.errorCount == 0)
        #expect(table.inputs[0].rows == 2 && table.inputs[0].rejected == 0)
    }

    @Test("a row that places the firm nowhere below the country is an error, not a firm of 全国")
    func noRegion() {
        let (table, log) = TestData.load(header
            + good.replacingOccurrences(of: "广东省,湛江市,遂溪县", with: ",,")
            + good.replacingOccurrences(of: "广东省,湛江市,遂溪县", with: ",,市辖区")
            + good)
        #expect(table.eventCount == 1)
        #expect(english(log) == [
            "list.csv:2: error: column \"区县\": value \"\": this column must not be empty",
            "list.csv:3: error: column \"区县\": value \"市辖区\": no such region in 全国; expected a name or code from regions.csv",
        ])
    }

    @Test("an unterminated quote in the header is reported as such, not as an empty file")
    func headerUnterminatedQuote() {
        let (_, log) = TestData.load("\"统一社会信用代码,企业名称,区县,认定类型,认定日期\n" + good)
        #expect(english(log) == ["list.csv:1: error: unterminated quote: the rest of the file from this line cannot be read"])
    }

    @Test("a GBK header in a UTF-8 file is named as such")
    func gbkHeader() {
        let (table, log) = TestData.load(gb18030(header) + Array((good + other + good).utf8))
        #expect(table.eventCount == 0)
        #expect(log.items.map(\.problem) == [.mixedEncoding(line: "GB18030", file: "UTF-8")])
        #expect(log.items.map(\.line) == [1])
    }
}

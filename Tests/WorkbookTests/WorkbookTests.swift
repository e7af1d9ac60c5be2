import Foundation
import Testing
@testable import Workbook

/// Workbooks made by `scripts/make_xlsx_fixtures.py` read as the CSV text a spreadsheet program
/// would save, line N holding sheet row N; every expected text below is worked out from the
/// script's cells.
@Suite("Excel workbooks as CSV text")
struct WorkbookTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The CSV text of a fixture's sheet, nil when it is no workbook.
    static func convert(_ name: String, sheet: String? = nil) throws -> [UInt8]? {
        let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
        return try Workbook.csvText(bytes, path: path(name), sheet: sheet)
    }

    static func csv(_ name: String, sheet: String? = nil) throws -> String? {
        try convert(name, sheet: sheet).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("a published list: the title row passed through, dates in built-in and custom styles, a year, rows left out kept as empty lines, a cell of two lines on one")
    func publishedList() throws {
        let expected = #"""
            "附件1:2024年第五批专精特新""小巨人""企业名单",,,,,,
            序号,省份,地市,企业名称,认定日期,年度,备注
            1,广东省,湛江市,湛江恒创精密机械有限公司,2024-05-01,2023,
            2,广东省,湛江市,湛江宏达电子科技有限公司,2023-12-31,2023,


            3,广东省,湛江市,湛江 海滨机械有限公司,2022-08-15,2022,"见, 附件"

            """#
        #expect(try Self.csv("lists.xlsx") == expected)
    }

    @Test("shared strings (rich text without its phonetic guide), inline strings, formulas' computed values, booleans, errors, escapes, percentages, numbers past 15 digits")
    func handmade() throws {
        let expected = #"""
            企业名称,认定日期,备注,数值
            湛江恒创,2024-05-01,TRUE,#N/A

            第一行 第二行,3.5%,"a,b ""c""",3.14159
            ,,_x0041_,1.23456789012346E+16

            """#
        #expect(try Self.csv("handmade.xlsx") == expected)
    }

    @Test("a workbook of the 1904 date system")
    func date1904() throws {
        #expect(try Self.csv("date1904.xlsx") == "认定日期\n2024-05-01\n")
    }

    @Test("--sheet: a name, a position, and a name before a position")
    func sheetChoice() throws {
        #expect(try Self.csv("lists.xlsx", sheet: "附表") == "第二张表,42\n")
        #expect(try Self.csv("lists.xlsx", sheet: "2") == "第二张表,42\n")
        #expect(try Self.csv("lists.xlsx", sheet: "3") == "名为 1 的表\n")
        #expect(try Self.csv("lists.xlsx", sheet: "1") == "名为 1 的表\n", "a sheet named 1 comes before the first sheet")
    }

    @Test("an unknown sheet names the workbook's sheets")
    func unknownSheet() throws {
        for requested in ["名单2", "4", "0"] {
            #expect(throws: WorkbookError.unknownSheet(requested: requested, sheets: ["名单", "附表", "1"])) {
                try Self.convert("lists.xlsx", sheet: requested)
            }
        }
    }

    @Test("an Excel 97–2003 file, a workbook cut short, a formula without its value")
    func refused() throws {
        #expect(throws: WorkbookError.oldExcelFormat) { try Self.convert("old.xls") }
        #expect(throws: WorkbookError.damaged(.unreadableArchive)) { try Self.convert("truncated.xlsx") }
        #expect(throws: WorkbookError.damaged(.formulaWithoutValue(cell: "A3"))) { try Self.convert("formula.xlsx") }
    }

    @Test("a sheet part of more than 10 MB is read to its end (XMLParser given such data at once stops short on Linux)")
    func largePart() throws {
        let text = String(repeating: "x", count: 6000)
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for row in 1...2000 {
            xml += #"<row r="\#(row)"><c r="A\#(row)" t="inlineStr"><is><t>\#(text)</t></is></c><c r="B\#(row)"><v>\#(row)</v></c></row>"#
        }
        xml += "</sheetData></worksheet>"
        #expect(xml.utf8.count > 12_000_000)
        let reader = SheetReader(part: "sheet.xml", strings: [], styles: CellStyles(), date1904: false)
        try XMLElements.parse(Data(xml.utf8), part: "sheet.xml", into: reader)
        #expect(reader.rows.count == 2000)
        #expect(reader.rows.last?.number == 2000)
        #expect(reader.rows.last?.cells.map(\.text) == [text, "2000"])
    }

    @Test("damage that would stop the libraries: an archive pointing past its end, a part that is not UTF-8")
    func damaged() throws {
        #expect(throws: WorkbookError.damaged(.unreadableArchive)) { try Self.convert("offset-past-end.xlsx") }
        #expect(throws: WorkbookError.damaged(.notUTF8(part: "xl/workbook.xml"))) { try Self.convert("not-utf8.xlsx") }
    }

    @Test("what is no workbook is left to be read as it is: CSV text, another zip archive")
    func notWorkbooks() throws {
        #expect(try Workbook.csvText(Array("企业名称,认定日期\n".utf8), path: "list.csv") == nil)
        #expect(try Self.convert("other.zip") == nil)
        #expect(try Workbook.csvText([], path: "empty.csv") == nil)
    }
}

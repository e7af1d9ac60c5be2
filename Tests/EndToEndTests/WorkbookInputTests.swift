import Foundation
import Testing

/// Lists given as Excel workbooks, as officials have them (the workbooks are made by
/// `scripts/make_xlsx_fixtures.py`).
@Suite("Excel input")
struct WorkbookInputTests {
    static let fixtures = Binary.root.appendingPathComponent("Tests/WorkbookTests/Fixtures").path

    @Test("a ledger-shaped .xlsx loads every row, and counts as the same list saved as CSV does")
    func ledger() throws {
        let check = try Binary.run(["check", "--lang", "en", "--recognitions", "ledger.xlsx"], in: Self.fixtures)
        #expect(check.status == 0, "\(check.error)")
        #expect(check.output.contains("ledger.xlsx: 40 rows, 40 loaded, 0 rejected"), "\(check.output)")
        #expect(check.output.contains("0 errors, 0 warnings"))

        func report(_ list: String) throws -> String {
            let result = try Binary.run(["report", "--format", "json", "--as-of", "2025-06-30", "--recognitions", list], in: Self.fixtures)
            #expect(result.status == 0, "\(result.error)")
            return result.output
        }
        let fromWorkbook = try report("ledger.xlsx")
        let fromCSV = try report("ledger.csv")
        #expect(fromWorkbook.contains("\"path\": \"ledger.xlsx\""))
        #expect(fromWorkbook.replacingOccurrences(of: "ledger.xlsx", with: "ledger.csv") == fromCSV)
    }

    @Test("--sheet picks the sheet of each workbook; messages name the sheet's rows")
    func sheetOption() throws {
        let result = try Binary.run(["check", "--lang", "en", "--recognitions", "lists.xlsx", "--sheet", "附表"], in: Self.fixtures)
        #expect(result.status == 1)
        #expect(result.error.contains("lists.xlsx:1: error: value \"第二张表,42\": the first row names no known column"), "\(result.error)")
    }
}

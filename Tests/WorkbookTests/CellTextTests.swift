import Testing
@testable import Workbook

/// The pieces of a cell's text: serial dates, number format codes, General format, escapes.
@Suite("Cell text")
struct CellTextTests {
    @Test("the 1900 date system, its 1900-02-29 and its day 0; the 1904 system")
    func serialDates() {
        #expect(ExcelDate.text(serial: 1, date1904: false) == "1900-01-01")
        #expect(ExcelDate.text(serial: 59, date1904: false) == "1900-02-28")
        #expect(ExcelDate.text(serial: 60, date1904: false) == "1900-02-29")
        #expect(ExcelDate.text(serial: 61, date1904: false) == "1900-03-01")
        #expect(ExcelDate.text(serial: 0, date1904: false) == "1900-01-00")
        #expect(ExcelDate.text(serial: 45_413.75, date1904: false) == "2024-05-01", "the time of day is dropped")
        #expect(ExcelDate.text(serial: 2_958_465, date1904: false) == "9999-12-31")
        #expect(ExcelDate.text(serial: 2_958_466, date1904: false) == nil)
        #expect(ExcelDate.text(serial: -1, date1904: false) == nil)
        #expect(ExcelDate.text(serial: 0, date1904: true) == "1904-01-01")
        #expect(ExcelDate.text(serial: 43_951, date1904: true) == "2024-05-01")
    }

    @Test("a format code is a date by y, m or d outside quotes, brackets and escapes; a percentage by %")
    func formatCodes() {
        #expect(CellStyles.kind(ofCode: "yyyy/m/d") == .date)
        #expect(CellStyles.kind(ofCode: "[$-804]yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(CellStyles.kind(ofCode: "[DBNum1]m\"月\"") == .date)
        #expect(CellStyles.kind(ofCode: "0.0\"m\"") == .plain)
        #expect(CellStyles.kind(ofCode: "[Red]0.00") == .plain)
        #expect(CellStyles.kind(ofCode: "\\d0") == .plain)
        #expect(CellStyles.kind(ofCode: "General") == .plain)
        #expect(CellStyles.kind(ofCode: "0.0%") == .percent)
        #expect(CellStyles.kind(ofCode: "0;[Red]-0%") == .plain, "only the first section counts")
    }

    @Test("numbers as General format shows them")
    func numbers() {
        #expect(CellText.number("2023", kind: .plain, date1904: false) == "2023")
        #expect(CellText.number("2023.0", kind: .plain, date1904: false) == "2023")
        #expect(CellText.number("3.5", kind: .plain, date1904: false) == "3.5")
        #expect(CellText.number("0.30000000000000004", kind: .plain, date1904: false) == "0.3")
        #expect(CellText.number("-12", kind: .plain, date1904: false) == "-12")
        #expect(CellText.number("1E-7", kind: .plain, date1904: false) == "1E-07")
        #expect(CellText.number("914408007292381264", kind: .plain, date1904: false) == "9.14408007292381E+17")
        #expect(CellText.number("9.1440800729238106E+17", kind: .plain, date1904: false) == "9.14408007292381E+17")
        #expect(CellText.number("0.032", kind: .percent, date1904: false) == "3.2%")
        #expect(CellText.number("45413", kind: .date, date1904: false) == "2024-05-01")
        #expect(CellText.number("-3", kind: .date, date1904: false) == "-3", "no date before day 0")
    }

    @Test("escapes decoded, line breaks one space each")
    func strings() {
        #expect(CellText.clean("a_x000D_\nb") == "a b")
        #expect(CellText.clean("a\r\nb\nc\rd") == "a b c d")
        #expect(CellText.clean("_x005F_x0041_") == "_x0041_")
        #expect(CellText.clean("_x0041_") == "A")
        #expect(CellText.clean("_xZZZZ_") == "_xZZZZ_")
        #expect(CellText.clean("名称") == "名称")
    }

    @Test("cell references")
    func references() {
        #expect(SheetReader.column(of: "A1") == 1)
        #expect(SheetReader.column(of: "AB12") == 28)
        #expect(SheetReader.column(of: "XFD1") == 16_384)
        #expect(SheetReader.column(of: "ABCD1") == nil)
        #expect(SheetReader.column(of: "12") == nil)
        #expect(SheetReader.reference(column: 28, row: 5) == "AB5")
    }
}

import Foundation
import Testing
@testable import Dashboard
import ProgressModel

/// Exports of each view: golden files (reviewed by eye), full length, plain characters.
@Suite("Exports")
struct ExportTests {
    static let writtenAt = "2026-11-21 15:30:12"

    static let views: [(name: String, keys: [Key])] = [
        ("overview", []), ("region", [.enter]), ("target", [.enter, .enter]),
        ("firms", [.enter, .tab, .down, .down, .down, .down, .down, .enter, .enter]), ("problems", [.character("p")]),
        ("changes", [.down, .down, .enter, .character("c"), .character("<"), .character("<")]), ("rewards", [.enter, .character("$")]),
        ("holder-changes", [.enter, .tab, .character("c"), .character("<"), .character("<")]),
    ]

    func text(_ keys: [Key], language: Language = .chinese, ascii: Bool = false) -> String {
        Self.text(Support.press(Support.state(language, ascii: ascii), keys))
    }

    static func text(_ state: DashboardState, width: Int = 100) -> String {
        written { ViewExport.write(state, width: width, writtenAt: writtenAt, to: &$0) }
    }

    /// What an export writes, gathered in a string.
    static func written(_ export: (inout String) -> Void) -> String {
        var text = ""
        export(&text)
        return text
    }

    @Test("the text export of each view matches its golden file", arguments: [Language.chinese, .english])
    func goldenText(language: Language) throws {
        for view in ExportTests.views {
            try Support.expectGolden(text: text(view.keys, language: language), "export-\(view.name)-\(language.rawValue)")
        }
    }

    @Test("markdown, CSV and JSON of the region view match their golden files")
    func goldenFormats() throws {
        let state = Support.press(Support.state(.chinese), [.enter])
        try Support.expectGolden(text: Self.written { ExportFormats.markdown(state, writtenAt: Self.writtenAt, to: &$0) }, "export-region-zh.md")
        try Support.expectGolden(text: Self.written { ExportFormats.csv(state, to: &$0) }, "export-region-zh.csv")
        try Support.expectGolden(text: Self.written { ExportFormats.json(state, writtenAt: Self.writtenAt, to: &$0) }, "export-region-zh.json")
    }

    @Test("the export holds every row, however short the screen; lines never exceed the width")
    func fullLength() {
        let state = Support.press(Support.state(.chinese, width: 80, height: 15), [.enter, .tab, .enter])
        guard case .firms(let content) = state.top.content else { Issue.record("expected the firm list"); return }
        let lines = Self.text(state).split(separator: "\n", omittingEmptySubsequences: false)
        let names = content.rows.map { Support.tally.data.recognitions.firmName($0.firm) }
        #expect(names.count > 100 && names.allSatisfy { name in lines.contains { $0.hasPrefix(name) } })
        #expect(lines.dropFirst(8).allSatisfy { DisplayWidth.standard.columns(of: $0) <= 100 })
        #expect(lines[7] == "导出时间:\(ExportTests.writtenAt)", "the written-at line is the eighth")
    }

    @Test("a changes export holds the reasons in and out and every firm that came or went, however short the screen")
    func changesExport() {
        let state = Support.press(Support.state(.chinese, width: 80, height: 15), [.down, .down, .enter, .character("c"), .character("<"), .character("<")])
        guard case .changes(let content) = state.top.content else { Issue.record("expected the changes page"); return }
        let lines = Self.text(state).split(separator: "\n").map(String.init)
        #expect(lines.contains(" " + ChangeText.reconciliation(content.changes, .chinese)))
        #expect(lines.contains(" " + ChangeText.byReason(content.changes, .chinese)))
        let rows = lines.filter { $0.hasPrefix("进 ") || $0.hasPrefix("出 ") }
        #expect(rows.count == content.changes.changes.count && rows.count > 30)
        for change in content.changes.changes {
            let name = Support.tally.data.recognitions.firmName(change.firm)
            #expect(rows.filter { $0.contains(name) }.count == 1, "\(name) once")
        }
    }

    @Test("an ASCII export has no drawing character besides the data's own text; clipped text ends in ~")
    func asciiExport() {
        for view in ExportTests.views {
            let export = text(view.keys, ascii: true)
            #expect(!export.contains { "█░│─›▲▼▸✓✗–".contains($0) }, "\(view.name)")
        }
        let overview = text([], ascii: true)
        #expect(overview.contains("高质量~") && !overview.contains("高质量…"))
    }

    @Test("the header names the view, region, date, inputs, filter, sort, language and time")
    func header() {
        let state = Support.press(Support.state(.english), [.enter, .tab, .enter, .character("/"), .character("恒"), .enter, .character("s")])
        let header = ViewExport.header(state, writtenAt: ExportTests.writtenAt)
        #expect(header[1] == "View: firms — 全国 › 广东省 › 湛江市 › Firms")
        #expect(header[2] == "As of: 2025-06-30")
        #expect(header[3].hasPrefix("Input: ") && header[3].contains("recognitions.csv") && header[3].contains("rejected"))
        #expect(header.contains("Filter: “恒” · sort: date▼"))
        #expect(header.contains("Language: English") && header.last == "Written: \(ExportTests.writtenAt)")
        #expect(ViewExport.fileStem(state, stamp: "20261121-153012") == "srdi-湛江市-2025-06-30-20261121-153012")
    }

    @Test("CSV cells that a spreadsheet would run are made text")
    func formulaInjection() {
        #expect(CSVText.safeField("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0")
        #expect(CSVText.safeField("+1+1") == "'+1+1" && CSVText.safeField("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVText.safeField("-2+3") == "'-2+3" && CSVText.safeField("-2.5") == "-2.5")
        #expect(CSVText.safeField("a,b") == "\"a,b\"" && CSVText.safeField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.safeField("湛江\u{1B}[31m") == "湛江\u{FFFD}[31m")
        let tally = TestTally.withFirm(named: "=HYPERLINK(\"http://x\",\"点我\")")
        var state = DashboardState(tally: tally, asOf: Day(iso: "2025-06-30")!, options: DisplayOptions(language: .chinese))
        state.open(.firms(tally.data.regions.root))
        let csv = Self.written { ExportFormats.csv(state, to: &$0) }
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""))
        #expect(!csv.split(separator: "\r\n").contains { $0.hasPrefix("=") || $0.contains(",=") })
    }
}

/// A data set with one firm of a chosen name.
enum TestTally {
    static func withFirm(named name: String) -> Tally {
        let csv = "企业名称,省,市,区县,认定类型,认定日期\n\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\",广东省,湛江市,遂溪县,省级专精特新,2024-05-01\n"
        return Tally(data: DataLoader.load(DataSources(directory: "data", recognitions: ["list.csv"], observations: [])) { path in
            path == "list.csv" ? Array(csv.utf8) : [UInt8](try Data(contentsOf: Support.root.appendingPathComponent(path)))
        })
    }
}

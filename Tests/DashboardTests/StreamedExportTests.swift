import Testing
@testable import Dashboard
import ProgressModel

/// The text export is written as it is drawn, list rows made directly as text and on every core;
/// the bytes must be those of the whole page drawn into one tall screen buffer, as the screen
/// code draws it.
@Suite("Streamed exports")
struct StreamedExportTests {
    /// The oracle: the page drawn whole — as tall as its rows and 64 more — into one buffer.
    static func wholePage(_ state: DashboardState, width: Int) -> String {
        var tall = state
        tall.width = width
        tall.height = state.top.content.rowCounts.reduce(0, +) + 64 + 4
        for index in tall.stack.indices { tall.stack[index].scroll = tall.stack[index].scroll.map { _ in 0 } }
        if case .target = tall.top.page {
            tall.refreshTop()
            tall.height = tall.top.content.rowCounts[0] + 4
        }
        var buffer = ScreenBuffer(width: width, height: tall.height, ellipsis: state.options.glyphs.ellipsis)
        DashboardView.drawHeader(&buffer, tall)
        DashboardView.drawPage(&buffer, tall, layout: PageLayout(width: width, height: tall.height))
        var lines = ViewExport.header(state, writtenAt: ExportTests.writtenAt) + [String(repeating: state.options.glyphs.horizontal, count: width)]
        var body = buffer.lines()
        while body.last?.isEmpty == true { body.removeLast() }
        lines += body
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("each view, list pages sorted, filtered and empty, at several widths: the bytes of the page drawn whole",
          arguments: [Language.chinese, .english])
    func sameAsWholePage(language: Language) {
        let views: [[Key]] = [
            [], [.enter], [.enter, .enter], [.enter, .tab, .enter], [.enter, .tab, .enter, .character("s"), .down, .down],
            [.enter, .tab, .enter, .character("n")], [.enter, .tab, .enter, .character("/"), .character("恒"), .enter],
            [.enter, .tab, .enter, .character("/"), .character("Q"), .character("Q"), .enter], [.end, .enter, .enter],
            [.character("p")], [.character("p"), .down, .down, .down], [.character("p"), .character("/"), .character("Q"), .character("Q"), .enter],
        ]
        for ascii in [false, true] {
            for keys in views {
                let state = Support.press(Support.state(language, width: 90, height: 20, ascii: ascii), keys)
                for width in [100, 163] {
                    #expect(ExportTests.text(state, width: width) == StreamedExportTests.wholePage(state, width: width), "\(keys) \(width)")
                }
            }
        }
    }

    @Test("a table row made as text is the row drawn into a screen buffer, whatever the text holds")
    func rowText() {
        let table = Table(columns: [
            TableColumn("name", width: 8, flexible: true), TableColumn("n", width: 6, align: .right),
            TableColumn("c", width: 7, align: .center, priority: 1), TableColumn("bar", width: 9), TableColumn("last", width: 12),
        ])
        let texts = ["湛江恒创精密机械有限公司", "e\u{301}té", "ab\u{200D}cd", "家👨‍👩‍👧", "x\u{1B}[31m", "", "  ", "“引”—…", "𠀀𠀀𠀀𠀀𠀀𠀀", "end   "]
        for glyphs in [Glyphs.unicode, .ascii] {
            for width in [30, 41, 47, 60, 90] {
                let text = TableRowText(table, width: width, glyphs: glyphs)
                for (index, sample) in texts.enumerated() {
                    let cells: [TableCell] = [.text(sample), .text(texts[(index + 1) % texts.count]), .text(texts[(index + 2) % texts.count]),
                                              .bar(ProgressBar(fraction: Double(index) / 9, expected: 0.5, style: .plain)), .text(texts[(index + 3) % texts.count])]
                    var buffer = ScreenBuffer(width: width, height: 1, ellipsis: glyphs.ellipsis)
                    table.draw(into: &buffer, top: -1, height: 2, rows: [cells], selected: nil, scroll: 0, focused: true, glyphs: glyphs)
                    #expect(text.line(cells) == buffer.lines()[0], "\(sample) at \(width)")
                }
            }
        }
    }

    @Test("the country's firm list reaches the output in pieces of a few hundred rows, never as one piece")
    func piecemeal() {
        struct Pieces: TextOutputStream {
            var count = 0, largest = 0, total = 0
            mutating func write(_ text: String) {
                count += 1
                largest = max(largest, text.utf8.count)
                total += text.utf8.count
            }
        }
        let state = Support.press(Support.state(.chinese), [.end, .enter, .enter])
        guard case .firms(let content) = state.top.content else { Issue.record("expected the firm list"); return }
        let formats: [(String, (inout Pieces) -> Void)] = [
            ("text", { ViewExport.write(state, width: 100, writtenAt: ExportTests.writtenAt, to: &$0) }),
            ("markdown", { ExportFormats.markdown(state, writtenAt: ExportTests.writtenAt, to: &$0) }),
            ("csv", { ExportFormats.csv(state, to: &$0) }), ("json", { ExportFormats.json(state, writtenAt: ExportTests.writtenAt, to: &$0) }),
        ]
        for (name, export) in formats {
            var pieces = Pieces()
            export(&pieces)
            // A band of rows is cut in eight slices, each written whole.
            let slice = ListLines.bandRows / 8
            #expect(content.rows.count > 5000 && pieces.count > content.rows.count / slice, "\(name)")
            #expect(pieces.largest < slice * 600 && pieces.total > 10 * pieces.largest, "\(name): \(pieces.largest) of \(pieces.total) bytes")
        }
    }

    @Test("lines made on every core come out in order, across band boundaries")
    func order() {
        for count in [0, 1, 7, ListLines.bandRows - 1, ListLines.bandRows, 2 * ListLines.bandRows + 13] {
            var text = ""
            ListLines.write(count: count, append: { $1 += "\($0)\n" }) { text += $0 }
            #expect(text == (0..<count).map { "\($0)\n" }.joined(), "\(count)")
        }
    }
}

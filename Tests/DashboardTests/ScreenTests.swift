import Testing
@testable import Dashboard
import ProgressModel

/// The screen buffer, and every screen at every size: no line wider than the screen, no wide
/// character split, nothing unsafe on the screen.
@Suite("Screens")
struct ScreenTests {
    @Test("wide characters take two cells and are never split at the edge")
    func wideCharacters() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.put("湛江市", x: 0, y: 0)
        #expect(buffer.lines() == ["湛江"])
        #expect(buffer[1, 0].isContinuation && buffer[3, 0].isContinuation && buffer[4, 0].text == " ")
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines() == [" x江"], "writing over half of a wide character blanks the other half")
        var fitted = ScreenBuffer(width: 10, height: 1)
        fitted.put("湛江市遂溪县", x: 0, y: 0, width: 7)
        #expect(fitted.lines() == ["湛江市…"])
    }

    @Test("control characters and escape sequences in data never reach a cell")
    func sanitised() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        buffer.put("a\u{1B}[31mb\u{202E}c\nd", x: 0, y: 0)
        #expect(buffer.cells.allSatisfy { cell in cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x202A...0x202E).contains($0.value) } })
        #expect(buffer.lines() == ["a\u{FFFD}[31mb\u{FFFD}c d"])
    }

    static let sizes = [(80, 24), (120, 40), (60, 15), (50, 12), (200, 50)]

    @Test("every page at every size: lines fit the width exactly, cells add up", arguments: [Language.chinese, .english])
    func everyScreenFits(language: Language) {
        let paths: [[Key]] = [[], [.enter], [.enter, .enter], [.enter, .tab, .enter], [.down, .enter], [.down, .enter, .tab, .down, .enter],
                              [.down, .down, .enter], [.down, .down, .down, .down, .enter], [.character("G"), .enter],
                              [.character("p")], [.character("?")], [.down, .enter, .down, .down, .down, .enter]]
        for (width, height) in ScreenTests.sizes {
            for keys in paths {
                for ascii in [false, true] {
                    let state = Support.press(Support.state(language, width: width, height: height, ascii: ascii), keys)
                    let buffer = DashboardView.render(state)
                    #expect(buffer.lines(trimmingTrailingSpaces: false).allSatisfy { DisplayWidth.standard.columns(of: $0) == width },
                            "\(width)×\(height) \(keys)")
                    for y in 0..<height {
                        for x in 0..<width where buffer[x, y].width == 2 {
                            #expect(x + 1 < width && buffer[x + 1, y].isContinuation)
                        }
                    }
                }
            }
        }
    }

    @Test("a list longer than the screen says how many rows lie below, and stops saying it at its end")
    func moreBelow() throws {
        // The country's firm list: all of the sample's firms, far more than 24 rows hold.
        let state = Support.press(Support.state(.english, width: 80, height: 24), [.end, .enter, .enter])
        guard case .firms(let content) = state.top.content else { Issue.record("expected the firm list"); return }
        let visible = PageLayout(width: 80, height: 24).visibleRows(state.top)
        let statusRow = Support.screen(state).components(separatedBy: "\n")[22]
        #expect(statusRow.hasSuffix("▼ " + NumberText.grouped(content.rows.count - visible) + " more"))
        let atEnd = Support.press(state, [.end])
        #expect(!Support.screen(atEnd).components(separatedBy: "\n")[22].contains("more"))
    }

    @Test("below the minimum size the screen says so, with both sizes")
    func tooSmall() {
        let lines = DashboardView.render(Support.state(.english, width: 40, height: 10)).lines()
        #expect(lines.contains { $0.contains("now 40×10") } && lines.contains { $0.contains("needs 50×12") })
        #expect(DashboardView.render(Support.state(width: 10, height: 3)).lines().count == 3, "even a tiny screen draws without trapping")
        #expect(DashboardView.render(Support.state(width: 0, height: 0)).lines().isEmpty)
    }

    @Test("the ambiguous-wide option leaves no ambiguous character on the screen")
    func ambiguousWide() {
        let options = DisplayOptions(language: .chinese, ambiguousIsWide: true)
        for keys in [[Key](), [.enter], [.enter, .enter], [.character("?")]] {
            let state = Support.press(DashboardState(tally: Support.tally, asOf: Support.asOf, options: options, width: 100, height: 30), keys)
            let text = DashboardView.render(state).lines().joined()
            #expect(!text.unicodeScalars.contains { DisplayWidth.isAmbiguous($0) }, "\(keys)")
        }
    }

    @Test("a status is never shown by colour alone: each has its own glyph and label")
    func statusWithoutColour() {
        for glyphs in [Glyphs.unicode, .ascii] {
            let marks = Status.allCases.map { glyphs.status($0) }
            #expect(Set(marks).count == Status.allCases.count)
        }
        for language in Language.allCases {
            #expect(Set(Status.allCases.map { $0.label(language) }).count == Status.allCases.count)
        }
    }
}

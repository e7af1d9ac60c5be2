import Testing
@testable import Dashboard
import ProgressModel

/// Key sequences and the states and effects they lead to.
@Suite("State machine")
struct StateMachineTests {
    let regions = Support.tally.data.regions

    func region(_ code: String) -> Int { regions.index(ofCode: code)! }

    @Test("Enter opens the selected plan's region; Esc, ← and h go back; back at the overview does nothing")
    func drillAndBack() {
        var state = Support.state()
        state = Support.press(state, [.enter])
        #expect(state.top.page == .region(region("4408")))
        for back in [Key.escape, .left, .character("h"), .backspace] {
            let returned = Support.press(Support.press(Support.state(), [.down, .enter]), [back])
            #expect(returned.stack.count == 1 && returned.top.cursor[0] == 1, "\(back)")
        }
        #expect(Support.press(Support.state(), [.escape]).stack.count == 1)
        #expect(Support.press(Support.state(), [.right]).top.page == .region(region("4408")))
        #expect(Support.press(Support.state(), [.character("l")]).top.page == .region(region("4408")))
    }

    @Test("↑↓ and j k move within bounds; g and G go to the ends; PgDn moves by a screen")
    func movement() {
        var state = Support.state()
        state = Support.press(state, [.up, .character("k")])
        #expect(state.top.cursor[0] == 0)
        state = Support.press(state, [.down, .character("j"), .down])
        #expect(state.top.cursor[0] == 3)
        state = Support.press(state, [.character("G")])
        #expect(state.top.cursor[0] == 5, "five plans and the browse row")
        state = Support.press(state, Array(repeating: Key.down, count: 4))
        #expect(state.top.cursor[0] == 5)
        state = Support.press(state, [.character("g")])
        #expect(state.top.cursor[0] == 0)
        // A long list: 重庆市's districts.
        var chongqing = Support.press(Support.state(height: 24), [.down, .down, .enter, .tab, .pageDown])
        let visible = PageLayout(width: 80, height: 24).visibleRows(chongqing.top)
        #expect(chongqing.top.cursor[1] == visible)
        #expect(chongqing.top.scroll[1] >= 1, "the page scrolled to keep the cursor in view")
        chongqing = Support.press(chongqing, [.end])
        #expect(chongqing.top.cursor[1] == chongqing.top.content.rowCounts[1] - 1)
        #expect(chongqing.top.scroll[1] == chongqing.top.content.rowCounts[1] - visible)
    }

    @Test("Tab switches between targets and child regions, only where there are targets")
    func panes() {
        var state = Support.press(Support.state(), [.enter])
        #expect(state.top.pane == 0)
        state = Support.press(state, [.tab])
        #expect(state.top.pane == 1)
        state = Support.press(state, [.backTab])
        #expect(state.top.pane == 0)
        // 遂溪县 has no plan: its only pane is the child table.
        state = Support.press(state, [.tab, .down, .down, .down, .down, .down, .enter])
        #expect(state.top.page == .region(region("440823")) && state.top.pane == 1)
        #expect(Support.press(state, [.tab]).top.pane == 1)
    }

    @Test("drilling: a target opens its detail, row 0 of the child table the firm list, other rows the region")
    func drillTargets() {
        let zhanjiang = Support.press(Support.state(), [.enter])
        #expect(Support.press(zhanjiang, [.enter]).top.page == .target("zj-quality-sme"))
        #expect(Support.press(zhanjiang, [.down, .enter]).top.page == .target("zj-innovative"))
        #expect(Support.press(zhanjiang, [.tab, .enter]).top.page == .firms(region("4408")))
        #expect(Support.press(zhanjiang, [.tab, .down, .enter]).top.page == .region(region("440802")))
        let browse = Support.press(Support.state(), [.character("G"), .enter])
        #expect(browse.top.page == .region(regions.root))
    }

    @Test("/ filters the firm list as the user types; Backspace edits, Enter keeps, Esc clears")
    func filter() throws {
        var state = Support.press(Support.state(), [.enter, .tab, .enter])
        guard case .firms(let all) = state.top.content else { Issue.record("expected the firm list"); return }
        state = Support.press(state, "/恒")
        #expect(state.editingFilter && state.top.filter == "恒")
        guard case .firms(let some) = state.top.content else { return }
        #expect(some.rows.count < all.rows.count && !some.rows.isEmpty)
        #expect(some.rows.allSatisfy { Support.tally.data.recognitions.firmName($0.firm).contains("恒") })
        state = Support.press(state, [.backspace])
        #expect(state.top.filter.isEmpty)
        state = Support.press(state, "恒")
        state = Support.press(state, [.enter])
        #expect(!state.editingFilter && state.top.filter == "恒")
        state = Support.press(state, [.character("q")])
        let (_, effects) = Dashboard.update(state, .key(.character("q")))
        #expect(effects == [.quit], "q quits once the filter is no longer being typed")
        state = Support.press(state, [.escape])
        #expect(state.top.filter.isEmpty && state.top.page == .firms(region("4408")), "the first Esc clears the filter")
        #expect(Support.press(state, [.escape]).top.page == .region(region("4408")), "the next goes back")
    }

    @Test("s sorts by date and n by name; pressing again reverses")
    func sorting() {
        let firms = Support.press(Support.state(), [.enter, .tab, .enter])
        let events = Support.tally.data.recognitions.events
        func dates(_ state: DashboardState) -> [Int32] {
            guard case .firms(let content) = state.top.content else { return [] }
            return content.rows.map { events[$0.latestEvent].ordinal }
        }
        let byDate = Support.press(firms, "s")
        #expect(byDate.top.sort == SortOrder(key: .number, ascending: false) && dates(byDate) == dates(byDate).sorted(by: >))
        let reversed = Support.press(byDate, "s")
        #expect(reversed.top.sort?.ascending == true && dates(reversed) == dates(reversed).sorted())
        let byName = Support.press(reversed, "n")
        #expect(byName.top.sort == SortOrder(key: .name, ascending: true))
        let names = { (state: DashboardState) -> [String] in
            guard case .firms(let content) = state.top.content else { return [] }
            return content.rows.map { Support.tally.data.recognitions.firmName($0.firm) }
        }
        #expect(names(byName) == names(byName).sorted())
        #expect(names(Support.press(byName, "n")) == names(byName).reversed())
    }

    @Test("[ ] move the as-of date by a month and { } by a year, from a month end to month ends; pages below are recounted when shown")
    func asOfDate() {
        var state = Support.press(Support.state(), [.enter])
        state = Support.press(state, "]")
        #expect(state.asOf == Day(iso: "2025-07-31"))
        state = Support.press(state, "{{")
        #expect(state.asOf == Day(iso: "2023-07-31"))
        state = Support.press(state, "[")
        #expect(state.asOf == Day(iso: "2023-06-30"))
        guard case .region(let content) = state.top.content else { Issue.record("expected the region"); return }
        #expect(content.targets.allSatisfy { $0.asOf == Day(iso: "2023-06-30") })
        state = Support.press(state, [.escape])
        guard case .overview(let plans) = state.top.content else { Issue.record("expected the overview"); return }
        #expect(plans.allSatisfy { $0.targets.allSatisfy { $0.asOf == Day(iso: "2023-06-30") } })
    }

    @Test("? shows the help; any key closes it; q quits from anywhere")
    func helpAndQuit() {
        var state = Support.press(Support.state(), "?")
        #expect(state.helpVisible)
        state = Support.press(state, [.down])
        #expect(!state.helpVisible && state.top.cursor[0] == 0, "the key that closes the help does nothing else")
        let (_, inHelp) = Dashboard.update(Support.press(Support.state(), "?"), .key(.character("q")))
        #expect(inHelp == [.quit])
        let (_, deep) = Dashboard.update(Support.press(Support.state(), [.enter, .enter]), .key(.character("q")))
        #expect(deep == [.quit])
    }

    @Test("R asks for a reload, e for an export; their results come back as messages")
    func effects() {
        let (reloading, reload) = Dashboard.update(Support.state(), .key(.character("R")))
        #expect(reload == [.reload] && reloading.reloading)
        let (loaded, _) = Dashboard.update(reloading, .loaded(Support.tally))
        #expect(!loaded.reloading && loaded.message?.isError == false && loaded.generation == 1)
        let (choosing, none) = Dashboard.update(Support.state(), .key(.character("e")))
        #expect(none.isEmpty && choosing.choosingExport)
        #expect(Support.screen(choosing).contains("导出格式:t 文本  c CSV(每表一个文件)  m Markdown  j JSON"))
        for (key, kind) in [("t", ExportKind.text), ("c", .csv), ("m", .markdown), ("j", .json), ("e", .text)] {
            #expect(Dashboard.update(choosing, .key(.character(Character(key)))).1 == [.export(kind)], "e then \(key)")
        }
        let (cancelled, nothing) = Dashboard.update(choosing, .key(.escape))
        #expect(nothing.isEmpty && !cancelled.exporting && !cancelled.choosingExport && cancelled.message?.text == "已取消导出")
        let failed = Dashboard.update(Support.state(), .exportFailed("disk full")).0
        #expect(failed.message == StatusMessage(text: "导出失败:disk full", isError: true))
        let written = Dashboard.update(Support.state(.english), .exported(paths: ["srdi-x.txt"])).0
        #expect(written.message?.text == "Exported srdi-x.txt (current directory)")
        #expect(Dashboard.update(Support.state(), .exported(paths: ["out/srdi-x.txt"])).0.message?.text == "已导出 srdi-x.txt(目录 out)")
        #expect(Dashboard.update(Support.state(), .exported(paths: ["out/a-1.csv", "out/a-2.csv", "out/a-3.csv"])).0.message?.text
                == "已导出 a-1.csv 等 3 个文件(目录 out)")
        #expect(Support.press(written, [.down]).message == nil, "the next key clears the message")
    }

    @Test("p opens the problems; a firm locator prepared for older data is dropped")
    func problemsAndPreparation() {
        #expect(Support.press(Support.state(), "p").top.page == .problems)
        let locator = FirmLocator(tally: Support.tally)
        let state = Dashboard.update(Support.state(), .loaded(Support.tally)).0
        #expect(Dashboard.update(state, .prepared(locator, generation: 0)).0.firmLocator == nil)
        #expect(Dashboard.update(state, .prepared(locator, generation: 1)).0.firmLocator != nil)
    }

    @Test("a resize keeps the cursor in view")
    func resize() {
        var state = Support.press(Support.state(height: 40), [.down, .down, .enter, .tab, .character("G")])
        state = Dashboard.update(state, .resize(width: 80, height: 15)).0
        let visible = PageLayout(width: 80, height: 15).visibleRows(state.top)
        #expect(state.top.scroll[1] <= state.top.cursor[1] && state.top.cursor[1] < state.top.scroll[1] + visible)
    }
}

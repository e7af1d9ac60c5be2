import ProgressModel

/// Draws a state: `view(state) -> screen buffer`, with no other input and no side effect.
public enum DashboardView {
    public static func render(_ state: DashboardState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height, foldsAmbiguous: state.options.ambiguousIsWide,
                                  ellipsis: state.options.glyphs.ellipsis)
        let layout = PageLayout(width: state.width, height: state.height)
        if layout.isTooSmall {
            drawTooSmall(&buffer, state)
            return buffer
        }
        drawHeader(&buffer, state)
        drawPage(&buffer, state, layout: layout)
        drawStatus(&buffer, state, layout: layout)
        drawKeys(&buffer, state, layout: layout)
        if state.helpVisible { HelpOverlay.draw(&buffer, state) }
        return buffer
    }

    static func drawPage(_ buffer: inout ScreenBuffer, _ state: DashboardState, layout: PageLayout) {
        switch state.top.content {
        case .empty: break
        case .overview(let plans): OverviewView.draw(&buffer, state, plans: plans, layout: layout)
        case .region(let content): RegionView.draw(&buffer, state, content: content, layout: layout)
        case .target: TargetDetailView.draw(&buffer, state, layout: layout)
        case .firms(let content): FirmListView.draw(&buffer, state, content: content, layout: layout)
        case .targetFirms(let content): TargetFirmsView.draw(&buffer, state, content: content, layout: layout)
        case .firm: FirmPageView.draw(&buffer, state, layout: layout)
        case .changes(let content): ChangesView.draw(&buffer, state, content: content, layout: layout)
        case .holderChanges(let changes): HolderChangesView.draw(&buffer, state, changes: changes, layout: layout)
        case .rewards: RewardsView.draw(&buffer, state, layout: layout)
        case .problems(let items): ProblemsView.draw(&buffer, state, items: items, layout: layout)
        }
    }

    /// Row 0: where the user is (全国 › 广东省 › 湛江市 …) and the as-of date.
    static func drawHeader(_ buffer: inout ScreenBuffer, _ state: DashboardState) {
        let style = Style(bold: true, reverse: true)
        buffer.clear(row: 0, style: style)
        let date = UIText.asOf(state.asOf, state.language) + " "
        let dateWidth = buffer.measure.columns(of: buffer.prepare(date))
        buffer.put(date, x: buffer.width - dateWidth, y: 0, style: style)
        let crumbs = breadcrumb(state)
        buffer.put(" " + crumbs.joined(separator: state.options.glyphs.separator), x: 0, y: 0,
                   width: max(0, buffer.width - dateWidth - 1), style: style)
    }

    /// The path shown on top: the region path for region pages and what hangs below them.
    public static func breadcrumb(_ state: DashboardState) -> [String] {
        let tree = state.tally.data.regions
        let language = state.language
        func path(_ region: Int) -> [String] { tree.path(to: region).map { tree[$0].name } }
        switch state.top.page {
        case .overview: return [UIText.title(language), UIText.allPlans(language)]
        case .region(let region): return path(region)
        case .firms(let region): return path(region) + [UIText.firmList(language)]
        case .problems: return [UIText.title(language), UIText.problems(language)]
        case .target(let id):
            guard let target = state.tally.data.book.target(id) else { return [id] }
            return path(target.region) + [target.name(in: language)]
        case .targetFirms(let id):
            guard let target = state.tally.data.book.target(id) else { return [id] }
            return path(target.region) + [target.name(in: language), UIText.t(language, "计入企业", "Firms counted")]
        case .rewards(let id):
            guard let plan = state.tally.data.book.plan(id) else { return [id] }
            return path(plan.region) + [UIText.t(language, "奖励", "Rewards")]
        case .changes(let id):
            guard let target = state.tally.data.book.target(id) else { return [id] }
            return path(target.region) + [target.name(in: language), UIText.t(language, "变化", "Changes")]
        case .holderChanges(let region): return path(region) + [UIText.t(language, "持有变化", "Holders' changes")]
        case .firm(let firm):
            guard case .firm(let content) = state.top.content else { return [UIText.title(language)] }
            return (content.history.region.map(path) ?? [UIText.title(language)]) + [state.tally.data.recognitions.firmName(firm)]
        }
    }

    /// The status line: a message, the filter being typed, or the filter in force; at its right
    /// end, how many rows of the focused list lie below the screen (`▼ 还有 1,234 行`).
    static func drawStatus(_ buffer: inout ScreenBuffer, _ state: DashboardState, layout: PageLayout) {
        let y = layout.statusRow
        let page = state.top
        let pane = min(page.pane, page.content.rowCounts.count - 1)
        let below = page.content.rowCounts[pane] - page.scroll[pane] - layout.visibleRows(page)
        if below > 0 {
            let mark = state.options.glyphs.descending + " " + UIText.t(state.language, "还有 \(NumberText.grouped(below)) 行", "\(NumberText.grouped(below)) more")
            let width = buffer.measure.columns(of: buffer.prepare(mark))
            buffer.put(mark, x: max(0, buffer.width - width - 1), y: y, style: Style(dim: true))
        }
        if state.choosingExport {
            buffer.put(" " + UIText.exportChoice(state.language), x: 0, y: y, style: Style(bold: true))
        } else if let message = state.message {
            buffer.put(" " + message.text, x: 0, y: y, style: Style(color: message.isError ? .bad : .good, bold: true))
        } else if state.editingFilter {
            buffer.put(" " + UIText.t(state.language, "筛选:", "Filter: ") + state.top.filter + "▏", x: 0, y: y, style: Style(bold: true))
        } else if !state.top.filter.isEmpty {
            buffer.put(" " + UIText.t(state.language, "筛选:", "Filter: ") + state.top.filter
                       + UIText.t(state.language, "  (Esc 清除)", "  (Esc clears)"), x: 0, y: y, style: Style(dim: true))
        }
    }

    /// The last row: the keys of this page, as many as fit, and always `?` (the help lists the rest).
    static func drawKeys(_ buffer: inout ScreenBuffer, _ state: DashboardState, layout: PageLayout) {
        let y = layout.keyRow
        buffer.clear(row: y, style: .bar)
        let bindings = KeyTable.bindings(for: state.top.page).filter { binding in
            guard binding.inBar else { return false }
            if binding.barKeys == "Tab", case .region(let content) = state.top.content, content.topRowCount == 0 { return false }
            return true
        }
        let probe = buffer
        let widths = bindings.map { probe.measure.columns(of: probe.prepare($0.barKeys + " " + $0.shortAction(state.language))) + 2 }
        // Room for `?` first, then the others in order while they fit.
        var room = buffer.width - 1 - zip(bindings, widths).filter { $0.0.barKeys == "?" }.reduce(0) { $0 + $1.1 }
        var shown = Set<Int>()
        for index in bindings.indices where bindings[index].barKeys != "?" {
            guard widths[index] <= room else { break }
            room -= widths[index]
            shown.insert(index)
        }
        var x = 1
        for index in bindings.indices where shown.contains(index) || bindings[index].barKeys == "?" {
            guard x + widths[index] - 2 <= buffer.width else { break }
            x = buffer.put(bindings[index].barKeys, x: x, y: y, style: Style(bold: true, reverse: true))
            x = buffer.put(" " + bindings[index].shortAction(state.language) + "  ", x: x, y: y, style: .bar)
        }
    }

    static func drawTooSmall(_ buffer: inout ScreenBuffer, _ state: DashboardState) {
        let lines = UIText.tooSmall(width: state.width, height: state.height, state.language)
        let top = max(0, (state.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = buffer.measure.clip(buffer.prepare(line), to: state.width)
            let x = max(0, (state.width - buffer.measure.columns(of: text)) / 2)
            buffer.put(text, x: x, y: top + offset, style: offset == 0 ? .heading : .plain)
        }
    }

    /// A status as a glyph and a label, in its colour.
    static func statusCell(_ status: Status, _ state: DashboardState) -> TableCell {
        .text(state.options.glyphs.status(status) + " " + status.label(state.language), statusStyle(status))
    }

    static func statusStyle(_ status: Status) -> Style {
        switch status {
        case .achieved, .onTrack: return Style(color: .good)
        case .behind: return Style(color: .warning)
        case .atRisk: return Style(color: .bad)
        case .missed: return Style(color: .bad, bold: true)
        case .notStarted, .noData: return Style(color: .muted, dim: true)
        }
    }

    /// The summary line under the breadcrumb.
    /// The line under the title; cut with an ellipsis where it does not fit, so that a number at
    /// its end is never shown shortened ("1,50" of 1,507).
    static func summary(_ buffer: inout ScreenBuffer, _ text: String) {
        buffer.put(" " + text, x: 0, y: 1, width: buffer.width, style: Style(dim: true))
    }
}

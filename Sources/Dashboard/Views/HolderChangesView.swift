import ProgressModel

/// What came to a region's holders of each list and what went between the earlier date and the
/// as-of date: the firms, why and when; after Tab, each list's holders then and now, reconciled.
enum HolderChangesView {
    static func table(_ language: Language) -> Table { ChangeText.table(language, list: true) }

    static func texts(_ change: HolderChanges.Change, _ state: DashboardState) -> [String] {
        ChangeText.texts(entered: change.entered, firm: change.firm, list: change.designation, region: change.region, reason: change.reason,
                         day: change.day, state)
    }

    static func partTable(_ language: Language) -> Table {
        ChangeText.reconciliationTable(UIText.t(language, "类型(持有企业)", "list (firms holding it)"), language)
    }

    /// "2025-05-31 → 2025-06-30 · 持有企业:进 12 − 出 5", on the summary row.
    static func summary(_ changes: HolderChanges, _ language: Language) -> String {
        let entered = changes.changes.filter(\.entered).count
        return "\(changes.from) → \(changes.to) · " + UIText.t(language, "持有企业(按类型计):进 ", "holders (counted by list): in ")
            + NumberText.grouped(entered) + UIText.t(language, " − 出 ", " − out ") + NumberText.grouped(changes.changes.count - entered)
    }

    static func reasons(_ changes: HolderChanges, _ language: Language) -> String {
        ChangeText.byReason(changes.changes.map { ($0.entered, $0.reason) }, language)
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, changes: HolderChanges, layout: PageLayout) {
        let language = state.language
        let page = state.top
        DashboardView.summary(&buffer, summary(changes, language))
        let reasons = reasons(changes, language)
        buffer.put(" " + (reasons.isEmpty ? UIText.t(language, "(这段时间没有企业进出)", "(no firm entered or left in this time)") : reasons),
                   x: 0, y: layout.contentTop, width: buffer.width, style: reasons.isEmpty ? Style(dim: true) : .plain)
        let top = layout.contentTop + ChangesLayout.reasonRows, height = max(0, layout.contentHeight - ChangesLayout.reasonRows)
        if page.pane == 1 {
            let designations = state.tally.data.designations
            partTable(language).draw(into: &buffer, top: top, height: height, rowCount: changes.parts.count,
                                     row: { index in
                                         let part = changes.parts[index]
                                         return ChangeText.reconciliationCells(designations[part.designation].name(in: language), before: part.before,
                                                                               entered: part.entered, left: part.left, after: part.after)
                                     }, selected: page.cursor[1], scroll: page.scroll[1], focused: true, glyphs: state.options.glyphs)
        } else {
            table(language).draw(into: &buffer, top: top, height: height, rowCount: changes.changes.count,
                                 row: { index in
                                     let change = changes.changes[index]
                                     return ChangeText.cells(texts(change, state), entered: change.entered)
                                 }, selected: page.cursor[0], scroll: page.scroll[0], focused: true, glyphs: state.options.glyphs)
        }
    }
}

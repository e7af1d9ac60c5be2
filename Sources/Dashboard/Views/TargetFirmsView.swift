import ProgressModel

/// The firms a target counts at the date: where each is, and the designation and day that make
/// it count. Its length is the target's actual (for a per-park threshold, every park's firms).
enum TargetFirmsView {
    static func table(_ language: Language) -> Table {
        Table(columns: [
            TableColumn(UIText.t(language, "企业名称", "firm"), width: 16, flexible: true),
            TableColumn(UIText.t(language, "统一社会信用代码", "credit code"), width: 18, priority: 3),
            TableColumn(UIText.t(language, "区县", "district"), width: 10, priority: 2),
            TableColumn(UIText.t(language, "镇街", "town"), width: 10, priority: 1),
            TableColumn(UIText.t(language, "计入依据", "counts as"), width: 14),
            TableColumn(UIText.t(language, "日期", "date"), width: 10),
        ])
    }

    /// The row's texts, for the screen and the exports alike.
    static func texts(_ member: TargetMember, _ content: TargetFirmsContent, _ state: DashboardState) -> [String] {
        let data = state.tally.data
        let language = state.language
        let tree = data.regions
        let table = data.recognitions
        var basis = data.designations[member.designation].shortName(in: language)
        if content.target.counting == .highest { basis += UIText.t(language, "(最高)", " (highest)") }
        return [table.firmName(member.firm), table.firmCode(member.firm)?.description ?? UIText.t(language, "(无代码)", "(no code)"),
                tree.district(of: member.region).map { tree[$0].name } ?? "",
                tree.town(of: member.region).map { tree[$0].name } ?? UIText.t(language, "(未填)", "(not given)"),
                basis, member.since.description]
    }

    static func summary(_ content: TargetFirmsContent, _ state: DashboardState) -> String {
        let language = state.language
        let target = content.target
        let count = NumberText.grouped(content.all.count)
        var text = target.name(in: language) + " · "
        if target.each.isEmpty {
            text += UIText.t(language, "计入 \(count) 家(截至 \(content.countedAt))", "\(count) firms counted (at \(content.countedAt))")
        } else {
            text += UIText.t(language, "各园区共 \(count) 家,最多的园区 \(NumberText.plain(content.actual ?? 0)) 家",
                             "\(count) firms in all parks; the best park has \(NumberText.plain(content.actual ?? 0))")
        }
        if content.rows.count != content.all.count {
            text += UIText.t(language, " · 筛选后 \(content.rows.count)", " · \(content.rows.count) match")
        }
        return text
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, content: TargetFirmsContent, layout: PageLayout) {
        let language = state.language
        let page = state.top
        DashboardView.summary(&buffer, summary(content, state))
        let sortColumn = page.sort.map { (index: $0.key == .name ? 0 : $0.key == .region ? 2 : 5, ascending: $0.ascending) }
        table(language).draw(into: &buffer, top: layout.contentTop, height: layout.contentHeight, rowCount: content.rows.count,
                             row: { index in
                                 texts(content.rows[index], content, state).enumerated().map { column, text in
                                     .text(text, column == 3 && state.tally.data.regions.town(of: content.rows[index].region) == nil ? Style(dim: true) : .plain)
                                 }
                             }, selected: page.cursor[0], scroll: page.scroll[0], focused: true,
                             glyphs: state.options.glyphs, sortColumn: sortColumn)
        if content.rows.isEmpty {
            buffer.put("  " + UIText.t(language, "(没有企业)", "(no firms)"), x: 0, y: layout.contentTop + 1, style: Style(dim: true))
        }
    }
}

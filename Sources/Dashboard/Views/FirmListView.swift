import ProgressModel

/// The firms of a region at the as-of date: what each holds and its latest event.
enum FirmListView {
    static func table(_ language: Language) -> Table {
        Table(columns: [
            TableColumn(UIText.t(language, "企业名称", "firm"), width: 16, flexible: true),
            TableColumn(UIText.t(language, "统一社会信用代码", "credit code"), width: 18, priority: 3),
            TableColumn(UIText.t(language, "地区", "region"), width: 10, priority: 2),
            TableColumn(UIText.t(language, "持有", "holds"), width: 14, priority: 1),
            TableColumn(UIText.t(language, "最近一次", "latest"), width: 27),
        ])
    }

    static func cells(_ firm: FirmStatus, _ state: DashboardState, _ texts: FirmRowTexts) -> [TableCell] {
        let recognitions = state.tally.data.recognitions
        let language = texts.language
        let event = recognitions.events[firm.latestEvent]
        let held = texts.held(firm)
        let latest = (event.yearOnly ? String(event.day.year) + "     " : event.day.description) + texts.eventText(event)
        let code = recognitions.firmCode(firm.firm)
        return [.text(recognitions.firmName(firm.firm)), .text(code?.description ?? UIText.t(language, "(无代码)", "(no code)"), Style(dim: code == nil)),
                .text(texts.region(firm)), .text(held.isEmpty ? state.options.glyphs.none : held, held.isEmpty ? Style(dim: true) : .plain),
                .text(latest, event.action.ends ? Style(color: .warning) : .plain)]
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, content: FirmContent, layout: PageLayout) {
        let language = state.language
        let page = state.top
        var summary = UIText.t(language, "\(state.tally.data.regions[content.region].name) · 企业 \(NumberText.grouped(content.total)) 家",
                               "\(state.tally.data.regions[content.region].name) · \(NumberText.grouped(content.total)) firms")
        if !page.filter.isEmpty { summary += UIText.t(language, " · 筛选后 \(content.rows.count)", " · \(content.rows.count) match") }
        DashboardView.summary(&buffer, summary)
        let texts = FirmRowTexts(state.tally.data, language: language, held: .short, rows: [])
        let sortColumn = page.sort.map { (index: $0.key == .name ? 0 : 4, ascending: $0.ascending) }
        table(language).draw(into: &buffer, top: layout.contentTop, height: layout.contentHeight, rowCount: content.rows.count,
                             row: { cells(content.rows[$0], state, texts) }, selected: page.cursor[0], scroll: page.scroll[0], focused: true,
                             glyphs: state.options.glyphs, sortColumn: sortColumn)
        if content.rows.isEmpty {
            buffer.put("  " + UIText.t(language, "(没有企业)", "(no firms)"), x: 0, y: layout.contentTop + 1, style: Style(dim: true))
        }
    }
}

import ProgressModel

/// One row per plan: its region, its headline target's progress, the targets met, the worst status.
enum OverviewView {
    static func table(_ language: Language) -> Table {
        Table(columns: [
            TableColumn(UIText.t(language, "计划", "plan"), width: 16, flexible: true),
            TableColumn(UIText.t(language, "地区", "region"), width: 8, priority: 3),
            TableColumn(UIText.t(language, "首要目标", "headline"), width: 12, priority: 2),
            TableColumn(UIText.t(language, "完成", "done"), width: 5, align: .right),
            TableColumn(UIText.t(language, "达标", "met"), width: 5, align: .right, priority: 1),
            TableColumn(UIText.t(language, "最差状态", "worst"), width: 11),
        ])
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, plans: [PlanSummary], layout: PageLayout) {
        let language = state.language
        let data = state.tally.data
        let targets = plans.reduce(0) { $0 + $1.targets.count }
        let met = plans.reduce(0) { $0 + $1.achieved }
        DashboardView.summary(&buffer, UIText.t(language, "\(plans.count) 个计划 · \(targets) 个目标 · 已完成 \(met) · 数据问题 \(state.tally.errorCount) 错误 \(state.tally.warningCount) 警告 (p)",
                                                "\(plans.count) plans · \(targets) targets · \(met) achieved · problems: \(state.tally.errorCount) errors, \(state.tally.warningCount) warnings (p)"))
        var rows: [[TableCell]] = plans.map { summary in
            guard let headline = summary.headline else {
                return [.text(summary.plan.name(in: language)), .text(data.regions[summary.plan.region].name),
                        .text(UIText.t(language, "(无量化目标)", "(no target)"), Style(dim: true)), .text(state.options.glyphs.none), .text(state.options.glyphs.none),
                        .text(UIText.t(language, "措施 \(summary.plan.measures.count) 项", "\(summary.plan.measures.count) measures"), Style(dim: true))]
            }
            let fraction = headline.actual.map { $0 / max(headline.target.value, 1e-9) }
            let expected = headline.expected.map { $0 / max(headline.target.value, 1e-9) }
            return [.text(summary.plan.name(in: language)), .text(data.regions[summary.plan.region].name),
                    .bar(ProgressBar(fraction: fraction, expected: expected, style: DashboardView.statusStyle(headline.status))),
                    .text(headline.percent.map(NumberText.percent) ?? state.options.glyphs.none), .text("\(summary.achieved)/\(summary.targets.count)"),
                    summary.worst.map { DashboardView.statusCell($0, state) } ?? .text(state.options.glyphs.none)]
        }
        rows.append([.text(state.options.glyphs.drill + " " + UIText.browseRegions(language), Style(bold: true)), .text(""), .text(""),
                     .text(""), .text(""), .text("")])
        let page = state.top
        table(language).draw(into: &buffer, top: layout.contentTop, height: layout.contentHeight, rows: rows, selected: page.cursor[0],
                             scroll: page.scroll[0], focused: true, glyphs: state.options.glyphs)
    }
}

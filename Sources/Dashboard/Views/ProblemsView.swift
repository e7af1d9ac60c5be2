import ProgressModel

/// Rejected rows and warnings, with file and line; the selected one in full below.
enum ProblemsView {
    static func table(_ language: Language) -> Table {
        Table(columns: [
            TableColumn(UIText.t(language, "级别", "level"), width: 6),
            TableColumn(UIText.t(language, "位置", "where"), width: 24, priority: 1),
            TableColumn(UIText.t(language, "问题", "problem"), width: 16, flexible: true),
        ])
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, items: [Diagnostic], layout: PageLayout) {
        let language = state.language
        let errors = items.filter { $0.severity == .error }.count
        DashboardView.summary(&buffer, UIText.t(language, "错误 \(errors) · 警告 \(items.count - errors)",
                                                "\(errors) errors · \(items.count - errors) warnings"))
        let cells = { (item: Diagnostic) -> [TableCell] in
            let level = item.severity == .error ? UIText.t(language, "错误", "error") : UIText.t(language, "警告", "warn")
            var what = item.problem.message(language)
            if let value = item.value { what = state.options.glyphs.quoteOpen + value + state.options.glyphs.quoteClose + " " + what }
            if let column = item.column { what = column + ": " + what }
            return [.text(level, item.severity == .error ? Style(color: .bad, bold: true) : Style(color: .warning)),
                    .text((item.file.split(separator: "/").last.map(String.init) ?? item.file) + (item.line > 0 ? ":\(item.line)" : "")), .text(what)]
        }
        let page = state.top
        let height = max(2, layout.contentHeight - 3)
        table(language).draw(into: &buffer, top: layout.contentTop, height: height, rowCount: items.count, row: { cells(items[$0]) },
                             selected: page.cursor[0], scroll: page.scroll[0], focused: true, glyphs: state.options.glyphs)
        if items.isEmpty {
            buffer.put("  " + UIText.t(language, "(没有问题)", "(no problems)"), x: 0, y: layout.contentTop + 1, style: Style(dim: true))
        } else if page.cursor[0] < items.count {
            let full = items[page.cursor[0]].formatted(language)
            for (offset, line) in Wrapping.lines(full, width: buffer.width - 2).prefix(3).enumerated() {
                buffer.put(" " + line, x: 0, y: layout.contentTop + height + offset, style: Style(dim: true))
            }
        }
        let omitted = state.tally.data.diagnostics.totalOmitted
        if omitted > 0 {
            buffer.put(UIText.t(language, " 另有 \(omitted) 个同类问题未列出", " and \(omitted) more of the same kinds"),
                       x: 0, y: layout.statusRow, style: Style(dim: true))
        }
    }
}

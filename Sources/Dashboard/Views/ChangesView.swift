import ProgressModel

/// Reasons and directions of a target's changes in words, and the tables both changes pages
/// (a target's, a region's holders') draw them in.
enum ChangeText {
    /// A change per row: direction, firm, the list (for a region's holders), where, why, when.
    static func table(_ language: Language, list: Bool) -> Table {
        Table(columns: [
            TableColumn(UIText.t(language, "变化", "change"), width: 6),
            TableColumn(UIText.t(language, "企业名称", "firm"), width: 16, flexible: true),
        ] + (list ? [TableColumn(UIText.t(language, "类型", "list"), width: 8)] : []) + [
            TableColumn(UIText.t(language, "区县", "district"), width: 10, priority: 2),
            TableColumn(UIText.t(language, "镇街", "town"), width: 10, priority: 3),
            TableColumn(UIText.t(language, "原因", "reason"), width: 12),
            TableColumn(UIText.t(language, "日期", "date"), width: 10, priority: 1),
        ])
    }

    /// The cells of `table`'s row for a change of `firm` in `region`.
    static func texts(entered: Bool, firm: Int, list: Int?, region: Int, reason: TargetChanges.Reason, day: Day?,
                      _ state: DashboardState) -> [String] {
        let data = state.tally.data
        let tree = data.regions
        let language = state.language
        return [direction(entered, language), data.recognitions.firmName(firm)]
            + (list.map { [data.designations[$0].shortName(in: language)] } ?? [])
            + [tree.district(of: region).map { tree[$0].name } ?? "", tree.town(of: region).map { tree[$0].name } ?? "",
               self.reason(reason, language), day?.description ?? ""]
    }

    /// A change's row: its direction coloured, the rest plain.
    static func cells(_ texts: [String], entered: Bool) -> [TableCell] {
        texts.enumerated().map { column, text in .text(text, column == 0 ? Style(color: entered ? .good : .warning, bold: true) : .plain) }
    }

    /// A row of `reconciliationTable`: what comes in green, what goes out in amber, after in bold.
    static func reconciliationCells(_ name: String, before: Int, entered: Int, left: Int, after: Int) -> [TableCell] {
        [.text(name), .text(NumberText.grouped(before)),
         .text(entered > 0 ? "+" + NumberText.grouped(entered) : "0", entered > 0 ? Style(color: .good) : Style(dim: true)),
         .text(left > 0 ? "−" + NumberText.grouped(left) : "0", left > 0 ? Style(color: .warning) : Style(dim: true)),
         .text(NumberText.grouped(after), Style(bold: true))]
    }

    /// Before + in − out = after, a row for each of what `first` names (a region, a list).
    static func reconciliationTable(_ first: String, _ language: Language) -> Table {
        Table(columns: [
            TableColumn(first, width: 16, flexible: true, maxWidth: 40),
            TableColumn(UIText.t(language, "期初", "before"), width: 7, align: .right),
            TableColumn(UIText.t(language, "进", "in"), width: 6, align: .right),
            TableColumn(UIText.t(language, "出", "out"), width: 6, align: .right),
            TableColumn(UIText.t(language, "期末", "after"), width: 7, align: .right),
        ])
    }

    static func reason(_ reason: TargetChanges.Reason, _ language: Language) -> String {
        let zh = language == .chinese
        switch reason {
        case .newGrant: return zh ? "新认定" : "new grant"
        case .renewal: return zh ? "复核" : "renewal"
        case .revocation: return zh ? "撤销或到期" : "revoked"
        case .lapse: return zh ? "有效期满" : "lapsed"
        case .move: return zh ? "迁移" : "moved"
        case .tier: return zh ? "层级变化" : "tier changed"
        case .other: return zh ? "其他" : "other"
        }
    }

    static func direction(_ entered: Bool, _ language: Language) -> String {
        entered ? UIText.t(language, "进", "in") : UIText.t(language, "出", "out")
    }

    /// "2025-05-31 → 2025-06-30:170 + 进 9 − 出 1 = 178", the reconciliation in one line.
    static func reconciliation(_ changes: TargetChanges, _ language: Language) -> String {
        "\(changes.from) → \(changes.to)" + UIText.t(language, ":", ": ") + NumberText.grouped(changes.before)
            + UIText.t(language, " + 进 ", " + in ") + NumberText.grouped(changes.entered)
            + UIText.t(language, " − 出 ", " − out ") + NumberText.grouped(changes.left) + " = " + NumberText.grouped(changes.after)
    }

    /// "进:新认定 7、复核 1 · 出:撤销或到期 1": how many firms came in and went out for each reason.
    static func byReason(_ changes: TargetChanges, _ language: Language) -> String {
        byReason(changes.changes.map { ($0.entered, $0.reason) }, language)
    }

    /// The same for changes given as (entered, reason).
    static func byReason(_ changes: [(entered: Bool, reason: TargetChanges.Reason)], _ language: Language) -> String {
        let sides = [true, false].compactMap { entered -> String? in
            let counts = TargetChanges.Reason.allCases.compactMap { each -> String? in
                let n = changes.filter { $0.entered == entered && $0.reason == each }.count
                return n > 0 ? reason(each, language) + " " + NumberText.grouped(n) : nil
            }
            guard !counts.isEmpty else { return nil }
            return direction(entered, language) + UIText.t(language, ":", ": ") + counts.joined(separator: UIText.t(language, "、", ", "))
        }
        return sides.joined(separator: " · ")
    }
}

/// The firms that entered or left a target between the earlier date and the as-of date, why
/// and when; the summary line reconciles the counts.
enum ChangesView {
    static func table(_ language: Language) -> Table { ChangeText.table(language, list: false) }

    static func texts(_ change: TargetChanges.Change, _ state: DashboardState) -> [String] {
        ChangeText.texts(entered: change.entered, firm: change.firm, list: nil, region: change.region, reason: change.reason, day: change.day, state)
    }

    /// The reconciliation, on the summary row (the breadcrumb names the target), and the filter's
    /// matches.
    static func summary(_ content: ChangesContent, _ state: DashboardState) -> String {
        let language = state.language
        var text = ChangeText.reconciliation(content.changes, language)
        if content.rows.count != content.changes.changes.count {
            text += UIText.t(language, " · 筛选后 \(content.rows.count)", " · \(content.rows.count) match")
        }
        return text
    }

    /// The target, the summary and the reasons in one line, for an export's table title.
    static func title(_ content: ChangesContent, _ state: DashboardState) -> String {
        let reasons = ChangeText.byReason(content.changes, state.language)
        return content.changes.target.name(in: state.language) + " · " + summary(content, state) + (reasons.isEmpty ? "" : " · " + reasons)
    }

    static func regionTable(_ language: Language) -> Table {
        ChangeText.reconciliationTable(UIText.t(language, "地区(进出含地区间迁移)", "region (in/out include moves between regions)"), language)
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, content: ChangesContent, layout: PageLayout) {
        let language = state.language
        let page = state.top
        DashboardView.summary(&buffer, summary(content, state))
        let reasons = ChangeText.byReason(content.changes, language)
        if reasons.isEmpty {
            let changes = content.changes
            let text = changes.from == changes.to && changes.to == changes.target.deadline
                ? UIText.t(language, "(期限已过:两个日期都按期限 \(changes.to) 计,数量不再变化)",
                           "(deadline passed: both dates count as \(changes.to); the count no longer moves)")
                : UIText.t(language, "(这段时间没有企业进出)", "(no firm entered or left in this time)")
            buffer.put(" " + text, x: 0, y: layout.contentTop, width: buffer.width, style: Style(dim: true))
        } else {
            buffer.put(" " + reasons, x: 0, y: layout.contentTop, width: buffer.width)
        }
        let top = layout.contentTop + ChangesLayout.reasonRows, height = max(0, layout.contentHeight - ChangesLayout.reasonRows)
        if page.pane == 1 {
            let tree = state.tally.data.regions
            let own = content.changes.target.region
            regionTable(language).draw(into: &buffer, top: top, height: height, rowCount: content.regions.count,
                                       row: { index in
                                           let part = content.regions[index]
                                           let name = part.region == own ? UIText.t(language, "(下级未填)", "(lower region not given)") : tree[part.region].name
                                           return ChangeText.reconciliationCells(name, before: part.before, entered: part.entered, left: part.left,
                                                                                 after: part.after)
                                       }, selected: page.cursor[1], scroll: page.scroll[1], focused: true, glyphs: state.options.glyphs)
            return
        }
        table(language).draw(into: &buffer, top: top, height: height, rowCount: content.rows.count,
                             row: { index in
                                 let change = content.rows[index]
                                 return ChangeText.cells(texts(change, state), entered: change.entered)
                             }, selected: page.cursor[0], scroll: page.scroll[0], focused: true, glyphs: state.options.glyphs)
    }
}

import ProgressModel

/// The current view as a file: a header saying what it is (view, region, date, inputs, filter,
/// sort, language, when), then the view in full — every row, not cut to the screen — drawn by the
/// same code as the screen (see `FullPage`).
public enum ViewExport {
    /// Exports are as wide as the terminal, and at least this wide.
    public static let minimumWidth = 100

    /// Writes the text of the export to `output` as it is drawn. `writtenAt` fills the one line
    /// that differs between two exports of the same state.
    public static func write<Output: TextOutputStream>(_ state: DashboardState, width: Int, writtenAt: String, to output: inout Output) {
        var lines = ExportLines(output)
        for line in header(state, writtenAt: writtenAt) { lines.write(line) }
        lines.write(String(repeating: state.options.glyphs.horizontal, count: width))
        FullPage.write(state, width: width, to: &lines)
        output = lines.output
    }

    /// The header lines, in the interface language.
    public static func header(_ state: DashboardState, writtenAt: String) -> [String] {
        let language = state.language
        let t = { (zh: String, en: String) in UIText.t(language, zh, en) }
        var lines = [t("专精特新培育进度 · 视图导出", "SRDI progress · view export")]
        lines.append(t("视图:", "View: ") + viewName(state) + " — " + DashboardView.breadcrumb(state).joined(separator: state.options.glyphs.separator))
        lines.append(t("截至:", "As of: ") + state.asOf.description)
        for input in state.tally.data.inputs {
            lines.append(t("输入:", "Input: ") + input.path + t("(\(NumberText.grouped(input.rows)) 行,载入 \(NumberText.grouped(input.loaded)),拒绝 \(NumberText.grouped(input.rejected)))",
                                                             " (\(NumberText.grouped(input.rows)) rows, \(NumberText.grouped(input.loaded)) loaded, \(NumberText.grouped(input.rejected)) rejected)"))
        }
        let page = state.top
        let filter = page.filter.isEmpty ? t("无", "none") : "“" + page.filter + "”"
        var sort = t("默认", "default")
        if let order = page.sort {
            sort = (order.key == .name ? t("名称", "name") : order.key == .region ? t("地区", "region") : t("日期", "date")) + (order.ascending ? state.options.glyphs.ascending : state.options.glyphs.descending)
        }
        lines.append(t("筛选:", "Filter: ") + filter + t(" · 排序:", " · sort: ") + sort)
        lines.append(t("语言:中文", "Language: English"))
        lines.append(t("导出时间:", "Written: ") + writtenAt)
        return lines
    }

    static func viewName(_ state: DashboardState) -> String {
        let language = state.language
        switch state.top.page {
        case .overview: return UIText.t(language, "总览", "overview")
        case .region: return UIText.t(language, "地区", "region")
        case .target: return UIText.t(language, "目标详情", "target")
        case .firms: return UIText.t(language, "企业名单", "firms")
        case .targetFirms: return UIText.t(language, "目标计入企业", "firms counted")
        case .firm: return UIText.t(language, "企业", "firm")
        case .changes: return UIText.t(language, "变化", "changes")
        case .holderChanges: return UIText.t(language, "持有变化", "holders' changes")
        case .rewards: return UIText.t(language, "奖励", "rewards")
        case .problems: return UIText.t(language, "数据问题", "problems")
        }
    }

    /// The region a view is about, for the file name (全国 for the overview and the problems).
    public static func regionName(_ state: DashboardState) -> String {
        let tree = state.tally.data.regions
        switch state.top.page {
        case .overview, .problems: return tree[tree.root].name
        case .region(let region), .firms(let region), .holderChanges(let region): return tree[region].name
        case .target(let id), .targetFirms(let id), .changes(let id): return state.tally.data.book.target(id).map { tree[$0.region].name } ?? tree[tree.root].name
        case .firm(let firm): return state.tally.data.recognitions.firmName(firm)
        case .rewards(let id): return state.tally.data.book.plan(id).map { tree[$0.region].name } ?? tree[tree.root].name
        }
    }

    /// `srdi-湛江市-2025-06-30-20261121-153012`: region, as-of date, when (the caller adds a suffix).
    public static func fileStem(_ state: DashboardState, stamp: String) -> String {
        let region = regionName(state).unicodeScalars.filter { $0 != "/" && $0.value >= 0x20 }
        return "srdi-\(String(String.UnicodeScalarView(region)))-\(state.asOf)-\(stamp)"
    }
}

import ProgressModel

/// The keys of the dashboard, in one table: the key bar at the bottom and the `?` help are both
/// made from it, so they cannot disagree.
public struct KeyBinding: Sendable {
    /// The keys as the help lists them.
    public let keys: String
    /// The keys as the key bar shows them, compactly.
    public let barKeys: String
    public let chinese: String
    public let english: String
    /// Shown in the key bar (the others are in the help only).
    public let inBar: Bool
    /// Pages where the key does something; nil for all.
    public let pages: Set<PageKind>?

    public func action(_ language: Language) -> String { language == .chinese ? chinese : english }

    /// The action in a few words, for the key bar.
    public func shortAction(_ language: Language) -> String {
        var text = String(action(language).prefix { $0 != "(" })
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// Page kinds, for saying where a key works.
public enum PageKind: Sendable, Hashable {
    case overview, region, target, firms, targetFirms, firm, changes, holderChanges, rewards, problems

    init(_ page: Page) {
        switch page {
        case .overview: self = .overview
        case .region: self = .region
        case .target: self = .target
        case .firms: self = .firms
        case .targetFirms: self = .targetFirms
        case .firm: self = .firm
        case .changes: self = .changes
        case .holderChanges: self = .holderChanges
        case .rewards: self = .rewards
        case .problems: self = .problems
        }
    }
}

public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: "↑↓ jk", barKeys: "↑↓", chinese: "移动", english: "move", inBar: true, pages: nil),
        KeyBinding(keys: "PgUp PgDn", barKeys: "PgUp", chinese: "翻页", english: "page", inBar: false, pages: nil),
        KeyBinding(keys: "g G", barKeys: "g G", chinese: "到顶/到底", english: "top/bottom", inBar: false, pages: nil),
        KeyBinding(keys: "1-9", barKeys: "1-9", chinese: "选第几行(计划、目标)", english: "select row N (a plan, a target)", inBar: false, pages: [.overview, .region]),
        KeyBinding(keys: "Enter → l", barKeys: "Enter", chinese: "进入(目标:计入的企业;企业:其记录)",
                   english: "open (a target: the firms it counts; a firm: its record)", inBar: true,
                   pages: [.overview, .region, .target, .firms, .targetFirms, .changes, .holderChanges]),
        KeyBinding(keys: "← h Esc", barKeys: "←", chinese: "返回", english: "back", inBar: true,
                   pages: [.region, .target, .firms, .targetFirms, .firm, .changes, .holderChanges, .rewards, .problems]),
        KeyBinding(keys: "Tab", barKeys: "Tab", chinese: "切换窗格(变化:按地区或类型)", english: "pane (changes: by region or list)", inBar: true,
                   pages: [.region, .changes, .holderChanges]),
        KeyBinding(keys: "/", barKeys: "/", chinese: "筛选(名称、代码、地区、类型、动作、年份;Esc 清除)",
                   english: "filter (name, code, region, list, action, year; Esc clears)", inBar: true, pages: [.firms, .targetFirms, .changes, .problems]),
        KeyBinding(keys: "s n r", barKeys: "s n r", chinese: "排序(按日期/名称/地区,再按反向)", english: "sort (by date/name/region, again reverses)",
                   inBar: true, pages: [.firms, .targetFirms]),
        KeyBinding(keys: "c", barKeys: "c", chinese: "变化(与上月末相比进出的企业;在下级地区上:持有企业)",
                   english: "changes (firms in and out; on a child region: its holders)",
                   inBar: true, pages: [.region, .target]),
        KeyBinding(keys: "$", barKeys: "$", chinese: "奖励(按年份、区县、企业)", english: "rewards (by year, county, firm)",
                   inBar: false, pages: [.region, .target]),
        KeyBinding(keys: "< >", barKeys: "< >", chinese: "比较日期 ±1 月", english: "earlier date ±1 month", inBar: true, pages: [.changes, .holderChanges]),
        KeyBinding(keys: "[ ] { }", barKeys: "[ ]", chinese: "截至日期 ±1 月(花括号 ±1 年)", english: "date ±1 month ({ } ±1 year)", inBar: true, pages: nil),
        KeyBinding(keys: "e", barKeys: "e", chinese: "导出(当前视图;再按 t 文本、c CSV、m Markdown、j JSON)",
                   english: "export (this view; then t text, c CSV, m markdown, j JSON)", inBar: true, pages: nil),
        KeyBinding(keys: "p", barKeys: "p", chinese: "数据问题", english: "problems", inBar: false,
                   pages: [.overview, .region, .target, .firms, .targetFirms, .firm, .changes, .holderChanges, .rewards]),
        KeyBinding(keys: "R", barKeys: "R", chinese: "重新读取数据", english: "reload data", inBar: false, pages: nil),
        KeyBinding(keys: "?", barKeys: "?", chinese: "帮助", english: "help", inBar: true, pages: nil),
        KeyBinding(keys: "q", barKeys: "q", chinese: "退出", english: "quit", inBar: true, pages: nil),
    ]

    /// The bindings that work on `page`.
    public static func bindings(for page: Page) -> [KeyBinding] {
        bindings.filter { $0.pages?.contains(PageKind(page)) ?? true }
    }
}

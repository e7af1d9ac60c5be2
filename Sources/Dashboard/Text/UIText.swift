import ProgressModel

/// The words of the interface, Chinese and English.
enum UIText {
    static func t(_ language: Language, _ chinese: String, _ english: String) -> String {
        language == .chinese ? chinese : english
    }

    static func title(_ language: Language) -> String { t(language, "专精特新培育进度", "SRDI progress") }
    static func asOf(_ day: Day, _ language: Language) -> String { t(language, "截至 \(day)", "as of \(day)") }
    static func allPlans(_ language: Language) -> String { t(language, "全部计划", "All plans") }
    static func firmList(_ language: Language) -> String { t(language, "企业名单", "Firms") }
    static func problems(_ language: Language) -> String { t(language, "数据问题", "Problems") }
    static func browseRegions(_ language: Language) -> String { t(language, "按地区浏览(全国)", "Browse by region (all)") }
    static func help(_ language: Language) -> String { t(language, "帮助 — 按任意键关闭", "Help — any key closes") }

    static func reloading(_ language: Language) -> String { t(language, "正在重新读取数据……", "Reading the data again…") }
    static func reloaded(_ tally: Tally, _ language: Language) -> String {
        let rows = tally.data.inputs.reduce(0) { $0 + $1.loaded }
        return t(language, "已重新读取:\(NumberText.grouped(rows)) 行", "Reloaded: \(NumberText.grouped(rows)) rows")
    }
    static func reloadFailed(_ reason: String, _ language: Language) -> String { t(language, "读取失败:\(reason)", "Reload failed: \(reason)") }
    /// The file name first (it is what the user looks for), then where it is; for several files
    /// (CSV, one per table) the first and how many.
    static func exported(_ paths: [String], _ language: Language) -> String {
        let path = paths.first ?? ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        var name = String(parts.last ?? Substring(path))
        if paths.count > 1 { name += t(language, " 等 \(paths.count) 个文件", " and \(paths.count - 1) more") }
        guard parts.count > 1 else { return t(language, "已导出 \(name)(当前目录)", "Exported \(name) (current directory)") }
        let folder = parts.dropLast().joined(separator: "/")
        return t(language, "已导出 \(name)(目录 \(folder.isEmpty ? "/" : folder))", "Exported \(name) (in \(folder.isEmpty ? "/" : folder))")
    }
    static func exportChoice(_ language: Language) -> String {
        t(language, "导出格式:t 文本  c CSV(每表一个文件)  m Markdown  j JSON   其他键取消",
          "Export as: t text  c CSV (a file per table)  m markdown  j JSON   any other key cancels")
    }
    static func exportCancelled(_ language: Language) -> String { t(language, "已取消导出", "Export cancelled") }
    static func exportFailed(_ reason: String, _ language: Language) -> String { t(language, "导出失败:\(reason)", "Export failed: \(reason)") }
    static func exporting(_ language: Language) -> String { t(language, "正在导出当前视图……", "Writing the export…") }
    static func exportBusy(_ language: Language) -> String {
        t(language, "上一个导出尚未写完,请稍候再按 e", "An export is still being written; press e again when it is done")
    }

    static func tooSmall(width: Int, height: Int, _ language: Language) -> [String] {
        [t(language, "窗口太小", "Window too small"),
         t(language, "当前 \(width)×\(height)", "now \(width)×\(height)"),
         t(language, "至少需要 \(PageLayout.minimumWidth)×\(PageLayout.minimumHeight)", "needs \(PageLayout.minimumWidth)×\(PageLayout.minimumHeight)")]
    }
}

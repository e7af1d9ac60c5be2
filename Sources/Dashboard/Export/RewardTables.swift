import ProgressModel

/// One reward rule's money as tables, for the markdown, CSV and JSON exports: by year, by county,
/// by firm, with the rule quoted.
enum RewardTables {
    static func sections(_ breakdown: RewardBreakdown, _ state: DashboardState) -> [ExportSection] {
        let language = state.language
        let data = state.tally.data
        let tree = data.regions
        let rule = breakdown.rule
        let t = { (zh: String, en: String) in UIText.t(language, zh, en) }
        let name = language == .chinese ? rule.name : rule.nameEnglish
        let tierName = { (tier: Int) in rule.tiers[tier].designations.map { data.designations[$0].shortName(in: language) }.joined(separator: "、") }
        return [
            ExportSection(title: t("奖励:", "Rewards: ") + name, columns: [], rows: [],
                          text: ["“" + rule.quote + "”", rule.notes(in: language),
                                 t("至 \(breakdown.countedAt):\(breakdown.total.firms) 家,\(rule.isCeiling ? "最多 " : "")\(breakdown.total.amount) 元",
                                   "to \(breakdown.countedAt): \(breakdown.total.firms) firms, \(rule.isCeiling ? "up to " : "")\(breakdown.total.amount) yuan")]),
            ExportSection(title: name + t(" · 按年份", " · by year"), columns: [t("年份", "year"), t("家数", "firms"), t("金额(元)", "amount (yuan)")],
                          rows: breakdown.byYear.map { [String($0.year), String($0.sum.firms), String($0.sum.amount)] }, text: []),
            ExportSection(title: name + t(" · 按区县", " · by county"), columns: [t("区县", "county"), t("代码", "code"), t("家数", "firms"), t("金额(元)", "amount (yuan)")],
                          rows: breakdown.byCounty(tree).map { entry in
                              [entry.region == breakdown.region ? t("(区县未填)", "(county not given)") : tree[entry.region].name,
                               entry.region == breakdown.region ? "" : tree[entry.region].code, String(entry.sum.firms), String(entry.sum.amount)]
                          }, text: []),
            ExportSection(title: name + t(" · 按企业", " · by firm"),
                          columns: [t("企业名称", "firm"), t("统一社会信用代码", "credit code"), t("区县", "county"), t("档", "tier"), t("金额(元)", "amount (yuan)"),
                                    t("达到该档日期", "tier reached")],
                          rows: breakdown.firms.map { firm in
                              [data.recognitions.firmName(firm.firm), data.recognitions.firmCode(firm.firm)?.description ?? "",
                               tree.child(of: breakdown.region, toward: firm.region).map { tree[$0].name } ?? "",
                               tierName(firm.tier), String(firm.amount), firm.since.description]
                          }, text: []),
        ]
    }
}

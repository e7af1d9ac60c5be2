import ProgressModel

/// A firm's page as tables, for the markdown, CSV and JSON exports: what it holds, what lapsed,
/// its moves, its events with file and line, the targets and rewards it counts toward.
enum FirmPageTables {
    static func sections(_ history: FirmHistory, _ state: DashboardState) -> [ExportSection] {
        let language = state.language
        let data = state.tally.data
        let tree = data.regions
        let table = data.recognitions
        let designations = data.designations
        let t = { (zh: String, en: String) in UIText.t(language, zh, en) }
        let name = { (d: Int) in designations[d].name(in: language) }
        var sections = [ExportSection(title: table.firmName(history.firm), columns: [], rows: [], text: [
            t("统一社会信用代码 ", "credit code ") + (table.firmCode(history.firm)?.description ?? t("(无代码)", "(no code)")),
            t("地区 ", "region ") + (history.region.map { tree.path(to: $0).dropFirst().map { tree[$0].name }.joined(separator: " ") } ?? ""),
        ])]
        sections.append(ExportSection(title: t("持有", "Holds"), columns: [t("认定类型", "designation"), t("自", "since"), t("有效至", "valid until")],
                                      rows: history.holdings.map { [name($0.designation), $0.since.description, $0.until?.description ?? ""] }, text: []))
        sections.append(ExportSection(title: t("有效期届满", "Lapsed"), columns: [t("认定类型", "designation"), t("日期", "date")],
                                      rows: history.lapses.map { [name($0.designation), $0.on.description] }, text: []))
        sections.append(ExportSection(title: t("迁移", "Moves"), columns: [t("日期", "date"), t("从", "from"), t("到", "to")],
                                      rows: history.moves.map { [$0.on.description, tree[$0.from].name, tree[$0.to].name] }, text: []))
        sections.append(ExportSection(
            title: t("记录", "Events"),
            columns: [t("日期", "date"), t("动作", "action"), t("认定类型", "designation"), t("批次", "batch"), t("地区", "region"),
                      t("文件", "file"), t("行", "line")],
            rows: history.events.map { position in
                let event = table.events[position]
                return [event.yearOnly ? String(event.day.year) : event.day.description, event.action.name(in: language),
                        name(Int(event.designation)), event.batch.map(String.init) ?? "", tree[Int(event.region)].name,
                        table.inputs[Int(event.input)].path, String(event.line)]
            }, text: []))
        sections.append(ExportSection(
            title: t("计入的目标", "Counts toward"),
            columns: ["id", t("地区", "region"), t("目标", "target"), t("计入依据", "counts as"), t("日期", "date"), t("按最高一档", "highest only")],
            rows: history.counted.map { counted in
                [counted.target.id, tree[counted.target.region].name, counted.target.name(in: language), name(counted.member.designation),
                 counted.member.since.description, counted.target.counting == .highest ? t("是", "yes") : ""]
            }, text: []))
        sections.append(ExportSection(
            title: t("奖励", "Rewards"), columns: [t("规则", "rule"), t("档", "tier"), t("金额(元)", "amount (yuan)"), t("上限", "ceiling")],
            rows: history.rewards.filter { $0.tier < $0.rule.tiers.count }.map { reward in
                let tier = reward.rule.tiers[reward.tier]
                return [language == .chinese ? reward.rule.name : reward.rule.nameEnglish,
                        tier.designations.map { designations[$0].shortName(in: language) }.joined(separator: "、"), String(tier.amount),
                        reward.rule.isCeiling ? t("是", "yes") : ""]
            }, text: []))
        return sections
    }
}

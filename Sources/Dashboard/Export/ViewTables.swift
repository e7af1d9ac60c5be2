import ProgressModel

/// A view as tables of values (numbers unclipped, bars as percentages), for the markdown, CSV
/// and JSON exports.
public struct ExportSection: Sendable {
    public let title: String
    public let columns: [String]
    public let rowCount: Int
    /// The values of a row, made when the row is written: a list of a million firms is never
    /// held as text.
    public let row: @Sendable (Int) -> [String]
    /// Paragraphs of text (a quote, notes) for sections without rows.
    public let text: [String]

    init(title: String, columns: [String], rowCount: Int, row: @escaping @Sendable (Int) -> [String], text: [String] = []) {
        self.title = title
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        self.text = text
    }

    init(title: String, columns: [String], rows: [[String]], text: [String]) {
        self.init(title: title, columns: columns, rowCount: rows.count, row: { rows[$0] }, text: text)
    }
}

public enum ViewTables {
    public static func sections(_ state: DashboardState) -> [ExportSection] {
        let language = state.language
        let data = state.tally.data
        let t = { (zh: String, en: String) in UIText.t(language, zh, en) }
        let number = { (value: Double?) in value.map(NumberText.plain) ?? "" }
        switch state.top.content {
        case .empty:
            return []
        case .overview(let plans):
            return [ExportSection(
                title: t("计划", "Plans"),
                columns: [t("计划", "plan"), t("地区", "region"), t("首要目标", "headline target"), t("目标值", "goal"), t("实际", "actual"),
                          t("完成率", "done"), t("应达", "expected"), t("状态", "status"), t("达标", "met"), t("目标数", "targets"), t("最差状态", "worst")],
                rows: plans.map { summary in
                    let headline = summary.headline
                    return [summary.plan.name(in: language), data.regions[summary.plan.region].name, headline?.target.name(in: language) ?? "",
                            headline.map { Labels.targetValue($0.target) } ?? "", number(headline?.actual), headline?.percent.map(NumberText.percent) ?? "",
                            number(headline?.expected.map { $0.rounded() }), headline?.status.label(language) ?? "", String(summary.achieved),
                            String(summary.targets.count), summary.worst?.label(language) ?? ""]
                }, text: [])]
        case .region(let content):
            var sections: [ExportSection] = []
            if !content.targets.isEmpty { sections.append(targetTable(content.targets, state)) }
            let measures = content.plans.flatMap(\.measures)
            if content.targets.isEmpty && !measures.isEmpty {
                sections.append(ExportSection(title: t("措施", "Measures"), columns: [], rows: [], text: measures.map { $0.name + " " + $0.quote }))
            }
            let names = content.designations.map { data.designations[$0].name(in: language) }
            let region = [data.regions[content.region].name, data.regions[content.region].code] + content.totals.map(String.init)
            var rows: [[String]]
            var columns = [t("地区", "region"), t("代码", "code")] + names
            var title = t("下级地区(持有家数)", "Regions below (firms holding)")
            if let contribution = content.contribution {
                title += t(" · 对「", " · their part of “") + contribution.target.name(in: language) + t("」的贡献", "”")
                columns += [t("计入目标", "counted"), t("占实际", "of actual")]
                rows = [region + [String(contribution.total), contribution.total > 0 ? "100%" : ""]]
                rows += content.children.map { child in
                    [data.regions[child.region].name, data.regions[child.region].code] + child.counts.map(String.init)
                        + [String(child.contribution ?? 0), child.share.map(NumberText.percent) ?? ""]
                }
                if contribution.notGiven > 0 {
                    rows.append([RegionView.notGivenLabel(content, state), ""] + content.designations.map { _ in "" }
                                + [String(contribution.notGiven), NumberText.percent(100 * Double(contribution.notGiven) / Double(max(1, contribution.total)))])
                }
            } else {
                columns.append(t("份额", "share"))
                rows = [region + [""]]
                rows += content.children.map { child in
                    [data.regions[child.region].name, data.regions[child.region].code] + child.counts.map(String.init) + [child.share.map(NumberText.percent) ?? ""]
                }
            }
            sections.append(ExportSection(title: title, columns: columns, rows: rows, text: []))
            return sections
        case .target(let content):
            let progress = content.progress
            let target = progress.target
            var sections = [ExportSection(title: target.name(in: language), columns: [], rows: [],
                                          text: ["“" + target.quote + "”", "documents/" + target.document,
                                                 Labels.countingRule(target, book: data.book, catalog: data.designations, regions: data.regions, language)]
                                          + (target.notes(in: language).isEmpty ? [] : [target.notes(in: language)])
                                          + content.notes.map { $0.message(language) })]
            sections.append(targetTable([progress], state))
            if !progress.byYear.isEmpty {
                sections.append(ExportSection(title: t("逐年", "By year"), columns: [t("年份", "year"), t("数量", "count"), t("计划", "quota"), t("应达", "expected")],
                                              rows: progress.byYear.map { [String($0.year), number($0.count), number($0.quota), number($0.expected.map { $0.rounded() })] },
                                              text: []))
            }
            if !content.monthly.isEmpty {
                sections.append(ExportSection(
                    title: target.mode == .stock ? t("逐月(月末存量)", "By month (stock at month ends)") : t("逐月(月末累计计入)", "By month (counted to each month end)"),
                    columns: [t("月末", "month end"), t("数量", "count"), t("应达", "expected")],
                    rows: content.monthly.map { [$0.day.description, String($0.count), number($0.expected.map { ($0 * 10).rounded() / 10 })] }, text: []))
            }
            if !progress.regionCounts.isEmpty {
                sections.append(ExportSection(title: t("各园区、开发区", "Parks and zones"), columns: [t("地区", "region"), t("家数", "firms")],
                                              rows: progress.regionCounts.map { [data.regions[$0.region].name, String($0.count)] }, text: []))
            }
            return sections
        case .firms(let content):
            let texts = FirmRowTexts(data, language: language, held: .full, rows: content.rows)
            return [ExportSection(
                title: t("企业名单", "Firms"),
                columns: [t("企业名称", "firm"), t("统一社会信用代码", "credit code"), t("地区", "region"), t("持有", "holds"),
                          t("最近日期", "latest date"), t("动作", "action"), t("认定类型", "designation")],
                rowCount: content.rows.count, row: { index in
                    let firm = content.rows[index]
                    let event = data.recognitions.events[firm.latestEvent]
                    return [data.recognitions.firmName(firm.firm), data.recognitions.firmCode(firm.firm)?.description ?? "",
                            texts.region(firm), texts.held(firm),
                            event.yearOnly ? String(event.day.year) : event.day.description, event.action.name(in: language),
                            texts.name(Int(event.designation))]
                })]
        case .targetFirms(let content):
            return [ExportSection(
                title: TargetFirmsView.summary(content, state),
                columns: [t("企业名称", "firm"), t("统一社会信用代码", "credit code"), t("区县", "district"), t("镇街", "town"),
                          t("计入依据", "counts as"), t("日期", "date"), t("首次计入年份", "year first counted")],
                rowCount: content.rows.count, row: { index in
                    let member = content.rows[index]
                    var texts = TargetFirmsView.texts(member, content, state)
                    if data.recognitions.firmCode(member.firm) == nil { texts[1] = "" }
                    if data.regions.town(of: member.region) == nil { texts[3] = "" }
                    return texts + [member.year == 0 ? "" : String(member.year)]
                })]
        case .firm(let content):
            return FirmPageTables.sections(content.history, state)
        case .rewards(let content):
            return content.breakdowns.flatMap { RewardTables.sections($0, state) }
        case .changes(let content):
            return [ExportSection(
                title: ChangesView.title(content, state),
                columns: [t("变化", "change"), t("企业名称", "firm"), t("统一社会信用代码", "credit code"), t("区县", "district"), t("镇街", "town"),
                          t("原因", "reason"), t("日期", "date")],
                rowCount: content.rows.count, row: { index in
                    let change = content.rows[index]
                    var texts = ChangesView.texts(change, state)
                    texts.insert(data.recognitions.firmCode(change.firm)?.description ?? "", at: 2)
                    return texts
                }),
                ExportSection(
                    title: t("按地区(进出含地区间迁移)", "By region (in and out include moves between regions)"),
                    columns: [t("地区", "region"), t("代码", "code"), t("期初", "before"), t("进", "in"), t("出", "out"), t("期末", "after")],
                    rows: content.changes.byRegion(below: content.changes.target.region, tree: data.regions).map { part in
                        let own = part.region == content.changes.target.region
                        return [own ? t("(下级未填)", "(lower region not given)") : data.regions[part.region].name, own ? "" : data.regions[part.region].code,
                                String(part.before), String(part.entered), String(part.left), String(part.after)]
                    }, text: []),
            ]
        case .holderChanges(let changes):
            return [ExportSection(
                title: HolderChangesView.summary(changes, language) + " · " + HolderChangesView.reasons(changes, language),
                columns: [t("变化", "change"), t("企业名称", "firm"), t("统一社会信用代码", "credit code"), t("类型", "list"), t("区县", "district"),
                          t("镇街", "town"), t("原因", "reason"), t("日期", "date")],
                rowCount: changes.changes.count, row: { index in
                    let change = changes.changes[index]
                    var texts = HolderChangesView.texts(change, state)
                    texts.insert(data.recognitions.firmCode(change.firm)?.description ?? "", at: 2)
                    return texts
                }),
                ExportSection(
                    title: t("按类型(持有企业)", "By list (firms holding it)"),
                    columns: [t("类型", "list"), t("代码", "code"), t("期初", "before"), t("进", "in"), t("出", "out"), t("期末", "after")],
                    rows: changes.parts.map { part in
                        let designation = data.designations[part.designation]
                        return [designation.name(in: language), designation.code, String(part.before), String(part.entered), String(part.left), String(part.after)]
                    }, text: []),
            ]
        case .problems(let items):
            return [ExportSection(
                title: t("数据问题", "Problems"),
                columns: [t("级别", "level"), t("文件", "file"), t("行", "line"), t("列", "column"), t("值", "value"), t("问题", "problem")],
                rowCount: items.count, row: { index in
                    let item = items[index]
                    return [item.severity.rawValue, item.file, String(item.line), item.column ?? "", item.value ?? "", item.problem.message(language)]
                })]
        }
    }

    static func targetTable(_ targets: [TargetProgress], _ state: DashboardState) -> ExportSection {
        let language = state.language
        let t = { (zh: String, en: String) in UIText.t(language, zh, en) }
        let number = { (value: Double?) in value.map(NumberText.plain) ?? "" }
        return ExportSection(
            title: t("目标", "Targets"),
            columns: ["id", t("目标", "target"), t("方式", "mode"), t("目标值", "goal"), t("实际", "actual"), t("完成率", "done"),
                      t("应达", "expected"), t("状态", "status"), t("缺口", "gap"), t("预计", "projected"), t("期限", "deadline")],
            rows: targets.map { progress in
                let target = progress.target
                return [target.id, target.name(in: language), Labels.mode(target.mode, language), Labels.targetValue(target),
                        number(progress.actual), progress.percent.map(NumberText.percent) ?? "", number(progress.expected.map { ($0 * 10).rounded() / 10 }),
                        progress.status.label(language), number(progress.gap), number(progress.projected.map { $0.rounded() }), target.deadline.description]
            }, text: [])
    }
}

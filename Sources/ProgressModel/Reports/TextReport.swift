/// The report as aligned plain text (CJK characters two columns wide), for terminals, files and
/// mail.
public struct TextReport {
    public let report: ProgressReport
    public let language: Language

    public init(_ report: ProgressReport, language: Language) {
        self.report = report
        self.language = language
    }

    private var zh: Bool { language == .chinese }

    public func render() -> String { lines().joined(separator: "\n") + "\n" }

    public func lines() -> [String] {
        var out = header()
        for section in report.sections {
            out.append("")
            out += planLines(section)
        }
        return out
    }

    public func header() -> [String] {
        let data = report.data
        let tree = data.regions
        var out = [zh ? "专精特新培育进度报告" : "SRDI progress report"]
        let path = tree.path(to: report.scope).map { tree[$0].name }.joined(separator: " › ")
        out.append((zh ? "截至 " : "As of ") + report.asOf.description + (zh ? " · 范围 " : " · region ") + path)
        for input in data.inputs {
            out.append(zh ? "输入 \(input.path):\(NumberText.grouped(input.rows)) 行,载入 \(NumberText.grouped(input.loaded)),拒绝 \(NumberText.grouped(input.rejected))(\(input.encoding))"
                : "Input \(input.path): \(NumberText.grouped(input.rows)) rows, \(NumberText.grouped(input.loaded)) loaded, \(NumberText.grouped(input.rejected)) rejected (\(input.encoding))")
        }
        let errors = report.tally.errorCount, warnings = report.tally.warningCount
        if errors + warnings > 0 {
            out.append(zh ? "问题:\(errors) 个错误,\(warnings) 个警告(用 srdi check 查看)" : "Problems: \(errors) errors, \(warnings) warnings (see srdi check)")
        }
        return out
    }

    func planLines(_ section: ProgressReport.PlanSection) -> [String] {
        let data = report.data
        let plan = section.plan
        var out = ["== \(plan.name(in: language)) =="]
        out.append([plan.issuer, plan.dateText, data.regions[plan.region].name,
                    (zh ? "期间 " : "period ") + "\(plan.start)—\(plan.end)", (zh ? "原文 " : "document ") + "documents/" + plan.document]
            .filter { !$0.isEmpty }.joined(separator: " · "))
        if section.targets.isEmpty {
            out.append(zh ? "  (本文件无量化目标)" : "  (no quantitative target in this document)")
        } else {
            out.append("")
            out += targetTable(section.targets).lines(indent: "  ")
        }
        if !section.notes.isEmpty {
            out.append("")
            out.append(zh ? "  一致性检查:" : "  Consistency:")
            for note in section.notes {
                let name = data.book.target(note.targetID).map { $0.name(in: language) } ?? note.targetID
                out.append("  - \(name): \(note.message(language))")
            }
        }
        for exposure in section.rewards {
            out.append("")
            out += rewardLines(exposure)
        }
        if !plan.measures.isEmpty && section.targets.isEmpty {
            out.append("")
            out.append(zh ? "  措施:" : "  Measures:")
            for measure in plan.measures { out.append("  - \(measure.name)") }
        }
        out.append("")
        out += regionTable(section).lines(indent: "  ")
        return out
    }

    func targetTable(_ targets: [TargetProgress]) -> TextTable {
        var table = TextTable([
            .init(zh ? "目标" : "target"), .init(zh ? "方式" : "mode"), .init(zh ? "目标值" : "goal", .right),
            .init(zh ? "实际" : "actual", .right), .init(zh ? "完成率" : "done", .right), .init(zh ? "应达" : "expected", .right),
            .init(zh ? "状态" : "status"), .init(zh ? "预计" : "projected", .right), .init(zh ? "期限" : "deadline"),
        ])
        for progress in targets {
            let target = progress.target
            let indent = target.parent != nil || target.yearlyOf != nil ? "  " : ""
            table.add([
                indent + target.name(in: language), Labels.mode(target.mode, language), Labels.targetValue(target),
                progress.actual.map(NumberText.plain) ?? "–", progress.percent.map(NumberText.percent) ?? "–",
                progress.expected.map { NumberText.plain($0.rounded()) } ?? "–", progress.status.label(language),
                progress.projected.map { NumberText.plain($0.rounded()) } ?? "–", target.deadline.description,
            ])
        }
        return table
    }

    func rewardLines(_ exposure: RewardExposure) -> [String] {
        let data = report.data
        let rule = exposure.rule
        let ceiling = rule.isCeiling ? (zh ? "最多 " : "up to ") : ""
        var out = [zh ? "  奖励“\(rule.name)”(\(rule.start)—\(exposure.countedAt),每家按最高一级计一次):\(exposure.totalFirms) 家,\(ceiling)\(NumberText.money(exposure.totalAmount, language))"
            : "  Rewards \"\(rule.nameEnglish)\" (\(rule.start)–\(exposure.countedAt), each firm once at its highest tier): \(exposure.totalFirms) firms, \(ceiling)\(NumberText.money(exposure.totalAmount, language))"]
        for (tier, firms) in zip(rule.tiers, exposure.firmsPerTier) {
            let names = tier.designations.map { data.designations[$0].name(in: language) }.joined(separator: zh ? "、" : ", ")
            out.append("    \(names): \(firms) × \(NumberText.money(tier.amount, language)) = \(NumberText.money(firms * tier.amount, language))")
        }
        return out
    }

    /// The plan region's children with the firms holding each designation the plan counts.
    func regionTable(_ section: ProgressReport.PlanSection) -> TextTable {
        let data = report.data
        let tree = data.regions
        let designations = report.designations(of: section)
        var table = TextTable([.init(zh ? "地区(持有数)" : "region (holding)")]
            + designations.map { .init(data.designations[$0].name(in: language), .right) })
        let region = section.plan.region
        let rows = [region] + tree.children[region].filter { tree.exists($0, at: report.asOf) || report.counts.firms($0) > 0 }
        for (position, row) in rows.enumerated() {
            table.add([(position == 0 ? "" : "  ") + tree[row].name] + designations.map { String(report.counts.active(row, $0)) })
        }
        return table
    }
}

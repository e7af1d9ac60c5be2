import ProgressModel

/// Generated plan data written as the files of a data directory: `designations.yaml` and
/// `targets.yaml` in the layout of the bundled ones, and the bundled `regions.csv` and sample
/// recognitions with the generated rows appended.
public struct PlanFiles {
    public let designations: String
    public let targets: String
    public let regions: [UInt8]
    public let recognitions: [UInt8]

    init(_ plans: GeneratedPlans, bundled: BundledData) {
        designations = PlanFiles.designationsYAML(plans.designations)
        targets = PlanFiles.targetsYAML(plans.plans, metrics: bundled.reference.book.metrics)
        regions = bundled.regionsBytes + PlanFiles.lines(plans.regionRows)
        recognitions = bundled.recognitionsBytes + PlanFiles.lines(plans.recognitionRows)
    }

    /// The files by their names in a data directory.
    public var byName: [(name: String, bytes: [UInt8])] {
        [("designations.yaml", Array(designations.utf8)), ("targets.yaml", Array(targets.utf8)), ("regions.csv", regions),
         ("sample/recognitions.csv", recognitions)]
    }

    private static func lines(_ rows: [String]) -> [UInt8] { Array(rows.map { $0 + "\n" }.joined().utf8) }

    static func designationsYAML(_ entries: [GeneratedPlans.DesignationEntry]) -> String {
        var out: [String] = []
        for entry in entries {
            out.append("- code: \(quoted(entry.code))")
            out.append("  name: \(quoted(entry.name))")
            out.append("  name_en: \(quoted(entry.nameEnglish))")
            if let rank = entry.rank { out.append("  rank: \(rank)") }
            if let valid = entry.validYears { out.append("  valid_years: \(valid)") }
            out.append("  aliases: [\(entry.aliases.map(quoted).joined(separator: ", "))]")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func targetsYAML(_ plans: [GeneratedPlans.PlanEntry], metrics: [Metric]) -> String {
        var out = ["metrics:"]
        for metric in metrics {
            out += ["  - code: \(quoted(metric.code))", "    name: \(quoted(metric.name))", "    unit: \(quoted(metric.unit))"]
        }
        out.append("plans:")
        for plan in plans {
            out += ["  - id: \(quoted(plan.id))", "    name: \(quoted("计划 " + plan.id))", "    region: \(quoted(plan.region))",
                    "    document: \(quoted(plan.document))", "    start: \(plan.start)", "    end: \(plan.end)", "    targets:"]
            for target in plan.targets { out += targetLines(target) }
            if !plan.rewards.isEmpty { out.append("    rewards:") }
            for reward in plan.rewards { out += rewardLines(reward) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func targetLines(_ target: GeneratedPlans.TargetEntry) -> [String] {
        var out = ["      - id: \(quoted(target.id))", "        name: \(quoted("目标 " + target.id))", "        mode: \(target.mode)"]
        if let metric = target.metric {
            out.append("        metric: \(quoted(metric))")
        } else {
            out.append("        designations: [\(target.designations.map(quoted).joined(separator: ", "))]")
        }
        out.append("        target: \(quoted(target.target))")
        out.append("        quote: \(quoted("原文 " + target.id))")
        let optional: [(String, String?)] = [
            ("year", target.year), ("start", target.start), ("deadline", target.deadline),
            ("parent", target.parent.map(quoted)), ("yearly_of", target.yearlyOf.map(quoted)), ("count", target.count),
            ("region", target.region.map(quoted)), ("document", target.document.map(quoted)),
        ]
        for case let (key, value?) in optional { out.append("        \(key): \(value)") }
        if !target.each.isEmpty { out.append("        each: [\(target.each.joined(separator: ", "))]") }
        return out
    }

    private static func rewardLines(_ reward: GeneratedPlans.RewardEntry) -> [String] {
        var out = ["      - id: \(quoted(reward.id))", "        basis: \(reward.basis)", "        ceiling: \(reward.ceiling)",
                   "        quote: \(quoted("奖励 " + reward.id))"]
        if let start = reward.start { out.append("        start: \(start)") }
        if let deadline = reward.deadline { out.append("        deadline: \(deadline)") }
        out.append("        amounts:")
        for tier in reward.tiers {
            out.append("          - designations: [\(tier.designations.map(quoted).joined(separator: ", "))]")
            out.append("            amount: \(tier.amount)")
        }
        return out
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

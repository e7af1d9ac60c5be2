/// Reads `targets.yaml`: plans, their targets, reward rules and measures, and the metrics of
/// observation targets. Every reference (region, designation, metric, parent) is checked.
public enum PlanFile {
    public static func load(_ text: String, file: String, regions: RegionTree, designations: DesignationCatalog,
                            log: inout DiagnosticLog) -> PlanBook {
        guard let root = YAMLRecord.parse(text, file: file, log: &log) else { return PlanBook(plans: [], targets: [], metrics: []) }
        let top = YAMLRecord(node: root, file: file)
        var metrics: [Metric] = []
        for record in top.records("metrics") {
            guard let code = record.required("code", log: &log), let name = record.required("name", log: &log) else { continue }
            metrics.append(Metric(code: code, name: name, nameEnglish: record.string("name_en") ?? code, unit: record.string("unit") ?? ""))
        }
        var reader = Reader(file: file, regions: regions, designations: designations, metrics: Set(metrics.map(\.code)))
        var plans: [Plan] = []
        if top.records("plans").isEmpty {
            log.add(Diagnostic(.error, file: file, line: top.line, .missingField("plans")))
        }
        for record in top.records("plans") {
            if let plan = reader.plan(record, log: &log) { plans.append(plan) }
        }
        reader.checkReferences(log: &log)
        return PlanBook(plans: plans, targets: reader.targets, metrics: metrics)
    }

    private struct Reader {
        let file: String
        let regions: RegionTree
        let designations: DesignationCatalog
        let metrics: Set<String>
        var targets: [Target] = []
        var ids: Set<String> = []

        init(file: String, regions: RegionTree, designations: DesignationCatalog, metrics: Set<String>) {
            self.file = file
            self.regions = regions
            self.designations = designations
            self.metrics = metrics
        }

        mutating func plan(_ record: YAMLRecord, log: inout DiagnosticLog) -> Plan? {
            guard let id = record.required("id", log: &log), let name = record.required("name", log: &log),
                  let regionText = record.required("region", log: &log), let document = record.required("document", log: &log),
                  let start = record.day("start", log: &log), let end = record.day("end", yearMeansEnd: true, log: &log) else {
                if !record.has("start") { log.add(Diagnostic(.error, file: file, line: record.line, .missingField("start"))) }
                if !record.has("end") { log.add(Diagnostic(.error, file: file, line: record.line, .missingField("end"))) }
                return nil
            }
            guard let region = region(regionText, record: record, log: &log) else { return nil }
            guard ids.insert("plan:" + id).inserted else {
                log.add(Diagnostic(.error, file: file, line: record.line, value: id, .duplicateID(id)))
                return nil
            }
            let context = PlanContext(id: id, region: region, document: document, start: start, end: end)
            var targetIDs: [String] = []
            for targetRecord in record.records("targets") {
                if let target = target(targetRecord, plan: context, log: &log) {
                    targets.append(target)
                    targetIDs.append(target.id)
                }
            }
            let rewards = record.records("rewards").compactMap { reward($0, plan: context, log: &log) }
            let measures = record.records("measures").compactMap { measure -> Measure? in
                guard let quote = measure.required("quote", log: &log) else { return nil }
                return Measure(name: measure.string("name") ?? "", quote: quote, notes: measure.string("notes") ?? "")
            }
            return Plan(id: id, name: name, nameEnglish: record.string("name_en") ?? name, issuer: record.string("issuer") ?? "",
                        dateText: record.string("date") ?? "", region: region, document: document, start: start, end: end,
                        targetIDs: targetIDs, rewards: rewards, measures: measures, notes: record.string("notes") ?? "")
        }

        struct PlanContext {
            let id: String
            let region: Int
            let document: String
            let start: Day
            let end: Day
        }

        func region(_ text: String, record: YAMLRecord, log: inout DiagnosticLog) -> Int? {
            switch regions.find(text, within: regions.root, maxDepth: 4) {
            case .found(let index): return index
            default:
                record.invalid("region", text, expected: "a region name or code from regions.csv", log: &log)
                return nil
            }
        }

        func designationSet(_ record: YAMLRecord, key: String = "designations", log: inout DiagnosticLog) -> DesignationSet? {
            guard let codes = record.strings(key, log: &log), !codes.isEmpty else {
                log.add(Diagnostic(.error, file: file, line: record.line, .missingField(key)))
                return nil
            }
            var set = DesignationSet()
            for code in codes {
                guard let index = designations.index(ofCode: code) else {
                    record.invalid(key, code, expected: "designation codes from designations.yaml", log: &log)
                    return nil
                }
                set.insert(index)
            }
            return set
        }

        mutating func target(_ record: YAMLRecord, plan: PlanContext, log: inout DiagnosticLog) -> Target? {
            guard let id = record.required("id", log: &log) else { return nil }
            guard ids.insert(id).inserted else {
                log.add(Diagnostic(.error, file: file, line: record.line, value: id, .duplicateID(id)))
                return nil
            }
            guard let name = record.required("name", log: &log), let modeText = record.required("mode", log: &log),
                  let quote = record.required("quote", log: &log), let targetText = record.required("target", log: &log) else { return nil }
            guard let mode = CountMode(rawValue: modeText) else {
                record.invalid("mode", modeText, expected: "new, cumulative, stock or observation", log: &log)
                return nil
            }
            var listed = DesignationSet()
            var metric: String?
            if mode == .observation {
                guard let code = record.required("metric", log: &log) else { return nil }
                guard metrics.contains(code) else {
                    record.invalid("metric", code, expected: "a code from metrics:", log: &log)
                    return nil
                }
                metric = code
            } else {
                guard let set = designationSet(record, log: &log) else { return nil }
                listed = set
            }
            guard let bound = PlanFile.parseTarget(targetText) else {
                record.invalid("target", targetText, expected: "\">= 300\", \"= 100\" or a range \"1-2\"", log: &log)
                return nil
            }
            let counting: PartCounting
            switch record.string("count") ?? "any" {
            case "any": counting = .any
            case "highest": counting = .highest
            case let other:
                record.invalid("count", other, expected: "any or highest", log: &log)
                return nil
            }
            var windowStart: Day? = plan.start
            var deadline = plan.end
            if let year = record.int("year", log: &log) {
                windowStart = Day.startOfYear(year)
                deadline = Day.endOfYear(year)
            }
            if record.isNull("start") { windowStart = nil } else if let start = record.day("start", log: &log) { windowStart = start }
            if let end = record.day("deadline", yearMeansEnd: true, log: &log) { deadline = end }
            if let start = windowStart, start > deadline {
                record.invalid("start", start.description, expected: "a start on or before the deadline \(deadline)", log: &log)
                return nil
            }
            var each: Set<RegionKind> = []
            for kind in record.strings("each", log: &log) ?? [] {
                guard let parsed = RegionKind(rawValue: kind) else {
                    record.invalid("each", kind, expected: RegionKind.allCases.map(\.rawValue).joined(separator: ", "), log: &log)
                    return nil
                }
                each.insert(parsed)
            }
            let region = record.string("region").flatMap { self.region($0, record: record, log: &log) } ?? plan.region
            return Target(
                id: id, planID: plan.id, name: name, nameEnglish: record.string("name_en") ?? name, region: region,
                designations: listed, metric: metric, mode: mode, counting: counting, windowStart: windowStart,
                deadline: deadline, comparator: bound.comparator, value: bound.value, valueMax: bound.max,
                unit: record.string("unit") ?? "家", parent: record.string("parent"), yearlyOf: record.string("yearly_of"),
                each: each, quote: quote, document: record.string("document") ?? plan.document,
                notes: record.string("notes") ?? "", notesChinese: record.string("notes_zh") ?? "", sourceLine: record.line)
        }

        func reward(_ record: YAMLRecord, plan: PlanContext, log: inout DiagnosticLog) -> RewardRule? {
            guard let id = record.required("id", log: &log), let quote = record.required("quote", log: &log) else { return nil }
            let basisText = record.string("basis") ?? "first_grant"
            guard let basis = RewardBasis(rawValue: basisText) else {
                record.invalid("basis", basisText, expected: "first_grant or grant_or_renew", log: &log)
                return nil
            }
            var tiers: [RewardTier] = []
            for tier in record.records("amounts") {
                guard let set = designationSet(tier, log: &log), let amount = tier.int("amount", log: &log) else { continue }
                tiers.append(RewardTier(designations: set, amount: amount))
            }
            if tiers.isEmpty { log.add(Diagnostic(.error, file: file, line: record.line, .missingField("amounts"))) }
            let name = record.string("name") ?? id
            return RewardRule(id: id, name: name, nameEnglish: record.string("name_en") ?? name, basis: basis,
                              isCeiling: record.string("ceiling") == "true", start: record.day("start", log: &log) ?? plan.start,
                              deadline: record.day("deadline", yearMeansEnd: true, log: &log) ?? plan.end, tiers: tiers,
                              quote: quote, notes: record.string("notes") ?? "", notesChinese: record.string("notes_zh") ?? "")
        }

        /// Parents and per-year quotas must name targets of the file; parts counted "highest"
        /// must use designations of their parent.
        func checkReferences(log: inout DiagnosticLog) {
            let byID = Dictionary(targets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for target in targets {
                if let parent = target.parent {
                    if let whole = byID[parent] {
                        if target.counting == .highest && whole.designations.intersection(target.designations) != target.designations {
                            log.add(Diagnostic(.error, file: file, line: target.sourceLine, column: "designations", value: target.id,
                                               .invalidField("designations", expected: "designations of the parent \(parent)")))
                        }
                    } else {
                        log.add(Diagnostic(.error, file: file, line: target.sourceLine, column: "parent", value: parent, .unknownReference(parent)))
                    }
                } else if target.counting == .highest {
                    log.add(Diagnostic(.error, file: file, line: target.sourceLine, column: "count", value: "highest",
                                       .invalidField("count", expected: "highest only on a part (with parent:)")))
                }
                if let whole = target.yearlyOf, byID[whole] == nil {
                    log.add(Diagnostic(.error, file: file, line: target.sourceLine, column: "yearly_of", value: whole, .unknownReference(whole)))
                }
            }
        }
    }

    /// `">= 300"`, `"= 100"`, `"1-2"` (also with — or –).
    static func parseTarget(_ text: String) -> (comparator: Comparator, value: Double, max: Double?)? {
        let trimmed = text.trimmingCharacters(in: " ")
        if trimmed.hasPrefix(">=") {
            return Double(trimmed.dropFirst(2).trimmingCharacters(in: " ")).map { (.atLeast, $0, nil) }
        }
        if trimmed.hasPrefix("=") {
            return Double(trimmed.dropFirst(1).trimmingCharacters(in: " ")).map { (.exactly, $0, nil) }
        }
        for dash: Character in ["-", "—", "–"] where trimmed.contains(dash) {
            let parts = trimmed.split(separator: dash, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") }
            if parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]), low <= high { return (.range, low, high) }
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingCharacters(in characters: String) -> String {
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }

}

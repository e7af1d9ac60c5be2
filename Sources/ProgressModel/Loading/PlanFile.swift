/// Reads `targets.yaml`: plans, their targets, reward rules and measures, and the metrics of
/// observation targets. Every reference (region, designation, metric, parent) is checked, every
/// number and date is held to its `ValidRange`, and every field name must be one the file knows.
public enum PlanFile {
    public static func load(_ text: String, file: String, regions: RegionTree, designations: DesignationCatalog,
                            log: inout DiagnosticLog) -> PlanBook {
        guard let root = YAMLRecord.parse(text, file: file, log: &log) else { return PlanBook(plans: [], targets: [], metrics: []) }
        let top = YAMLRecord(node: root, file: file)
        guard top.node.mapping != nil else {
            log.add(Diagnostic(.error, file: file, line: top.line, .invalidField("targets.yaml", expected: "a mapping with metrics: and plans:")))
            return PlanBook(plans: [], targets: [], metrics: [])
        }
        top.checkFields(Fields.top, log: &log)
        var metrics: [Metric] = []
        for record in top.records("metrics", log: &log) {
            record.checkFields(Fields.metric, log: &log)
            guard let code = record.required("code", log: &log), let name = record.required("name", log: &log) else { continue }
            metrics.append(Metric(code: code, name: name, nameEnglish: record.string("name_en") ?? code, unit: record.string("unit") ?? ""))
        }
        var reader = Reader(file: file, regions: regions, designations: designations, metrics: Set(metrics.map(\.code)))
        var plans: [Plan] = []
        let planRecords = top.records("plans", log: &log)
        if planRecords.isEmpty {
            log.add(Diagnostic(.error, file: file, line: top.line, .missingField("plans")))
        }
        for record in planRecords {
            if let plan = reader.plan(record, log: &log) { plans.append(plan) }
        }
        reader.checkReferences(log: &log)
        return PlanBook(plans: plans, targets: reader.targets, metrics: metrics)
    }

    /// The field names of each kind of record: a misspelt name is an error, not a default.
    enum Fields {
        static let top: Set = ["metrics", "plans"]
        static let metric: Set = ["code", "name", "name_en", "unit"]
        static let plan: Set = ["id", "name", "name_en", "issuer", "date", "region", "document", "start", "end", "targets",
                                "rewards", "measures", "notes"]
        static let target: Set = ["id", "name", "name_en", "designations", "metric", "mode", "start", "deadline", "year",
                                  "target", "unit", "parent", "yearly_of", "each", "count", "quote", "notes", "notes_zh",
                                  "region", "document"]
        static let reward: Set = ["id", "name", "name_en", "basis", "ceiling", "start", "deadline", "amounts", "quote", "notes",
                                  "notes_zh"]
        static let tier: Set = ["designations", "amount"]
        static let measure: Set = ["name", "quote", "notes"]
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
            record.checkFields(Fields.plan, log: &log)
            guard let id = record.required("id", log: &log), let name = record.required("name", log: &log),
                  let regionText = record.required("region", log: &log), let document = self.document(record, log: &log),
                  let start = record.day("start", years: ValidRange.planYears, log: &log),
                  let end = record.day("end", yearMeansEnd: true, years: ValidRange.planYears, log: &log) else {
                if !record.has("start") { log.add(Diagnostic(.error, file: file, line: record.line, .missingField("start"))) }
                if !record.has("end") { log.add(Diagnostic(.error, file: file, line: record.line, .missingField("end"))) }
                return nil
            }
            guard start <= end else {
                record.invalid("end", end.description, expected: "a date on or after the plan's start \(start)", log: &log)
                return nil
            }
            guard let region = region(regionText, record: record, log: &log) else { return nil }
            guard ids.insert("plan:" + id).inserted else {
                log.add(Diagnostic(.error, file: file, line: record.line, value: id, .duplicateID(id)))
                return nil
            }
            let context = PlanContext(id: id, region: region, document: document, start: start, end: end)
            var targetIDs: [String] = []
            for targetRecord in record.records("targets", log: &log) {
                if let target = target(targetRecord, plan: context, log: &log) {
                    targets.append(target)
                    targetIDs.append(target.id)
                }
            }
            let rewards = record.records("rewards", log: &log).compactMap { reward($0, plan: context, log: &log) }
            let measures = record.records("measures", log: &log).compactMap { measure -> Measure? in
                measure.checkFields(Fields.measure, log: &log)
                guard let quote = measure.required("quote", log: &log) else { return nil }
                return Measure(name: measure.string("name") ?? "", quote: quote, notes: measure.string("notes") ?? "", sourceLine: measure.line)
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

        /// A document's file name: a path inside `documents/`, never above it or absolute.
        func document(_ record: YAMLRecord, log: inout DiagnosticLog) -> String? {
            guard let name = record.required("document", log: &log) else { return nil }
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            guard !name.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
                  !name.contains("\\"), !name.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
                record.invalid("document", name, expected: "a file name inside documents/ (no \"..\", no leading \"/\")", log: &log)
                return nil
            }
            return name
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
            record.checkFields(Fields.target, log: &log)
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
            guard let bound = targetBound(targetText, record: record, log: &log) else { return nil }
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
            if record.has("year") {
                guard let year = record.int("year", in: ValidRange.planYears, log: &log) else { return nil }
                windowStart = Day.startOfYear(year)
                deadline = Day.endOfYear(year)
            }
            if record.isNull("start") {
                windowStart = nil
            } else if record.has("start") {
                guard let start = record.day("start", years: ValidRange.planYears, log: &log) else { return nil }
                windowStart = start
            }
            if record.has("deadline") {
                guard let end = record.day("deadline", yearMeansEnd: true, years: ValidRange.planYears, log: &log) else { return nil }
                deadline = end
            }
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
            var region = plan.region
            if let text = record.string("region") {
                guard let found = self.region(text, record: record, log: &log) else { return nil }
                region = found
            }
            var document = plan.document
            if record.has("document") {
                guard let own = self.document(record, log: &log) else { return nil }
                document = own
            }
            return Target(
                id: id, planID: plan.id, name: name, nameEnglish: record.string("name_en") ?? name, region: region,
                designations: listed, metric: metric, mode: mode, counting: counting, windowStart: windowStart,
                deadline: deadline, comparator: bound.comparator, value: bound.value, valueMax: bound.max,
                unit: record.string("unit") ?? "家", parent: record.string("parent"), yearlyOf: record.string("yearly_of"),
                each: each, quote: quote, document: document,
                notes: record.string("notes") ?? "", notesChinese: record.string("notes_zh") ?? "", sourceLine: record.line)
        }

        /// The `target:` text read and held to `ValidRange.targetValue`; a target of 0 is met by
        /// nothing at all, which is worth a warning.
        func targetBound(_ text: String, record: YAMLRecord, log: inout DiagnosticLog) -> PlanFile.Bound? {
            guard let bound = PlanFile.parseTarget(text) else {
                record.invalid("target", text, expected: "\">= 300\", \"= 100\" or a range \"1-2\", in plain decimal numbers", log: &log)
                return nil
            }
            let range = ValidRange.targetValue
            guard range.contains(bound.value), bound.max.map(range.contains) ?? true else {
                record.invalid("target", text, expected: "values from \(NumberText.plain(range.lowerBound)) to \(NumberText.plain(range.upperBound))",
                               log: &log)
                return nil
            }
            if let max = bound.max, max < bound.value {
                record.invalid("target", text, expected: "a range whose first number is not above its second", log: &log)
                return nil
            }
            if (bound.max ?? bound.value) == 0 {
                log.add(Diagnostic(.warning, file: file, line: record.lineOf("target"), column: "target", value: text,
                                   .invalidField("target", expected: "a value above 0 (a target of 0 is met before anything happens)")))
            }
            return bound
        }

        func reward(_ record: YAMLRecord, plan: PlanContext, log: inout DiagnosticLog) -> RewardRule? {
            record.checkFields(Fields.reward, log: &log)
            guard let id = record.required("id", log: &log), let quote = record.required("quote", log: &log) else { return nil }
            let basisText = record.string("basis") ?? "first_grant"
            guard let basis = RewardBasis(rawValue: basisText) else {
                record.invalid("basis", basisText, expected: "first_grant or grant_or_renew", log: &log)
                return nil
            }
            var tiers: [RewardTier] = []
            let tierRecords = record.records("amounts", log: &log)
            if tierRecords.isEmpty { log.add(Diagnostic(.error, file: file, line: record.line, .missingField("amounts"))) }
            for tier in tierRecords {
                tier.checkFields(Fields.tier, log: &log)
                guard let set = designationSet(tier, log: &log) else { continue }
                guard tier.has("amount") else {
                    log.add(Diagnostic(.error, file: file, line: tier.line, .missingField("amount")))
                    continue
                }
                guard let amount = tier.int("amount", in: ValidRange.rewardAmount, log: &log) else { continue }
                tiers.append(RewardTier(designations: set, amount: amount))
            }
            guard let isCeiling = record.bool("ceiling", log: &log) else { return nil }
            var start = plan.start, deadline = plan.end
            if record.has("start") {
                guard let day = record.day("start", years: ValidRange.planYears, log: &log) else { return nil }
                start = day
            }
            if record.has("deadline") {
                guard let day = record.day("deadline", yearMeansEnd: true, years: ValidRange.planYears, log: &log) else { return nil }
                deadline = day
            }
            let name = record.string("name") ?? id
            return RewardRule(id: id, name: name, nameEnglish: record.string("name_en") ?? name, basis: basis,
                              isCeiling: isCeiling, start: start, deadline: deadline, tiers: tiers,
                              quote: quote, notes: record.string("notes") ?? "", notesChinese: record.string("notes_zh") ?? "",
                              sourceLine: record.line)
        }

        /// Parents and per-year quotas must name targets of the file, without loops; parts counted
        /// "highest" must use designations of their parent.
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
                if let whole = target.yearlyOf {
                    if let cumulative = byID[whole] {
                        if target.deadline > cumulative.deadline || target.deadline < (cumulative.windowStart ?? target.deadline) {
                            log.add(Diagnostic(.error, file: file, line: target.sourceLine, column: "yearly_of", value: whole,
                                               .invalidField("yearly_of", expected: "a quota whose year lies in the window of \(whole) (\(cumulative.windowStart.map(\.description) ?? "…")–\(cumulative.deadline))")))
                        }
                    } else {
                        log.add(Diagnostic(.error, file: file, line: target.sourceLine, column: "yearly_of", value: whole, .unknownReference(whole)))
                    }
                }
                for (key, link) in [("parent", \Target.parent), ("yearly_of", \Target.yearlyOf)] {
                    if let loop = ReferenceLoop.find(from: target.id, limit: byID.count, next: { byID[$0]?[keyPath: link] }) {
                        log.add(Diagnostic(.error, file: file, line: target.sourceLine, column: key, value: target[keyPath: link],
                                           .referenceLoop(loop)))
                    }
                }
            }
        }
    }

    /// A target's comparison and value(s), as written.
    typealias Bound = (comparator: Comparator, value: Double, max: Double?)

    /// `">= 300"`, `"= 100"`, `"1-2"` (also with — or –), numbers in plain decimals (`3.5`, not
    /// `1e3` or `0x10`); the values are not range-checked here.
    static func parseTarget(_ text: String) -> Bound? {
        let trimmed = text.trimmingCharacters(in: " ")
        if trimmed.hasPrefix(">=") {
            return decimal(trimmed.dropFirst(2).trimmingCharacters(in: " ")).map { (.atLeast, $0, nil) }
        }
        if trimmed.hasPrefix("=") {
            return decimal(trimmed.dropFirst(1).trimmingCharacters(in: " ")).map { (.exactly, $0, nil) }
        }
        for dash: Character in ["-", "—", "–"] where trimmed.contains(dash) {
            let parts = trimmed.split(separator: dash, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") }
            if parts.count == 2, let low = decimal(parts[0]), let high = decimal(parts[1]) { return (.range, low, high) }
        }
        return nil
    }

    /// A number written with digits and at most one decimal point, with at most 15 digits before
    /// it and 6 after: `300`, `3.5`.
    static func decimal(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              parts[0].utf8.count <= 15, parts.count == 1 || parts[1].utf8.count <= 6 else { return nil }
        return Double(text)
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

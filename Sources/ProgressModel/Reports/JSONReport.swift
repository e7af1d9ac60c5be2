/// The report as JSON: the machine contract of `srdi report --format json`. Keys documented in
/// the README stay; new keys may be added.
public struct JSONReport {
    public let report: ProgressReport
    /// Firms by region, when each target's firms are listed (`--list-firms`).
    let locator: FirmLocator?

    public init(_ report: ProgressReport, listingFirms: Bool = false) {
        self.report = report
        locator = listingFirms ? FirmLocator(tally: report.tally) : nil
    }

    public func render() -> String { value().serialized() + "\n" }

    public func value() -> JSONValue {
        let data = report.data
        return .object([
            ("as_of", .string(report.asOf.description)),
            ("region", .string(data.regions[report.scope].code)),
            ("inputs", .array(data.inputs.map { input in
                .object([("path", .string(input.path)), ("rows", .int(input.rows)), ("loaded", .int(input.loaded)),
                         ("rejected", .int(input.rejected)), ("encoding", .string(input.encoding))])
            })),
            ("problems", .object([("errors", .int(report.tally.errorCount)), ("warnings", .int(report.tally.warningCount))])),
            ("designations", .array(data.designations.all.map { designation in
                .object([("code", .string(designation.code)), ("name", .string(designation.name)),
                         ("name_en", .string(designation.nameEnglish)), ("rank", .optional(designation.rank)),
                         ("valid_years", .optional(designation.validYears))])
            })),
            ("plans", .array(report.sections.map(plan))),
            ("targets", .array(report.sections.flatMap { $0.targets.map(target) })),
            ("regions", .array(report.regions.map(region))),
        ])
    }

    func plan(_ section: ProgressReport.PlanSection) -> JSONValue {
        let plan = section.plan
        return .object([
            ("id", .string(plan.id)), ("name", .string(plan.name)), ("issuer", .string(plan.issuer)), ("date", .string(plan.dateText)),
            ("region_code", .string(report.data.regions[plan.region].code)), ("document", .string(plan.document)),
            ("start", .string(plan.start.description)), ("end", .string(plan.end.description)),
            ("targets", .array(plan.targetIDs.map { .string($0) })),
            ("consistency", .array(section.notes.map { .object([("target", .string($0.targetID)), ("note", .string($0.message(.english)))]) })),
            ("rewards", .array(section.rewards.map(reward))),
            ("measures", .array(plan.measures.map { .object([("name", .string($0.name)), ("quote", .string($0.quote))]) })),
        ])
    }

    func reward(_ exposure: RewardExposure) -> JSONValue {
        let catalog = report.data.designations
        return .object([
            ("id", .string(exposure.rule.id)), ("basis", .string(exposure.rule.basis.rawValue)), ("ceiling", .bool(exposure.rule.isCeiling)),
            ("start", .string(exposure.rule.start.description)), ("counted_at", .string(exposure.countedAt.description)),
            ("firms", .int(exposure.totalFirms)), ("amount_yuan", .int(exposure.totalAmount)),
            ("tiers", .array(zip(exposure.rule.tiers, exposure.firmsPerTier).map { tier, firms in
                .object([("designations", .array(tier.designations.map { .string(catalog[$0].code) })), ("amount_yuan", .int(tier.amount)),
                         ("firms", .int(firms))])
            })),
        ])
    }

    func target(_ progress: TargetProgress) -> JSONValue {
        let data = report.data
        let target = progress.target
        return .object([
            ("id", .string(target.id)), ("plan", .string(target.planID)), ("name", .string(target.name)),
            ("name_en", .string(target.nameEnglish)), ("document", .string(target.document)),
            ("region_code", .string(data.regions[target.region].code)), ("region_name", .string(data.regions[target.region].name)),
            ("designations", .array(target.designations.map { .string(data.designations[$0].code) })),
            ("metric", .optional(target.metric)), ("mode", .string(target.mode.rawValue)), ("count", .string(target.counting.rawValue)),
            ("window_start", .optional(target.windowStart?.description)), ("deadline", .string(target.deadline.description)),
            ("comparator", .string(target.comparator.rawValue)), ("value", .number(target.value)), ("value_max", .optional(target.valueMax)),
            ("unit", .string(target.unit)), ("counted_at", .string(progress.countedAt.description)), ("actual", .optional(progress.actual)),
            ("expected", .optional(progress.expected)), ("percent", .optional(progress.percent)), ("status", .string(progress.status.rawValue)),
            ("projected", .optional(progress.projected)), ("run_rate_per_year", .optional(progress.runRatePerYear)),
            ("needed_per_year", .optional(progress.neededPerYear)),
            ("by_year", .array(progress.byYear.map { point in
                .object([("year", .int(point.year)), ("count", .number(point.count)), ("quota", .optional(point.quota)),
                         ("expected", .optional(point.expected))])
            })),
            ("each_regions", .array(progress.regionCounts.map { .object([("code", .string(data.regions[$0.region].code)), ("name", .string(data.regions[$0.region].name)), ("count", .int($0.count))]) })),
            ("quote", .string(target.quote)), ("parent", .optional(target.parent)), ("yearly_of", .optional(target.yearlyOf)),
            ("notes", .string(target.notes)), ("notes_zh", .string(target.notesChinese)),
        ] + firms(of: target))
    }

    /// With `--list-firms`: the target's firms, and for a count that is a sum, its split among the
    /// regions just below the target's region (`not_given`: firms listed in that region itself).
    func firms(of target: Target) -> [(String, JSONValue)] {
        guard let locator, target.countsFirms else { return [] }
        let data = report.data
        let table = data.recognitions
        let members = report.tally.members(of: target, at: report.asOf, locator: locator)
        var fields: [(String, JSONValue)] = [("firms", .array(members.map { member in
            .object([("code", .optional(table.firmCode(member.firm)?.description)), ("name", .string(table.firmName(member.firm))),
                     ("region_code", .string(data.regions[member.region].code)),
                     ("designation", .string(data.designations[member.designation].code)), ("since", .string(member.since.description)),
                     ("year", .optional(member.year == 0 ? nil : member.year))])
        }))]
        if let split = report.tally.contribution(to: target, below: target.region, at: report.asOf) {
            fields.append(("by_child", .array(split.byChild.sorted { data.regions[$0.key].code < data.regions[$1.key].code }.map {
                .object([("code", .string(data.regions[$0.key].code)), ("name", .string(data.regions[$0.key].name)), ("count", .int($0.value))])
            })))
            fields.append(("not_given", .int(split.notGiven)))
        }
        return fields
    }

    func region(_ index: Int) -> JSONValue {
        let data = report.data
        let region = data.regions[index]
        let counts = data.designations.all.map { designation -> (String, JSONValue) in
            let granted = report.counts.granted(index, designation.index).sorted { $0.key < $1.key }
            return (designation.code, .object([("active", .int(report.counts.active(index, designation.index))),
                                               ("granted", .object(granted.map { (String($0.key), .int($0.value)) }))]))
        }
        return .object([
            ("code", .string(region.code)), ("name", .string(region.name)), ("parent", .optional(region.parent.map { data.regions[$0].code })),
            ("kind", .string(region.kind.rawValue)), ("counts", .object(counts)),
        ])
    }
}

import ProgressModel

/// Works out pages' content from the data at one date.
struct ContentBuilder {
    let tally: Tally
    let asOf: Day

    var data: DataSet { tally.data }

    func overview() -> [PlanSummary] {
        data.book.plans.map { plan in
            PlanSummary(plan: plan, targets: data.book.targets(of: plan).map { tally.progress(of: $0, at: asOf) })
        }
    }

    /// The region page; `selected` is the target row under the cursor, whose actual the child
    /// table splits among the children.
    func region(_ region: Int, selected: Int) -> RegionContent {
        let tree = data.regions
        let plans = data.book.plans.filter { $0.region == region }
        let targets = plans.flatMap { data.book.targets(of: $0) }.map { tally.progress(of: $0, at: asOf) }
        let counts = tally.regionCounts(at: asOf)
        // The tree as of the date; a region named before its creation (两江新区) shows where it has firms.
        let children = tree.children[region].filter { tree.exists($0, at: asOf) || counts.firms($0) > 0 }
        let fromTargets = targets.reduce(DesignationSet()) { $0.union($1.target.designations) }
        var designations = Array(fromTargets)
        if designations.isEmpty {
            // No plan here: the tiers, and the other lists with firms in this region.
            designations = data.designations.all.map(\.index).filter {
                data.designations[$0].rank != nil || counts.active(region, $0) > 0
            }
        }
        let selectedTarget = selected < targets.count ? targets[selected] : nil
        let contribution = selectedTarget.flatMap { tally.contribution(to: $0.target, below: region, at: asOf) }
        let rows = children.map { child -> ChildRow in
            let values = designations.map { counts.active(child, $0) }
            if let contribution {
                let part = contribution.byChild[child] ?? 0
                let total = contribution.total
                return ChildRow(region: child, counts: values, contribution: part, share: total > 0 ? 100 * Double(part) / Double(total) : nil)
            }
            let parent = designations.first.map { counts.active(region, $0) } ?? 0
            return ChildRow(region: child, counts: values, contribution: nil, share: parent > 0 ? 100 * Double(values[0]) / Double(parent) : nil)
        }
        return RegionContent(region: region, plans: plans, targets: targets, designations: designations,
                             totals: designations.map { counts.active(region, $0) }, children: rows,
                             firmCount: counts.firms(region), contribution: contribution)
    }

    func target(_ target: Target) -> TargetContent {
        let plan = tally.plan(of: target)
        let notes = plan.map { tally.consistency(of: $0, at: asOf) }?.filter { $0.targetID == target.id || $0.targetID == target.parent } ?? []
        return TargetContent(progress: tally.progress(of: target, at: asOf), plan: plan, notes: notes,
                             rewards: plan.map { tally.rewards(of: $0, at: asOf) } ?? [],
                             monthly: tally.monthlySeries(of: target, at: asOf), lineCount: 0)
    }

    /// The firm list; `previous` is reused when it is for the same region and date.
    func firms(_ region: Int, filter: String, sort: SortOrder?, previous: FirmContent?, locator: FirmLocator?) -> FirmContent {
        let all: [FirmStatus]
        if let previous, previous.region == region, previous.asOf == asOf {
            all = previous.all
        } else {
            all = (locator ?? FirmLocator(tally: tally)).firms(in: region, at: asOf, tally: tally)
        }
        let matcher = FirmFilter(filter, data: data)
        var rows = matcher.isEmpty ? all : all.filter { firm in
            let event = data.recognitions.events[firm.latestEvent]
            return matcher.matches(firm: firm.firm, region: firm.region, designations: firm.held,
                                   extra: [event.action.name(in: .chinese), event.action.code, event.day.description])
        }
        if let sort {
            switch sort.key {
            case .name:
                if !sort.ascending { rows.reverse() }
            case .number:
                let events = data.recognitions.events
                rows.sort { a, b in
                    let ordered = (events[a.latestEvent].ordinal, a.firm) < (events[b.latestEvent].ordinal, b.firm)
                    return sort.ascending ? ordered : !ordered
                }
            case .region:
                let tree = data.regions
                let keys = Dictionary(Set(rows.map(\.region)).map { ($0, tree.path(to: $0).map { tree[$0].code }.joined(separator: "/")) },
                                      uniquingKeysWith: { a, _ in a })
                let order = rows.indices.sorted { (keys[rows[$0].region] ?? "", $0) < (keys[rows[$1].region] ?? "", $1) }
                rows = (sort.ascending ? order : order.reversed()).map { rows[$0] }
            }
        }
        return FirmContent(region: region, asOf: asOf, all: all, rows: rows)
    }

    /// The firms a target counts, filtered and sorted as the region firm list is.
    func targetFirms(_ target: Target, filter: String, sort: SortOrder?, locator: FirmLocator?) -> TargetFirmsContent {
        let all = tally.members(of: target, at: asOf, locator: locator ?? FirmLocator(tally: tally))
        let matcher = FirmFilter(filter, data: data)
        var rows = matcher.isEmpty ? all : all.filter { member in
            matcher.matches(firm: member.firm, region: member.region, designations: DesignationSet([member.designation]),
                            extra: [member.since.description])
        }
        if let sort {
            switch sort.key {
            case .name:
                if !sort.ascending { rows.reverse() }
            case .number:
                rows.sort { a, b in
                    let ordered = (a.since, a.firm) < (b.since, b.firm)
                    return sort.ascending ? ordered : !ordered
                }
            case .region:
                let tree = data.regions
                let names = rows.map { tree.path(to: $0.region).map { tree[$0].code }.joined(separator: "/") }
                let order = rows.indices.sorted { (names[$0], $0) < (names[$1], $1) }
                rows = (sort.ascending ? order : order.reversed()).map { rows[$0] }
            }
        }
        return TargetFirmsContent(target: target, countedAt: min(asOf, target.deadline),
                                  actual: tally.progress(of: target, at: asOf).actual, all: all, rows: rows)
    }

    /// The changes of a target from `from` (by default one month before the date) to the date.
    func changes(_ target: Target, from: Day?, filter: String, locator: FirmLocator?) -> ChangesContent {
        let earlier = from ?? asOf.addingMonths(keepingMonthEnd: -1)
        let changes = tally.changes(of: target, from: earlier, to: asOf, locator: locator ?? FirmLocator(tally: tally))
        let matcher = FirmFilter(filter, data: data)
        let rows = matcher.isEmpty ? changes.changes : changes.changes.filter { change in
            matcher.matches(firm: change.firm, region: change.region, designations: DesignationSet(),
                            extra: [ChangeText.reason(change.reason, .chinese), ChangeText.reason(change.reason, .english),
                                    ChangeText.direction(change.entered, .chinese), change.day?.description ?? ""])
        }
        return ChangesContent(changes: changes, rows: rows, regions: changes.byRegion(below: target.region, tree: data.regions))
    }

    /// The changes of a region's holders from `from` (by default one month before the date) to
    /// the date.
    func holderChanges(_ region: Int, from: Day?, locator: FirmLocator?) -> HolderChanges {
        tally.holderChanges(in: region, from: from ?? asOf.addingMonths(keepingMonthEnd: -1), to: asOf, locator: locator ?? FirmLocator(tally: tally))
    }

    func rewards(_ plan: Plan, locator: FirmLocator?) -> RewardsContent {
        RewardsContent(plan: plan, breakdowns: tally.rewardBreakdown(of: plan, at: asOf, locator: locator ?? FirmLocator(tally: tally)))
    }

    func firm(_ firm: Int) -> FirmPageContent {
        FirmPageContent(history: tally.history(of: firm, at: asOf), lineCount: 0)
    }

    func problems(filter: String) -> [Diagnostic] {
        let items = tally.diagnostics.sorted { ($0.severity, $0.file, $0.line) < ($1.severity, $1.file, $1.line) }
        guard !filter.isEmpty else { return items }
        let needle = filter.lowercased()
        return items.filter { $0.formatted(.chinese).lowercased().contains(needle) || $0.formatted(.english).lowercased().contains(needle) }
    }
}

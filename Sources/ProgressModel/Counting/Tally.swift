/// The data with its counting index: what reports and the dashboard ask, at any as-of date.
public struct Tally: Sendable {
    public let data: DataSet
    public let index: ProgressIndex

    public init(data: DataSet) {
        self.data = data
        self.index = ProgressIndex(data: data)
    }

    /// Every problem: the loaders' and those found following each firm.
    public var diagnostics: [Diagnostic] { data.diagnostics.items + index.diagnostics }
    public var errorCount: Int { data.diagnostics.errorCount }
    public var warningCount: Int { data.diagnostics.warningCount + index.diagnostics.count }

    public func plan(of target: Target) -> Plan? { data.book.plan(target.planID) }

    /// Firms per region and designation at `day`.
    public func regionCounts(at day: Day) -> RegionCounts {
        RegionCounts(index: index, tree: data.regions, designationCount: data.designations.all.count, at: day)
    }

    /// The standing of every target of the book, in file order.
    public func progress(at asOf: Day) -> [TargetProgress] {
        data.book.targets.map { progress(of: $0, at: asOf) }
    }

    public func progress(of target: Target, at asOf: Day) -> TargetProgress {
        let position = data.book.position(ofTarget: target.id)!
        let countedAt = min(asOf, target.deadline)
        let planStart = plan(of: target)?.start ?? target.windowStart ?? countedAt
        let effectiveStart = target.windowStart ?? planStart
        if target.mode == .observation { return observationProgress(target, asOf: asOf, countedAt: countedAt, start: effectiveStart) }
        if !target.each.isEmpty { return thresholdProgress(target, position: position, asOf: asOf, countedAt: countedAt) }

        let count = { (day: Day) -> Double in Double(self.index.targetCount(position, at: day)) }
        let actual = count(countedAt)
        let (schedule, basis) = pace(for: target, planStart: planStart, count: count)
        let expected = asOf < effectiveStart ? 0 : schedule.expected(at: countedAt)
        let (runRate, projected, needed) = projection(actual: actual, asOf: asOf, start: effectiveStart, deadline: target.deadline,
                                                      value: target.value, past: count)
        let hasData = index.firstEventDay(regions: data.regions.subtree(of: target.region), designations: target.designations)
            .map { $0 <= countedAt } ?? false
        let status = Tally.status(target: target, actual: actual, expected: expected, projected: projected, asOf: asOf,
                                  start: effectiveStart, hasData: hasData, hasPace: true)
        return TargetProgress(target: target, asOf: asOf, countedAt: countedAt, actual: actual, expected: expected,
                              paceBasis: basis, status: status, projected: projected, runRatePerYear: runRate,
                              neededPerYear: needed, byYear: yearRecord(target, position: position, countedAt: countedAt,
                                                                       schedule: schedule, start: effectiveStart),
                              regionCounts: [])
    }

    static func status(target: Target, actual: Double?, expected: Double?, projected: Double?, asOf: Day, start: Day,
                       hasData: Bool, hasPace: Bool) -> Status {
        if asOf < start { return .notStarted }
        guard let actual, hasData else { return .noData }
        if target.isMet(by: actual) { return .achieved }
        // On the deadline the window is closed: short of the value is missed, not at risk.
        if asOf >= target.deadline { return .missed }
        guard hasPace, let expected else { return .behind }
        if actual >= expected - 1e-9 { return .onTrack }
        if let projected, projected >= target.value { return .behind }
        return .atRisk
    }

    /// The expected line: from the plan's yearly quotas where it gives them (on top of the stock
    /// they imply), else straight from the baseline at the window's start to the target.
    func pace(for target: Target, planStart: Day, count: (Day) -> Double) -> (PaceSchedule, PaceSchedule.Basis) {
        let quotas = data.book.yearlyQuotas(of: target.id).sorted { $0.deadline < $1.deadline }
        if !quotas.isEmpty {
            let sum = quotas.reduce(0) { $0 + $1.value }
            let baseline = max(0, target.value - sum)
            let firstYear = min(planStart.year, quotas[0].deadline.year)
            var points: [(day: Day, value: Double)] = [(Day.startOfYear(firstYear), baseline)]
            var running = baseline
            // Quotas outside the target's window are refused when the plan file is read; the
            // range still holds with any dates.
            for year in firstYear...max(firstYear, target.deadline.year) {
                running += quotas.filter { $0.deadline.year == year }.reduce(0) { $0 + $1.value }
                points.append((Day.endOfYear(year), running))
            }
            return (PaceSchedule(points: points), .yearlyQuotas(impliedBaseline: baseline))
        }
        let start = target.windowStart ?? planStart
        let baseline: Double
        switch target.mode {
        case .stock: baseline = count(start.adding(days: -1))
        case .cumulative where target.windowStart == nil: baseline = count(planStart.adding(days: -1))
        default: baseline = 0
        }
        return (PaceSchedule(points: [(start, min(baseline, target.value)), (target.deadline, target.value)]), .linear(baseline: baseline))
    }

    /// Run-rate over the last twelve months (or since the window opened, when that is shorter
    /// but at least a month), the projection at that rate and the rate still needed.
    func projection(actual: Double, asOf: Day, start: Day, deadline: Day, value: Double,
                    past: (Day) -> Double) -> (rate: Double?, projected: Double?, needed: Double?) {
        if asOf >= deadline { return (nil, actual, nil) }
        let remainingYears = Double(deadline.days(since: asOf)) / 365.2425
        let needed = max(0, value - actual) / remainingYears
        let lookback = min(365, asOf.days(since: start))
        guard lookback >= 30 else { return (nil, nil, needed) }
        let rate = (actual - past(asOf.adding(days: -lookback))) / (Double(lookback) / 365.2425)
        return (rate, actual + rate * remainingYears, needed)
    }

    func yearRecord(_ target: Target, position: Int, countedAt: Day, schedule: PaceSchedule, start: Day) -> [YearPoint] {
        let quotas = Dictionary(data.book.yearlyQuotas(of: target.id).map { ($0.deadline.year, $0.value) }, uniquingKeysWith: +)
        let ownQuota: [Int: Double] = target.mode == .new && target.windowStart?.year == target.deadline.year
            ? [target.deadline.year: target.value] : [:]
        switch target.mode {
        case .stock:
            guard start <= countedAt else { return [] }
            return (start.year...countedAt.year).map { year in
                let day = min(Day.endOfYear(year), countedAt)
                return YearPoint(year: year, count: Double(index.targetCount(position, at: day)), quota: nil,
                                 expected: schedule.expected(at: day))
            }
        default:
            let counts = Dictionary(index.targetCountByYear(position, at: countedAt).map { ($0.year, Double($0.count)) },
                                    uniquingKeysWith: +)
            let years = Set(counts.filter { $0.value > 0 }.keys).union(quotas.keys).union(ownQuota.keys)
            guard let first = years.min(), let last = years.max() else { return [] }
            // Before the plan started there is no expected value to show.
            let paceStart = schedule.points.first?.day
            return (first...max(last, min(countedAt.year, target.deadline.year))).map { year in
                let end = Day.endOfYear(year)
                return YearPoint(year: year, count: counts[year] ?? 0, quota: quotas[year] ?? ownQuota[year],
                                 expected: paceStart.map { end >= $0 ? schedule.expected(at: end) : nil } ?? nil)
            }
        }
    }

    func observationProgress(_ target: Target, asOf: Day, countedAt: Day, start: Day) -> TargetProgress {
        let series = data.observations.series(target.metric ?? "", region: target.region).filter { $0.day <= countedAt }
        let latest = series.last
        let actual = latest?.value
        var schedule = PaceSchedule(points: [])
        var basis = PaceSchedule.Basis.none
        if let baseline = series.last(where: { $0.day <= start }) ?? series.first {
            schedule = PaceSchedule(points: [(max(baseline.day, start), baseline.value), (target.deadline, target.value)])
            basis = .linear(baseline: baseline.value)
        }
        var rate: Double?, projected: Double?, needed: Double?
        if let actual, let latest {
            (rate, projected, needed) = projection(actual: actual, asOf: asOf, start: series.first!.day, deadline: target.deadline,
                                                   value: target.value) { day in series.last(where: { $0.day <= day })?.value ?? series.first!.value }
            if asOf < target.deadline, latest.day < asOf.adding(days: -730) { projected = nil }
        }
        let expected = basis == .none ? nil : schedule.expected(at: countedAt)
        let status = Tally.status(target: target, actual: actual, expected: expected, projected: projected, asOf: asOf,
                                  start: start, hasData: actual != nil, hasPace: basis != .none)
        let byYear = Dictionary(grouping: series, by: { $0.day.year }).map { year, values in
            YearPoint(year: year, count: values.last!.value, quota: nil, expected: basis == .none ? nil : schedule.expected(at: Day.endOfYear(year)))
        }.sorted { $0.year < $1.year }
        return TargetProgress(target: target, asOf: asOf, countedAt: countedAt, actual: actual, expected: expected,
                              paceBasis: basis, status: status, projected: projected, runRatePerYear: rate, neededPerYear: needed,
                              byYear: byYear, regionCounts: [])
    }

    /// A threshold every park or zone may reach (Zhanjiang's 专精特新园区 plaque): the actual is
    /// the best park's count.
    func thresholdProgress(_ target: Target, position: Int, asOf: Day, countedAt: Day) -> TargetProgress {
        var own = [Int](repeating: 0, count: data.regions.regions.count)
        for entry in index.eachSlots where Int(entry.target) == position {
            own[Int(entry.region)] += index.intervals.count(slot: Int(entry.slot), at: countedAt)
        }
        let tree = data.regions
        let places = tree.subtree(of: target.region).filter { target.each.contains(tree[$0].kind) && tree.exists($0, at: countedAt) }
        let counts = places.map { place in (region: place, count: tree.subtree(of: place).reduce(0) { $0 + own[$1] }) }
            .sorted { ($0.count, -$0.region) > ($1.count, -$1.region) }
        let best = Double(counts.first?.count ?? 0)
        let hasData = index.firstEventDay(regions: tree.subtree(of: target.region), designations: target.designations)
            .map { $0 <= countedAt } ?? false
        let start = target.windowStart ?? plan(of: target)?.start ?? countedAt
        let status = Tally.status(target: target, actual: best, expected: nil, projected: nil, asOf: asOf, start: start,
                                  hasData: hasData, hasPace: false)
        return TargetProgress(target: target, asOf: asOf, countedAt: countedAt, actual: best, expected: nil, paceBasis: .none,
                              status: status, projected: nil, runRatePerYear: nil, neededPerYear: nil, byYear: [],
                              regionCounts: counts)
    }
}

/// Everything counted from the recognitions, for every as-of date at once (see `IntervalIndex`):
/// targets, regions' holders and grants per designation, reward tiers. Built once per load;
/// moving the as-of date only queries it.
public struct ProgressIndex: Sendable {
    public let intervals: IntervalIndex
    public let timelines: FirmTimelines
    /// Warnings found by following each firm (moves, duplicates, renewals without a grant).
    public let diagnostics: [Diagnostic]
    /// The years that hold counts, per target.
    public let targetYears: [[Int]]
    /// Earliest event day per region (own) and designation, for telling "0" from "no data".
    private let firstEvent: [Int32]
    private let designationCount: Int
    /// Slots of the index by kind, for whole-tree snapshots.
    let activeSlots: [(region: Int32, designation: Int32, slot: Int32)]
    let grantedSlots: [(region: Int32, designation: Int32, year: Int32, slot: Int32)]
    let eachSlots: [(target: Int32, region: Int32, slot: Int32)]
    let presentSlots: [(region: Int32, slot: Int32)]
    /// Per target, the slots of its firms by their own region.
    let targetRegionSlots: [[(region: Int32, slot: Int32)]]

    public init(data: DataSet) {
        let table = data.recognitions
        let timelines = FirmTimelines(table)
        // Firms are followed in parts of about equal numbers of events, one part per core.
        let parts = Parallel.parts
        var bounds = [0]
        for part in 1..<parts {
            let target = Int32(table.eventCount * part / parts)
            var firm = bounds.last!
            while firm < table.firmCount && timelines.start[firm] < target { firm += 1 }
            bounds.append(firm)
        }
        bounds.append(table.firmCount)
        let shards = Parallel.map(parts) { part in
            var sweep = Sweep(data: data)
            var builder = IntervalIndex.Builder()
            var diagnostics: [Diagnostic] = []
            for firm in bounds[part]..<max(bounds[part], bounds[part + 1]) {
                sweep.follow(firm: firm, events: timelines.events(ofFirm: firm), into: &builder, diagnostics: &diagnostics)
            }
            return (builder, diagnostics)
        }
        var builder = shards[0].0
        var diagnostics = shards[0].1
        for shard in shards.dropFirst() {
            builder.absorb(shard.0)
            diagnostics += shard.1
        }
        let intervals = builder.build()
        self.intervals = intervals
        self.timelines = timelines
        self.diagnostics = diagnostics
        designationCount = data.designations.all.count
        var firstEvent = [Int32](repeating: Int32.max, count: data.regions.regions.count * max(1, designationCount))
        for event in table.events {
            let slot = Int(event.region) * designationCount + Int(event.designation)
            firstEvent[slot] = min(firstEvent[slot], event.ordinal)
        }
        self.firstEvent = firstEvent
        var years = [Set<Int>](repeating: [], count: data.book.targets.count)
        var active: [(Int32, Int32, Int32)] = [], granted: [(Int32, Int32, Int32, Int32)] = [], each: [(Int32, Int32, Int32)] = []
        var present: [(region: Int32, slot: Int32)] = []
        var targetRegions = [[(region: Int32, slot: Int32)]](repeating: [], count: data.book.targets.count)
        for (slot, key) in intervals.keys.enumerated() {
            let (a, b, c) = CounterKey.fields(of: key)
            switch CounterKey.kind(of: key) {
            case .target: years[a].insert(b)
            case .active: active.append((Int32(a), Int32(b), Int32(slot)))
            case .granted: granted.append((Int32(a), Int32(b), Int32(c), Int32(slot)))
            case .each: each.append((Int32(b), Int32(a), Int32(slot)))
            case .present: present.append((Int32(a), Int32(slot)))
            case .targetRegion: if b < targetRegions.count { targetRegions[b].append((Int32(a), Int32(slot))) }
            default: break
            }
        }
        targetYears = years.map { $0.sorted() }
        activeSlots = active.map { (region: $0.0, designation: $0.1, slot: $0.2) }
        grantedSlots = granted.map { (region: $0.0, designation: $0.1, year: $0.2, slot: $0.3) }
        eachSlots = each.map { (target: $0.0, region: $0.1, slot: $0.2) }
        presentSlots = present
        targetRegionSlots = targetRegions
    }

    /// Firms counted in target `position` at `day`.
    public func targetCount(_ position: Int, at day: Day) -> Int {
        targetYears[position].reduce(0) { $0 + intervals.count(CounterKey.target(position, year: $1), at: day) }
    }

    /// Firms counted in target `position` at `day`, by the year they first qualified.
    public func targetCountByYear(_ position: Int, at day: Day) -> [(year: Int, count: Int)] {
        targetYears[position].map { (year: $0, count: intervals.count(CounterKey.target(position, year: $0), at: day)) }
    }

    /// Firms rewarded at tier `tier` of reward rule `rule` (numbered across all plans) at `day`.
    public func rewardCount(rule: Int, tier: Int, at day: Day) -> Int {
        intervals.count(CounterKey.reward(rule: rule, tier: tier), at: day)
    }

    /// The first day any event of the designations lies in the given regions, if any.
    public func firstEventDay(regions: [Int], designations: DesignationSet) -> Day? {
        var first = Int32.max
        for region in regions { for d in designations { first = min(first, firstEvent[region * designationCount + d]) } }
        return first == Int32.max ? nil : Day(ordinal: first)
    }
}

/// The walk through one firm's events that finds which counters it belongs to, and when.
struct Sweep {
    let table: RecognitionTable
    let tree: RegionTree
    let catalog: DesignationCatalog
    let paths: [String]
    let validYears: [Int?]
    let rankedHighestFirst: [Int]
    let targets: [CountedTarget]
    let rules: [CountedRule]
    var targetsByRegion: [[Int]?]
    var rulesByRegion: [[Int]?]
    /// False when a firm's walk is replayed (its warnings were given when the index was built).
    var checksEvents = true

    /// A reward rule, reduced to what the sweep needs.
    struct CountedRule {
        let region: Int
        let start: Int32
        let deadline: Int32
        let firstGrantOnly: Bool
        /// Tier of each designation (the first tier listing it), -1 for none.
        let tierOf: [Int]
    }

    /// A count target, reduced to what the sweep needs.
    struct CountedTarget {
        let position: Int
        let region: Int
        let mode: CountMode
        let designations: UInt32
        let highestOf: UInt32?
        let windowStart: Int32
        let windowEnd: Int32
        let each: Bool
    }

    init(data: DataSet) {
        table = data.recognitions
        tree = data.regions
        catalog = data.designations
        paths = data.recognitions.inputs.map(\.path)
        validYears = data.designations.all.map(\.validYears)
        rankedHighestFirst = data.designations.rankedHighestFirst(DesignationSet(0..<data.designations.all.count))
        let book = data.book
        targets = book.targets.enumerated().compactMap { position, target in
            guard target.countsFirms else { return nil }
            let parent = target.counting == .highest ? target.parent.flatMap { book.target($0) } : nil
            let window = parent ?? target
            return CountedTarget(position: position, region: target.region, mode: window.mode,
                                 designations: target.designations.bits, highestOf: parent?.designations.bits,
                                 windowStart: window.windowStart?.ordinal ?? Int32.min, windowEnd: window.deadline.ordinal,
                                 each: !target.each.isEmpty)
        }
        let designationCount = data.designations.all.count
        rules = book.plans.flatMap { plan in
            plan.rewards.map { rule in
                CountedRule(region: plan.region, start: rule.start.ordinal, deadline: rule.deadline.ordinal,
                            firstGrantOnly: rule.basis == .firstGrant,
                            tierOf: (0..<designationCount).map { d in rule.tiers.firstIndex { $0.designations.contains(d) } ?? -1 })
            }
        }
        targetsByRegion = Array(repeating: nil, count: data.regions.regions.count)
        rulesByRegion = Array(repeating: nil, count: data.regions.regions.count)
    }

    private mutating func targets(covering region: Int) -> [Int] {
        if let known = targetsByRegion[region] { return known }
        let found = targets.indices.filter { tree.isWithin(region, targets[$0].region) }
        targetsByRegion[region] = found
        return found
    }

    private mutating func rules(covering region: Int) -> [Int] {
        if let known = rulesByRegion[region] { return known }
        let found = rules.indices.filter { tree.isWithin(region, rules[$0].region) }
        rulesByRegion[region] = found
        return found
    }

    // Per-firm state, reused between firms.
    private var firstGrant: [Int32] = []
    private var lastGrantOrRenew: [Int32] = []
    private var lapse: [Int32] = []
    private var ended: [Bool] = []
    private var rewardTier: [Int] = []
    private var points = ReusableBuffer<Int32>()
    private var previous = ReusableBuffer<UInt64>()
    private var openedAt = ReusableBuffer<Int32>()
    private var current = ReusableBuffer<UInt64>()
    private var nextKeys = ReusableBuffer<UInt64>()
    private var nextOpened = ReusableBuffer<Int32>()

    static let none = Int32.max

    mutating func follow<Sink: IntervalSink>(firm: Int, events: ArraySlice<Int32>, into builder: inout Sink,
                                             diagnostics: inout [Diagnostic]) {
        guard !events.isEmpty else { return }
        let designationCount = validYears.count
        if firstGrant.count != designationCount {
            firstGrant = Array(repeating: Sweep.none, count: designationCount)
            lastGrantOrRenew = firstGrant
            lapse = firstGrant
            ended = Array(repeating: false, count: designationCount)
        }
        var touched: UInt32 = 0
        if rewardTier.count != rules.count { rewardTier = Array(repeating: Int.max, count: rules.count) }
        for index in rewardTier.indices { rewardTier[index] = Int.max }
        if checksEvents { checkEvents(events, diagnostics: &diagnostics) }

        points.removeAll()
        for index in events {
            let event = table.events[Int(index)]
            points.append(event.ordinal)
            if !event.action.ends, validYears[Int(event.designation)] != nil { points.append(lapse(of: event)) }
            // A region changed on a day (merged into another, or created): the firm's place changes then.
            for day in tree.changeDays(of: Int(event.region)) where day.ordinal > event.ordinal { points.append(day.ordinal) }
        }
        points.sort()

        previous.removeAll()
        openedAt.removeAll()
        var next = events.startIndex
        var region = -1
        var lastPoint = Int32.min
        for position in 0..<points.count where points[position] != lastPoint {
            let point = points[position]
            lastPoint = point
            while next < events.endIndex && table.events[Int(events[next])].ordinal <= point {
                let event = table.events[Int(events[next])]
                next += 1
                region = Int(event.region)
                let d = Int(event.designation)
                let day = event.ordinal
                touched |= 1 << UInt32(d)
                var qualifiesForReward = false
                switch event.action {
                case .grant:
                    if firstGrant[d] == Sweep.none { firstGrant[d] = day; qualifiesForReward = true }
                    setHeld(d, from: day, until: lapse(of: event))
                    updateRewards(d, day: day, isFirstGrant: qualifiesForReward)
                case .renew:
                    setHeld(d, from: day, until: lapse(of: event))
                    updateRewards(d, day: day, isFirstGrant: false)
                case .revoke, .expire:
                    if lastGrantOrRenew[d] != Sweep.none { ended[d] = true }
                }
            }
            var held: UInt32 = 0, granted: UInt32 = 0
            var bits = touched
            while bits != 0 {
                let d = bits.trailingZeroBitCount
                bits &= bits - 1
                if lastGrantOrRenew[d] != Sweep.none && !ended[d] && point < lapse[d] { held |= 1 << UInt32(d) }
                if firstGrant[d] != Sweep.none { granted |= 1 << UInt32(d) }
            }
            current.removeAll()
            collectKeys(region: tree.effective(region, at: Day(ordinal: point)), held: held, granted: granted)
            current.sort()
            emitChanges(at: point, into: &builder)
        }
        for position in 0..<previous.count { builder.add(previous[position], from: Day(ordinal: openedAt[position]), to: nil) }
        var bits = touched
        while bits != 0 {
            let d = bits.trailingZeroBitCount
            bits &= bits - 1
            firstGrant[d] = Sweep.none
            lastGrantOrRenew[d] = Sweep.none
            lapse[d] = Sweep.none
            ended[d] = false
        }
    }

    private mutating func setHeld(_ d: Int, from day: Int32, until end: Int32) {
        lastGrantOrRenew[d] = day
        ended[d] = false
        lapse[d] = end
    }

    /// The day a grant or renewal stops counting (its validity after it), or never.
    private func lapse(of event: Event) -> Int32 {
        guard let years = validYears[Int(event.designation)] else { return Sweep.none }
        return event.day.adding(years: years).ordinal
    }

    private mutating func updateRewards(_ d: Int, day: Int32, isFirstGrant: Bool) {
        for index in rules.indices {
            let tier = rules[index].tierOf[d]
            guard tier >= 0, day >= rules[index].start, day <= rules[index].deadline, isFirstGrant || !rules[index].firstGrantOnly else { continue }
            rewardTier[index] = min(rewardTier[index], tier)
        }
    }

    private mutating func collectKeys(region: Int, held: UInt32, granted: UInt32) {
        current.append(CounterKey.present(region: region))
        var bits = held
        while bits != 0 {
            let d = bits.trailingZeroBitCount
            bits &= bits - 1
            current.append(CounterKey.active(region: region, designation: d))
        }
        bits = granted
        while bits != 0 {
            let d = bits.trailingZeroBitCount
            bits &= bits - 1
            current.append(CounterKey.granted(region: region, designation: d, year: Day(ordinal: firstGrant[d]).year))
        }
        let known = held | granted
        for index in targets(covering: region) {
            let target = targets[index]
            if known & (target.highestOf ?? target.designations) == 0 { continue }
            if target.each {
                if held & target.designations != 0 { current.append(CounterKey.each(target: target.position, region: region)) }
                continue
            }
            if let year = qualifyingYear(target, held: held, granted: granted) {
                current.append(CounterKey.target(target.position, year: year))
                current.append(CounterKey.targetRegion(target.position, region: region))
            }
        }
        for index in rules(covering: region) where rewardTier[index] != Int.max {
            current.append(CounterKey.reward(rule: index, tier: rewardTier[index]))
        }
    }

    /// The year bucket in which the firm counts for `target` now, or nil when it does not count.
    private func qualifyingYear(_ target: CountedTarget, held: UInt32, granted: UInt32) -> Int? {
        switch target.mode {
        case .stock:
            if let whole = target.highestOf {
                guard let top = highest(held & whole) else { return nil }
                return target.designations & (1 << UInt32(top)) != 0 ? 0 : nil
            }
            return held & target.designations != 0 ? 0 : nil
        case .new, .cumulative:
            let inWindow = grantedInWindow(granted & (target.highestOf ?? target.designations), target)
            if target.highestOf != nil {
                guard let top = highest(inWindow), target.designations & (1 << UInt32(top)) != 0 else { return nil }
                return Day(ordinal: firstGrant[top]).year
            }
            guard inWindow != 0 else { return nil }
            var earliest = Int32.max
            var bits = inWindow
            while bits != 0 {
                let d = bits.trailingZeroBitCount
                bits &= bits - 1
                earliest = min(earliest, firstGrant[d])
            }
            return Day(ordinal: earliest).year
        case .observation:
            return nil
        }
    }

    private func grantedInWindow(_ candidates: UInt32, _ target: CountedTarget) -> UInt32 {
        var result: UInt32 = 0
        var bits = candidates
        while bits != 0 {
            let d = bits.trailingZeroBitCount
            bits &= bits - 1
            if firstGrant[d] >= target.windowStart && firstGrant[d] <= target.windowEnd { result |= 1 << UInt32(d) }
        }
        return result
    }

    /// The highest-ranked designation of the set (unranked ones count below every tier).
    private func highest(_ set: UInt32) -> Int? {
        guard set != 0 else { return nil }
        for d in rankedHighestFirst where set & (1 << UInt32(d)) != 0 { return d }
        return nil
    }

    /// Closes the intervals of counters the firm left at `point` and opens those it joined.
    private mutating func emitChanges<Sink: IntervalSink>(at point: Int32, into builder: inout Sink) {
        var i = 0, j = 0
        nextKeys.removeAll()
        nextOpened.removeAll()
        while i < previous.count || j < current.count {
            if j == current.count || (i < previous.count && previous[i] < current[j]) {
                builder.add(previous[i], from: Day(ordinal: openedAt[i]), to: Day(ordinal: point))
                i += 1
            } else if i == previous.count || current[j] < previous[i] {
                if nextKeys.last != current[j] { nextKeys.append(current[j]); nextOpened.append(point) }
                j += 1
            } else {
                if nextKeys.last != current[j] { nextKeys.append(current[j]); nextOpened.append(openedAt[i]) }
                i += 1
                j += 1
            }
        }
        swap(&previous, &nextKeys)
        swap(&openedAt, &nextOpened)
    }

    /// Warnings about the firm's record as a whole: moves between regions, duplicate rows,
    /// renewals with no grant before them.
    private func checkEvents(_ events: ArraySlice<Int32>, diagnostics: inout [Diagnostic]) {
        var previous: Event?
        var grantedSoFar: UInt32 = 0
        var warnedRenewal: UInt32 = 0
        var dayStart = events.startIndex
        for position in events.indices {
            let event = table.events[Int(events[position])]
            let d = Int(event.designation)
            let path = paths[Int(event.input)]
            let line = Int(event.line)
            if let previous, previous.ordinal != event.ordinal { dayStart = position }
            if let twin = events[dayStart..<position].lazy.map({ self.table.events[Int($0)] })
                .first(where: { $0.designation == event.designation && $0.actionCode == event.actionCode }) {
                diagnostics.append(Diagnostic(.warning, file: path, line: line, value: table.firmName(Int(event.firm)),
                                              .duplicateRow(firstLine: Int(twin.line))))
            }
            // A region that merged into another is no move: 江北区 before the day, 两江新区 after it.
            if let previous, tree.effective(Int(previous.region), at: event.day) != tree.effective(Int(event.region), at: event.day) {
                diagnostics.append(Diagnostic(.warning, file: path, line: line, value: table.firmName(Int(event.firm)),
                                              .firmMoved(from: tree[Int(previous.region)].name, to: tree[Int(event.region)].name)))
            }
            // A region created from several others (两江新区) named before its creation: kept, and said.
            let place = tree.effective(Int(event.region), at: event.day)
            if let created = tree[place].validFrom, event.day < created {
                diagnostics.append(Diagnostic(.warning, file: path, line: line, value: table.firmName(Int(event.firm)),
                                              .regionNotYetCreated(region: tree[place].name, created: created)))
            }
            if event.action == .grant { grantedSoFar |= 1 << UInt32(d) }
            if event.action == .renew && grantedSoFar & (1 << UInt32(d)) == 0 && warnedRenewal & (1 << UInt32(d)) == 0 {
                warnedRenewal |= 1 << UInt32(d)
                diagnostics.append(Diagnostic(.warning, file: path, line: line, value: table.firmName(Int(event.firm)), .renewWithoutGrant))
            }
            previous = event
        }
    }
}

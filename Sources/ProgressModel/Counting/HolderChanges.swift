/// What moved a region's holders of each list between two dates: how many firms held it in the
/// region's subtree then and now (the counts of the region pages' child tables), and the firms
/// that came and went, each with its reason. For every list `before + entered − left = after`:
/// entered and left are the differences of the two sets of holders, found by the walk that built
/// the counts (`FirmReplay`).
public struct HolderChanges: Sendable {
    /// One list's holders at the two dates.
    public struct Part: Sendable, Equatable {
        public let designation: Int
        public var before = 0, entered = 0, left = 0, after = 0
    }

    /// A firm that came to hold a list in the region, or stopped, why and when.
    public struct Change: Sendable, Equatable {
        public let firm: Int
        public let designation: Int
        public let entered: Bool
        public let reason: TargetChanges.Reason
        /// The day of the event (or lapse) that explains it; nil for `other`.
        public let day: Day?
        /// Its own region at the later date (at the earlier one for a firm that left).
        public let region: Int
    }

    public let region: Int
    public let from: Day
    public let to: Day
    /// Every list held in the region at either date, in the catalogue's order.
    public let parts: [Part]
    /// By list in the catalogue's order; in each, the firms that entered, then those that left,
    /// each in name order.
    public let changes: [Change]
}

extension Tally {
    /// The changes of `region`'s holders of every list from `earlier` to `later`.
    public func holderChanges(in region: Int, from earlier: Day, to later: Day, locator: FirmLocator) -> HolderChanges {
        let tree = data.regions
        let candidates = locator.everIn(region, tree: tree)
        let parts = candidates.count > 5_000 ? Parallel.parts : 1
        let found = Parallel.map(parts) { part -> [HolderChanges.Change] in
            var replay = FirmReplay(tally: self)
            var changes: [HolderChanges.Change] = []
            for firm in candidates[candidates.count * part / parts..<candidates.count * (part + 1) / parts] {
                var sink = HoldingAtTwoDays(from: earlier, to: later)
                replay.replay(Int(firm), into: &sink)
                for d in 0..<data.designations.all.count {
                    let then = sink.before[d].map { tree.isWithin($0, region) } ?? false
                    let now = sink.after[d].map { tree.isWithin($0, region) } ?? false
                    guard then != now, let place = now ? sink.after[d] : sink.before[d] else { continue }
                    let explainer = ChangeReason(tally: self, lists: DesignationSet([d]), region: region, holding: true, from: earlier, to: later)
                    let (reason, day) = now ? explainer.entering(Int(firm), since: later) : explainer.leaving(Int(firm))
                    changes.append(HolderChanges.Change(firm: Int(firm), designation: d, entered: now, reason: reason, day: day, region: place))
                }
            }
            return changes
        }.flatMap { $0 }
        // By list, entering first, the name order kept within each.
        let order = { (index: Int) in (found[index].designation, found[index].entered ? 0 : 1, index) }
        let changes = found.indices.sorted { order($0) < order($1) }.map { found[$0] }
        let count = data.designations.all.count
        let then = RegionCounts(index: index, tree: tree, designationCount: count, at: earlier)
        let now = RegionCounts(index: index, tree: tree, designationCount: count, at: later)
        let list = (0..<count).compactMap { d -> HolderChanges.Part? in
            let mine = changes.filter { $0.designation == d }
            guard then.active(region, d) + now.active(region, d) + mine.count > 0 else { return nil }
            let entered = mine.filter(\.entered).count
            return HolderChanges.Part(designation: d, before: then.active(region, d), entered: entered, left: mine.count - entered,
                                      after: now.active(region, d))
        }
        return HolderChanges(region: region, from: earlier, to: later, parts: list, changes: changes)
    }
}

/// Keeps, of a firm's intervals, its own region under each list it held at two days.
struct HoldingAtTwoDays: IntervalSink {
    let from: Day
    let to: Day
    private(set) var before = [Int?](repeating: nil, count: DesignationSet.maximumCount)
    private(set) var after = [Int?](repeating: nil, count: DesignationSet.maximumCount)

    init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    mutating func add(_ key: UInt64, from start: Day, to end: Day?) {
        guard CounterKey.kind(of: key) == .active else { return }
        let fields = CounterKey.fields(of: key)
        if start <= from && end.map({ from < $0 }) ?? true { before[fields.b] = fields.a }
        if start <= to && end.map({ to < $0 }) ?? true { after[fields.b] = fields.a }
    }
}

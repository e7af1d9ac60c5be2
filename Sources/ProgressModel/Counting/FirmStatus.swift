/// A firm as it stands at the as-of date: where it is, what it holds, its latest event.
public struct FirmStatus: Sendable {
    public let firm: Int
    public let region: Int
    /// Designations held at the date.
    public let held: DesignationSet
    /// Its latest event on or before the date.
    public let latestEvent: Int
    /// Events on or before the date.
    public let eventCount: Int
}

/// Finds the firms of a region quickly: for each region, the firms that ever had an event there,
/// so that a district's list looks at its own firms, not at every firm of the country.
public struct FirmLocator: Sendable {
    private let start: [Int32]
    private let firms: [Int32]
    /// Each firm's place in name order, so that any list comes out sorted without sorting.
    private let nameRank: [Int32]
    /// The firms in name order (the inverse of `nameRank`).
    private let byName: [Int32]

    /// Two passes over the events in firm order (count, then fill), each firm listed once per
    /// region it was ever in.
    public init(tally: Tally) {
        let table = tally.data.recognitions
        let timelines = tally.index.timelines
        let regionCount = tally.data.regions.regions.count
        let tree = tally.data.regions
        var counts = [Int32](repeating: 0, count: regionCount + 1)
        var firms: [Int32] = []
        table.events.withUnsafeBufferPointer { events in
            timelines.order.withUnsafeBufferPointer { order in
                timelines.start.withUnsafeBufferPointer { start in
                    // Firms have one or a few regions: the last few seen are enough to skip repeats.
                    func forEachRegion(of firm: Int, _ body: (Int) -> Void) {
                        var recent: (Int32, Int32, Int32) = (-1, -1, -1)
                        for position in Int(start[firm])..<Int(start[firm + 1]) {
                            let region = events[Int(order[position])].region
                            if region == recent.0 || region == recent.1 || region == recent.2 { continue }
                            var repeated = false
                            for earlier in Int(start[firm])..<position where events[Int(order[earlier])].region == region {
                                repeated = true
                                break
                            }
                            recent = (region, recent.0, recent.1)
                            guard !repeated else { continue }
                            body(Int(region))
                            // A region changed on a day: the firm is found where it counts before or after too.
                            for place in tree.otherPlaces(of: Int(region)) { body(place) }
                        }
                    }
                    for firm in 0..<table.firmCount { forEachRegion(of: firm) { counts[$0 + 1] += 1 } }
                    for region in 0..<regionCount { counts[region + 1] += counts[region] }
                    var next = counts
                    firms = [Int32](repeating: 0, count: Int(counts[regionCount]))
                    for firm in 0..<table.firmCount {
                        forEachRegion(of: firm) { region in
                            firms[Int(next[region])] = Int32(firm)
                            next[region] += 1
                        }
                    }
                }
            }
        }
        start = counts
        self.firms = firms
        let order = table.firmsInNameOrder()
        var rank = [Int32](repeating: 0, count: table.firmCount)
        for (position, firm) in order.enumerated() { rank[firm] = Int32(position) }
        nameRank = rank
        byName = order.map(Int32.init)
    }

    /// Firms whose region at `asOf` lies in `region`'s subtree, in name order. Large lists are
    /// worked out on all cores.
    public func firms(in region: Int, at asOf: Day, tally: Tally) -> [FirmStatus] {
        let candidates = candidates(in: region, tree: tally.data.regions)
        let firms = candidates.firms, parts = firms.count > 20_000 ? Parallel.parts : 1
        let found = Parallel.map(parts) { part in
            FirmLocator.statuses(of: firms[firms.count * part / parts..<firms.count * (part + 1) / parts], in: region, at: asOf, tally: tally)
        }.flatMap { $0 }
        guard candidates.byNumber else { return found }
        // A large list is worked out in firm-number order: a firm's events then lie near the next
        // firm's (firms are numbered as the lists first name them), where name order jumps about
        // the whole table, which took twice as long. Then it is put in name order.
        var position = [Int32](repeating: -1, count: nameRank.count)
        for (index, status) in found.enumerated() { position[status.firm] = Int32(index) }
        var sorted: [FirmStatus] = []
        sorted.reserveCapacity(found.count)
        for firm in byName where position[Int(firm)] >= 0 { sorted.append(found[Int(position[Int(firm)])]) }
        return sorted
    }

    /// The firms that ever had an event in `region`'s subtree, each once: in name order for a
    /// short list, in firm-number order (`byNumber`) for a long one.
    private func candidates(in region: Int, tree: RegionTree) -> (firms: [Int32], byNumber: Bool) {
        let candidates = listed(in: region, tree: tree)
        if candidates.count * 8 < byName.count { return (unique(candidates), false) }
        var wanted = [Bool](repeating: false, count: byName.count)
        for firm in candidates { wanted[Int(firm)] = true }
        var unique: [Int32] = []
        for firm in 0..<wanted.count where wanted[firm] { unique.append(Int32(firm)) }
        return (unique, true)
    }

    /// Firms that ever had an event in `region`'s subtree, each once, in name order.
    public func everIn(_ region: Int, tree: RegionTree) -> [Int32] { unique(listed(in: region, tree: tree)) }

    /// The firms listed under each region of `region`'s subtree: a firm once per region it was in.
    private func listed(in region: Int, tree: RegionTree) -> [Int32] {
        var listed: [Int32] = []
        for place in tree.subtree(of: region) { listed += firms[Int(start[place])..<Int(start[place + 1])] }
        return listed
    }

    /// `candidates` in name order, each firm once (a firm may have been in several regions of a
    /// subtree): a sort for a district's few thousand, one pass through the name order for larger
    /// lists.
    private func unique(_ candidates: [Int32]) -> [Int32] {
        var candidates = candidates
        var unique: [Int32] = []
        unique.reserveCapacity(candidates.count)
        if candidates.count * 8 < byName.count {
            candidates.sort { nameRank[Int($0)] < nameRank[Int($1)] }
            for firm in candidates where unique.last != firm { unique.append(firm) }
        } else {
            var wanted = [Bool](repeating: false, count: byName.count)
            for firm in candidates { wanted[Int(firm)] = true }
            for firm in byName where wanted[Int(firm)] { unique.append(firm) }
        }
        return unique
    }

    static func statuses(of firms: ArraySlice<Int32>, in region: Int, at asOf: Day, tally: Tally) -> [FirmStatus] {
        let table = tally.data.recognitions
        let tree = tally.data.regions
        // A status granted on or before its designation's threshold has lapsed by `asOf`: one
        // comparison per firm instead of a calendar sum.
        let thresholds = tally.data.designations.all.map { designation -> Int32 in
            guard let years = designation.validYears else { return Int32.min }
            var day = asOf.adding(years: -years)
            while day.adding(years: years) > asOf { day = day.adding(days: -1) }
            while day.adding(days: 1).adding(years: years) <= asOf { day = day.adding(days: 1) }
            return day.ordinal
        }
        let limit = asOf.ordinal
        var since = [Int32](repeating: 0, count: thresholds.count)
        var result: [FirmStatus] = []
        result.reserveCapacity(firms.count)
        table.events.withUnsafeBufferPointer { events in
            tally.index.timelines.order.withUnsafeBufferPointer { order in
                tally.index.timelines.start.withUnsafeBufferPointer { start in
                    for firm in firms {
                        let lower = Int(start[Int(firm)]), upper = Int(start[Int(firm) + 1])
                        guard lower < upper, events[Int(order[lower])].ordinal <= limit else { continue }
                        var end = lower
                        while end < upper && events[Int(order[end])].ordinal <= limit { end += 1 }
                        let latest = Int(order[end - 1])
                        let place = tree.effective(Int(events[latest].region), at: asOf)
                        guard tree.isWithin(place, region) else { continue }
                        var held = DesignationSet()
                        for position in lower..<end {
                            let record = events[Int(order[position])], d = Int(record.designation)
                            if record.action.ends { held.remove(d) } else { since[d] = record.ordinal; held.insert(d) }
                        }
                        for d in held where since[d] <= thresholds[d] { held.remove(d) }
                        result.append(FirmStatus(firm: Int(firm), region: place, held: held, latestEvent: latest, eventCount: end - lower))
                    }
                }
            }
        }
        return result
    }
}

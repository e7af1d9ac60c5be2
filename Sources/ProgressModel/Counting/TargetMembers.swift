/// A firm a target counts at a date, and why: the designation and the day that make it count.
public struct TargetMember: Sendable, Equatable {
    public let firm: Int
    /// The firm's own region at the day counted.
    public let region: Int
    /// The year it first qualified (new and cumulative targets); 0 for stock targets.
    public let year: Int
    /// What makes it count: for a stock, the highest designation of the target's set it holds;
    /// for new and cumulative, the designation it first obtained in the window (for a part
    /// counted "highest only", the highest of the whole's set, which is what puts it in this part).
    public let designation: Int
    /// The grant (or, for a stock, the latest grant or renewal) behind `designation`.
    public let since: Day
}

extension Tally {
    /// The firms `target` counts at `asOf` (at its deadline once that has passed), in name order.
    /// Membership is decided by replaying each firm's walk (`FirmReplay`), so the list's length is
    /// the count shown for the target. For a per-park threshold, every park's firms are listed;
    /// the target's actual is the best park's share of them.
    public func members(of target: Target, at asOf: Day, locator: FirmLocator) -> [TargetMember] {
        members(of: target, at: [asOf], locator: locator)[0]
    }

    /// The firms `target` counts at each of `dates`, each candidate firm's walk replayed once for
    /// all of them (the changes between two dates compare two lists).
    func members(of target: Target, at dates: [Day], locator: FirmLocator) -> [[TargetMember]] {
        guard target.countsFirms, let position = data.book.position(ofTarget: target.id) else { return dates.map { _ in [] } }
        let days = dates.map { min($0, target.deadline) }
        let candidates = locator.everIn(target.region, tree: data.regions)
        let parts = candidates.count > 5_000 ? Parallel.parts : 1
        // Only a firm with an event of one of the lists that decide the target can count for it.
        let deciding = (target.counting == .highest ? target.parent.flatMap { data.book.target($0) } : nil)?.designations
            ?? target.designations
        let table = data.recognitions
        let timelines = index.timelines
        let found = Parallel.map(parts) { part -> [[TargetMember]] in
            var replay = FirmReplay(tally: self)
            let explainer = MemberReason(tally: self, target: target)
            var found: [[TargetMember]] = days.map { _ in [] }
            for firm in candidates[candidates.count * part / parts..<candidates.count * (part + 1) / parts] {
                guard timelines.events(ofFirm: Int(firm)).contains(where: { deciding.contains(Int(table.events[Int($0)].designation)) }) else {
                    continue
                }
                var sink = OpenAtDays(days.map { day in
                    target.each.isEmpty ? OpenAtDay(day: day, kind: .target, a: position) : OpenAtDay(day: day, kind: .each, b: position)
                })
                replay.replay(Int(firm), into: &sink)
                for (index, open) in sink.sinks.enumerated() {
                    guard let interval = open.found else { continue }
                    let year = target.each.isEmpty ? interval.fields.b : 0
                    let reason = explainer.reason(firm: Int(firm), at: days[index])
                    found[index].append(TargetMember(firm: Int(firm), region: open.region ?? target.region, year: year,
                                                     designation: reason.designation, since: reason.since))
                }
            }
            return found
        }
        return days.indices.map { index in found.flatMap { $0[index] } }
    }
}

/// Works out which designation makes a firm count for a target, from its events (SPEC §3's rules
/// restated for one firm; whether it counts at all is the index's walk's decision).
struct MemberReason {
    let table: RecognitionTable
    let timelines: FirmTimelines
    let validYears: [Int?]
    let candidates: DesignationSet
    let ranked: [Int]
    let mode: CountMode
    let highestOnly: Bool
    let windowStart: Day?
    let windowEnd: Day

    init(tally: Tally, target: Target) {
        let data = tally.data
        let whole = target.counting == .highest ? target.parent.flatMap { data.book.target($0) } : nil
        let window = whole ?? target
        table = data.recognitions
        timelines = tally.index.timelines
        validYears = data.designations.all.map(\.validYears)
        candidates = whole?.designations ?? target.designations
        ranked = data.designations.rankedHighestFirst(candidates)
        mode = window.mode
        highestOnly = whole != nil
        windowStart = window.windowStart
        windowEnd = window.deadline
    }

    func reason(firm: Int, at day: Day) -> (designation: Int, since: Day) {
        var firstGrant: [Int: Day] = [:]
        var latest: [Int: Day] = [:]
        var held = DesignationSet()
        for index in timelines.events(ofFirm: firm) {
            let event = table.events[Int(index)]
            guard event.day <= day else { break }
            let d = Int(event.designation)
            guard candidates.contains(d) else { continue }
            if event.action.ends {
                held.remove(d)
                continue
            }
            if event.action == .grant, firstGrant[d] == nil { firstGrant[d] = event.day }
            latest[d] = event.day
            held.insert(d)
        }
        for d in held {
            if let years = validYears[d], let since = latest[d], since.adding(years: years) <= day { held.remove(d) }
        }
        switch mode {
        case .stock:
            let top = ranked.first { held.contains($0) } ?? ranked.first { latest[$0] != nil } ?? ranked.first ?? 0
            return (top, latest[top] ?? day)
        default:
            let inWindow = ranked.filter { d in
                guard let first = firstGrant[d] else { return false }
                return first <= windowEnd && windowStart.map { first >= $0 } ?? true
            }
            let chosen = highestOnly ? inWindow.first : inWindow.min { (firstGrant[$0] ?? day) < (firstGrant[$1] ?? day) }
            let d = chosen ?? ranked.first ?? 0
            return (d, firstGrant[d] ?? day)
        }
    }
}

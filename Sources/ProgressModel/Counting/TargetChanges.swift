/// What moved a target's count between two dates: the firms counted then, the firms counted now,
/// and those that entered or left, each with the reason found in its events between the dates.
/// `before + entered − left = after` holds by construction: entered and left are the differences
/// of the two lists of firms, and each list is as long as the count (see `members(of:at:locator:)`).
public struct TargetChanges: Sendable {
    /// Why a firm entered or left.
    public enum Reason: String, Sendable, CaseIterable {
        /// A first grant of a list the target counts (entering).
        case newGrant = "new_grant"
        /// A renewal that put it back (entering).
        case renewal
        /// A revocation or an expiry recorded in the list (leaving).
        case revocation
        /// Its status ran out by the list's validity, with no renewal (leaving).
        case lapse
        /// It moved into or out of the target's region.
        case move
        /// A higher tier put it in another part of a "highest only" split (leaving), or a lower
        /// tier lapsed and left it here (entering).
        case tier
        /// None of the above in its events between the dates.
        case other
    }

    /// A firm that entered or left, why and when.
    public struct Change: Sendable, Equatable {
        public let firm: Int
        public let entered: Bool
        public let reason: Reason
        /// The day of the event (or lapse) that explains it; nil for `other`.
        public let day: Day?
        /// Its own region at the later date (at the earlier one for a firm that left by moving).
        public let region: Int
    }

    /// A firm counted at both dates that moved from one region below the target's to another.
    public struct Move: Sendable, Equatable {
        public let firm: Int
        public let from: Int
        public let to: Int
    }

    /// One region's part of the change: its firms counted then and now, and those that came and
    /// went (entering, leaving, or moving between regions). `before + entered − left = after`.
    public struct RegionPart: Sendable, Equatable {
        public let region: Int
        public var before = 0, entered = 0, left = 0, after = 0
    }

    public let target: Target
    /// The two days counted (each the date, or the deadline once it has passed).
    public let from: Day
    public let to: Day
    public let before: Int
    public let after: Int
    /// Firms that entered, then firms that left, each in name order.
    public let changes: [Change]
    /// Firms counted at both dates whose own region changed.
    public let moves: [Move]
    /// The firms counted at each date.
    public let firmsBefore: [TargetMember]
    public let firmsAfter: [TargetMember]

    public var entered: Int { changes.filter(\.entered).count }
    public var left: Int { changes.count - entered }

    /// The change region by region just below `region` (the target's own, or any below it), with
    /// `region` itself standing for firms listed with no lower region; each part reconciles. Only
    /// regions that had or have firms of the target are listed.
    public func byRegion(below region: Int, tree: RegionTree) -> [RegionPart] {
        func part(_ place: Int) -> Int? {
            guard tree.isWithin(place, region) else { return nil }
            return tree.child(of: region, toward: place) ?? region
        }
        var parts: [Int: RegionPart] = [:]
        func add(_ place: Int, _ change: (inout RegionPart) -> Void) {
            guard let key = part(place) else { return }
            change(&parts[key, default: RegionPart(region: key)])
        }
        for member in firmsBefore { add(member.region) { $0.before += 1 } }
        for member in firmsAfter { add(member.region) { $0.after += 1 } }
        for change in changes { add(change.region) { if change.entered { $0.entered += 1 } else { $0.left += 1 } } }
        for move in moves where part(move.from) != part(move.to) {
            add(move.from) { $0.left += 1 }
            add(move.to) { $0.entered += 1 }
        }
        return parts.values.sorted { ($0.region == region ? 1 : 0, $0.region) < ($1.region == region ? 1 : 0, $1.region) }
    }
}

extension Tally {
    /// The changes of `target`'s firms from `earlier` to `later` (each taken at the target's
    /// deadline once that has passed).
    public func changes(of target: Target, from earlier: Day, to later: Day, locator: FirmLocator) -> TargetChanges {
        let from = min(earlier, target.deadline), to = min(later, target.deadline)
        let lists = members(of: target, at: [from, to], locator: locator)
        let before = lists[0], after = lists[1]
        let beforeFirms = Set(before.map(\.firm)), afterFirms = Set(after.map(\.firm))
        let explainer = ChangeReason(tally: self, target: target, from: from, to: to)
        let entered = after.filter { !beforeFirms.contains($0.firm) }.map { member -> TargetChanges.Change in
            let (reason, day) = explainer.entering(member.firm, since: member.since)
            return TargetChanges.Change(firm: member.firm, entered: true, reason: reason, day: day, region: member.region)
        }
        let left = before.filter { !afterFirms.contains($0.firm) }.map { member -> TargetChanges.Change in
            let (reason, day) = explainer.leaving(member.firm)
            return TargetChanges.Change(firm: member.firm, entered: false, reason: reason, day: day, region: member.region)
        }
        let placeBefore = Dictionary(before.map { ($0.firm, $0.region) }, uniquingKeysWith: { a, _ in a })
        let moves = after.compactMap { member -> TargetChanges.Move? in
            guard let was = placeBefore[member.firm], was != member.region else { return nil }
            return TargetChanges.Move(firm: member.firm, from: was, to: member.region)
        }
        return TargetChanges(target: target, from: from, to: to, before: before.count, after: after.count, changes: entered + left, moves: moves,
                             firmsBefore: before, firmsAfter: after)
    }
}

/// Finds in a firm's events between two days why it entered or left what a target (or a region's
/// holders of a list) counts. An entering firm is explained first by the event that makes it
/// count now; a leaving one by the last of the lists to end (the day it stopped counting).
struct ChangeReason {
    let table: RecognitionTable
    let timelines: FirmTimelines
    let tree: RegionTree
    let designations: DesignationCatalog
    /// The lists counted, and the region whose subtree they are counted in.
    let lists: DesignationSet
    let region: Int
    /// For a "highest only" part, the whole's lists outside the part's own, which move a firm
    /// between parts; empty otherwise.
    let otherParts: DesignationSet
    /// A stock counts what firms hold, so firms leave it when a status ends; new and cumulative
    /// targets keep a firm once it qualified.
    let holding: Bool
    let from: Day
    let to: Day

    init(tally: Tally, lists: DesignationSet, region: Int, otherParts: DesignationSet = DesignationSet(), holding: Bool, from: Day, to: Day) {
        table = tally.data.recognitions
        timelines = tally.index.timelines
        tree = tally.data.regions
        designations = tally.data.designations
        self.lists = lists
        self.region = region
        self.otherParts = otherParts
        self.holding = holding
        self.from = from
        self.to = to
    }

    init(tally: Tally, target: Target, from: Day, to: Day) {
        let whole = target.counting == .highest ? target.parent.flatMap { tally.data.book.target($0) } : nil
        self.init(tally: tally, lists: target.designations, region: target.region,
                  otherParts: DesignationSet(bits: (whole?.designations ?? target.designations).bits & ~target.designations.bits),
                  holding: (whole ?? target).mode == .stock, from: from, to: to)
    }

    /// The firm's events after `from` and on or before `to`.
    private func between(_ firm: Int) -> [Event] {
        timelines.events(ofFirm: firm).map { table.events[Int($0)] }.filter { $0.day > from && $0.day <= to }
    }

    /// The firm's own region at `day`: its latest event's on or before it.
    private func region(_ firm: Int, at day: Day) -> Int? {
        timelines.events(ofFirm: firm).map { table.events[Int($0)] }.last { $0.day <= day }.map { tree.effective(Int($0.region), at: day) }
    }

    /// The last day after `from` and on or before `to` on which the firm crossed into the region
    /// (`into`) or out of it: an event listing it elsewhere, or a dated change of the tree (江北区
    /// merged into 两江新区, a town passed to another district), which moves it with no event of its own.
    private func crossing(_ firm: Int, into: Bool) -> Day? {
        let events = timelines.events(ofFirm: firm).map { table.events[Int($0)] }.filter { $0.day <= to }
        var days = Set(events.filter { $0.day > from }.map(\.day))
        for event in events {
            for day in tree.changeDays(of: Int(event.region)) where day > from && day <= to { days.insert(day) }
        }
        var inside = within(region(firm, at: from))
        var found: Day?
        for day in days.sorted() {
            let now = within(region(firm, at: day))
            if now != inside && now == into { found = day }
            inside = now
        }
        return found
    }

    private func within(_ place: Int?) -> Bool { place.map { tree.isWithin($0, region) } ?? false }

    /// The days after `from` and on or before `to` on which a status of one of `lists` ran out by
    /// its validity (its latest grant or renewal plus the list's years) with no renewal by then.
    private func lapses(_ firm: Int, of lists: DesignationSet) -> [Day] {
        var latest: [Int: Day] = [:]
        var found: [Day] = []
        for index in timelines.events(ofFirm: firm) {
            let event = table.events[Int(index)]
            guard event.day <= to else { break }
            let d = Int(event.designation)
            guard lists.contains(d), !event.action.ends else { continue }
            if let since = latest[d], let years = designations[d].validYears {
                let end = since.adding(years: years)
                if end > from && end < event.day { found.append(end) }
            }
            latest[d] = event.day
        }
        for (d, since) in latest {
            guard let years = designations[d].validYears else { continue }
            let end = since.adding(years: years)
            if end > from && end <= to { found.append(end) }
        }
        return found
    }

    /// The grant or renewal that began the firm's current spell of holding one of the
    /// lists (none held just before it, by an end or by validity; a renewal on the day a status
    /// runs out continues it), on or before `to`.
    private func spellStart(_ firm: Int) -> Event? {
        var latest: [Int: Day] = [:]
        var held = DesignationSet()
        var start: Event?
        for index in timelines.events(ofFirm: firm) {
            let event = table.events[Int(index)]
            guard event.day <= to else { break }
            let d = Int(event.designation)
            guard lists.contains(d) else { continue }
            for h in held {
                if let years = designations[h].validYears, let since = latest[h], since.adding(years: years) < event.day { held.remove(h) }
            }
            if event.action.ends {
                held.remove(d)
                continue
            }
            if held.isEmpty { start = event }
            held.insert(d)
            latest[d] = event.day
        }
        return start
    }

    /// Why `firm` entered; `since` is the day it first qualified (for what does not count holding).
    func entering(_ firm: Int, since: Day) -> (TargetChanges.Reason, Day?) {
        let events = between(firm)
        // What made it count: for a stock the start of its spell, else its first grant; a firm
        // that qualified outside the region entered by moving in.
        let start = holding ? spellStart(firm).map { ($0.day, $0.action) } : (since, Action.grant)
        if let (day, action) = start, day > from, within(region(firm, at: day)) { return (action == .renew ? .renewal : .newGrant, day) }
        if !within(region(firm, at: from)), let day = crossing(firm, into: true) {
            return (.move, day)
        }
        if let grant = events.first(where: { $0.action == .grant && lists.contains(Int($0.designation)) }) {
            return (.newGrant, grant.day)
        }
        if let renewal = events.first(where: { $0.action == .renew && lists.contains(Int($0.designation)) }) {
            return (.renewal, renewal.day)
        }
        // A "highest only" part gains a firm whose higher tier ended.
        let ended = events.filter { $0.action.ends && otherParts.contains(Int($0.designation)) }.map(\.day) + lapses(firm, of: otherParts)
        if let day = ended.max() { return (.tier, day) }
        return (.other, nil)
    }

    func leaving(_ firm: Int) -> (TargetChanges.Reason, Day?) {
        let events = between(firm)
        // A stock stopped counting it when the last of its lists ended.
        if holding {
            let revoked = events.filter { $0.action.ends && lists.contains(Int($0.designation)) }.map(\.day).max()
            let lapsed = lapses(firm, of: lists).max()
            if let revoked, revoked >= (lapsed ?? revoked) { return (.revocation, revoked) }
            if let lapsed { return (.lapse, lapsed) }
        }
        if !within(region(firm, at: to)), let day = crossing(firm, into: false) {
            return (.move, day)
        }
        // A "highest only" part loses a firm raised to a higher tier.
        if let raised = events.first(where: { !$0.action.ends && otherParts.contains(Int($0.designation)) }) { return (.tier, raised.day) }
        return (.other, nil)
    }
}

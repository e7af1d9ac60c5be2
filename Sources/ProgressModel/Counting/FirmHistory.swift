/// One firm at an as-of date, told in full: every event on or before it (with its file and
/// line), where it is, what it holds and until when, what lapsed, where it moved, and every target
/// and reward it counts toward with the reason. This is the page that answers "why is this firm
/// in that number?".
public struct FirmHistory: Sendable {
    /// A designation held at the date: since its latest grant or renewal, until its validity ends.
    public struct Holding: Sendable, Equatable {
        public let designation: Int
        public let since: Day
        /// The day it lapses without a renewal; nil for lists without a validity.
        public let until: Day?
    }

    /// A status that ran out by its validity, with no renewal before the day it lapsed.
    public struct Lapse: Sendable, Equatable {
        public let designation: Int
        public let on: Day
    }

    /// A change of the firm's region from one event to the next.
    public struct Move: Sendable, Equatable {
        public let from: Int
        public let to: Int
        public let on: Day
        /// The event that shows the firm in its new region.
        public let event: Int
    }

    /// A target the firm counts toward, at the target's day counted, and why.
    public struct Counted: Sendable {
        public let target: Target
        public let member: TargetMember
    }

    /// A reward tier the firm is owed under a plan's rule.
    public struct Reward: Sendable {
        public let rule: RewardRule
        public let tier: Int
    }

    public let firm: Int
    public let asOf: Day
    /// The firm's events on or before the date, in the order that decides its status.
    public let events: [Int]
    /// Events dated after the as-of date (left out: they do not exist yet at the date).
    public let laterEvents: Int
    /// Its region at the date (its latest event's).
    public let region: Int?
    public let holdings: [Holding]
    public let lapses: [Lapse]
    public let moves: [Move]
    public let counted: [Counted]
    public let rewards: [Reward]
}

extension Tally {
    /// The firm's history and standing at `asOf`. Targets and rewards come from replaying the walk
    /// that built the counts, so the firm is listed under a target exactly when that target
    /// counts it.
    public func history(of firm: Int, at asOf: Day) -> FirmHistory {
        let table = data.recognitions
        let timeline = index.timelines.events(ofFirm: firm).map(Int.init)
        let events = timeline.filter { table.events[$0].day <= asOf }
        var latest: [Int: Day] = [:]
        var ended = Set<Int>()
        var lapses: [FirmHistory.Lapse] = []
        var moves: [FirmHistory.Move] = []
        var previousRegion: Int?
        for position in events {
            let event = table.events[position]
            let d = Int(event.designation)
            // A status whose validity ran out before this event lapsed on that day.
            if let since = latest[d], !ended.contains(d), let years = data.designations[d].validYears,
               since.adding(years: years) <= event.day {
                lapses.append(FirmHistory.Lapse(designation: d, on: since.adding(years: years)))
                ended.insert(d)
            }
            if event.action.ends {
                ended.insert(d)
            } else {
                latest[d] = event.day
                ended.remove(d)
            }
            // A region merged into another on a day is no move: 江北区 before it, 两江新区 from it.
            if let previousRegion, data.regions.effective(previousRegion, at: event.day) != data.regions.effective(Int(event.region), at: event.day) {
                moves.append(FirmHistory.Move(from: previousRegion, to: Int(event.region), on: event.day, event: position))
            }
            previousRegion = Int(event.region)
        }
        var holdings: [FirmHistory.Holding] = []
        for (d, since) in latest.sorted(by: { $0.key < $1.key }) where !ended.contains(d) {
            let until = data.designations[d].validYears.map { since.adding(years: $0) }
            if let until, until <= asOf {
                lapses.append(FirmHistory.Lapse(designation: d, on: until))
            } else {
                holdings.append(FirmHistory.Holding(designation: d, since: since, until: until))
            }
        }
        lapses.sort { ($0.on, $0.designation) < ($1.on, $1.designation) }
        holdings = data.designations.rankedHighestFirst(DesignationSet(holdings.map(\.designation)))
            .compactMap { d in holdings.first { $0.designation == d } }

        var replay = FirmReplay(tally: self)
        let record = replay.record(of: firm)
        var counted: [FirmHistory.Counted] = []
        for (position, target) in data.book.targets.enumerated() where target.countsFirms {
            let day = min(asOf, target.deadline)
            let year: Int?
            if target.each.isEmpty {
                year = record.intervals.first {
                    $0.contains(day) && CounterKey.kind(of: $0.key) == .target && CounterKey.fields(of: $0.key).a == position
                }.map { CounterKey.fields(of: $0.key).b }
            } else {
                year = record.intervals.contains {
                    $0.contains(day) && CounterKey.kind(of: $0.key) == .each && CounterKey.fields(of: $0.key).b == position
                } ? 0 : nil
            }
            guard let year else { continue }
            let reason = MemberReason(tally: self, target: target).reason(firm: firm, at: day)
            counted.append(FirmHistory.Counted(target: target, member: TargetMember(
                firm: firm, region: record.region(at: day) ?? target.region, year: year, designation: reason.designation, since: reason.since)))
        }
        var rewards: [FirmHistory.Reward] = []
        var ruleNumber = 0
        for plan in data.book.plans {
            for rule in plan.rewards {
                let day = min(asOf, rule.deadline)
                let tier = record.intervals.first {
                    $0.contains(day) && CounterKey.kind(of: $0.key) == .reward && CounterKey.fields(of: $0.key).a == ruleNumber
                }.map { CounterKey.fields(of: $0.key).b }
                if let tier { rewards.append(FirmHistory.Reward(rule: rule, tier: tier)) }
                ruleNumber += 1
            }
        }
        return FirmHistory(firm: firm, asOf: asOf, events: events, laterEvents: timeline.count - events.count,
                           region: record.region(at: asOf), holdings: holdings, lapses: lapses, moves: moves,
                           counted: counted, rewards: rewards)
    }
}

/// A stretch of time during which a firm counted in one counter of the index: [from, to), `to`
/// nil while it still counts.
public struct CountedInterval: Sendable, Equatable {
    public let key: UInt64
    public let from: Day
    public let to: Day?

    public func contains(_ day: Day) -> Bool { from <= day && (to.map { day < $0 } ?? true) }
}

/// One firm's counters over time: every target, region, designation and reward tier it counted
/// in, and when.
public struct FirmRecord: Sendable {
    public let firm: Int
    public let intervals: [CountedInterval]

    /// The firm's own region at `day` (that of its latest event on or before it), if it had an
    /// event by then.
    public func region(at day: Day) -> Int? {
        for interval in intervals where interval.contains(day) && CounterKey.kind(of: interval.key) == .present {
            return CounterKey.fields(of: interval.key).a
        }
        return nil
    }
}

/// Replays the walk through firms' events that built the index, one firm at a time. Lists of
/// firms made from it (a target's firms, what changed between two dates) agree with the counts
/// by construction: the same code decides both.
public struct FirmReplay {
    private var sweep: Sweep
    private let timelines: FirmTimelines

    public init(tally: Tally) {
        sweep = Sweep(data: tally.data)
        sweep.checksEvents = false
        timelines = tally.index.timelines
    }

    public mutating func record(of firm: Int) -> FirmRecord {
        var sink = RecordingSink()
        replay(firm, into: &sink)
        return FirmRecord(firm: firm, intervals: sink.intervals)
    }

    /// The firm's intervals handed to `sink` as the walk finds them, kept by nobody else.
    mutating func replay<Sink: IntervalSink>(_ firm: Int, into sink: inout Sink) {
        var unused: [Diagnostic] = []
        sweep.follow(firm: firm, events: timelines.events(ofFirm: firm), into: &sink, diagnostics: &unused)
    }

    private struct RecordingSink: IntervalSink {
        var intervals: [CountedInterval] = []

        mutating func add(_ key: UInt64, from: Day, to: Day?) {
            intervals.append(CountedInterval(key: key, from: from, to: to))
        }
    }
}

/// Several `OpenAtDay`s fed by one walk: a firm's record at several dates for one replay.
struct OpenAtDays: IntervalSink {
    private(set) var sinks: [OpenAtDay]

    init(_ sinks: [OpenAtDay]) { self.sinks = sinks }

    mutating func add(_ key: UInt64, from: Day, to: Day?) {
        for index in sinks.indices { sinks[index].add(key, from: from, to: to) }
    }
}

/// Keeps, of a firm's intervals, the one of a kind open at a day whose fields match (a target's,
/// a reward rule's), with the day it opened, and the firm's own region then: what a list of
/// firms needs from each firm's walk, without keeping the rest.
struct OpenAtDay: IntervalSink {
    let day: Day
    let kind: CounterKey.Kind
    /// The values the key's first and second fields must have; nil for any.
    let a: Int?
    let b: Int?
    private(set) var found: (fields: (a: Int, b: Int, c: Int), from: Day)?
    private(set) var region: Int?

    init(day: Day, kind: CounterKey.Kind, a: Int? = nil, b: Int? = nil) {
        self.day = day
        self.kind = kind
        self.a = a
        self.b = b
    }

    mutating func add(_ key: UInt64, from: Day, to: Day?) {
        guard from <= day, to.map({ day < $0 }) ?? true, let kind = CounterKey.kind(of: key) else { return }
        let fields = CounterKey.fields(of: key)
        if kind == .present { region = fields.a }
        if kind == self.kind && (a.map { $0 == fields.a } ?? true) && (b.map { $0 == fields.b } ?? true) { found = (fields, from) }
    }
}

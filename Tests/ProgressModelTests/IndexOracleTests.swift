import Testing
@testable import ProgressModel

/// The interval index against a naive replay: for each firm, its events up to the date, applied
/// one by one with the rules of SPEC §3. The two share the loaded events and nothing else.
@Suite("Index against a naive replay")
struct IndexOracleTests {
    struct State {
        var region = -1
        var firstGrant: [Int: Day] = [:]
        var held: Set<Int> = []
    }

    static func replay(_ data: DataSet, at day: Day) -> [State] {
        var latest: [Int: Day] = [:]
        var ended: [Int: Set<Int>] = [:]
        var states = [State](repeating: State(), count: data.recognitions.firmCount)
        let ordered = data.recognitions.events.enumerated().sorted {
            ($0.element.firm, $0.element.ordinal, $0.element.action.ends ? 1 : 0, $0.offset)
                < ($1.element.firm, $1.element.ordinal, $1.element.action.ends ? 1 : 0, $1.offset)
        }
        var lastGrant: [Int: [Int: Day]] = [:]
        for (_, event) in ordered where event.day <= day {
            let firm = Int(event.firm), d = Int(event.designation)
            states[firm].region = Int(event.region)
            switch event.action {
            case .grant:
                if states[firm].firstGrant[d] == nil { states[firm].firstGrant[d] = event.day }
                lastGrant[firm, default: [:]][d] = event.day
                ended[firm, default: []].remove(d)
            case .renew:
                lastGrant[firm, default: [:]][d] = event.day
                ended[firm, default: []].remove(d)
            case .revoke, .expire:
                if lastGrant[firm]?[d] != nil { ended[firm, default: []].insert(d) }
            }
            latest[firm] = event.day
        }
        for firm in states.indices {
            for (d, since) in lastGrant[firm] ?? [:] where !(ended[firm]?.contains(d) ?? false) {
                if let years = data.designations[d].validYears, since.adding(years: years) <= day { continue }
                states[firm].held.insert(d)
            }
        }
        return states
    }

    @Test("every count target agrees at dates across the plans' periods",
          arguments: ["2020-12-31", "2022-06-15", "2023-12-31", "2024-08-01", "2025-12-31", "2026-11-21"])
    func targetsAgree(date: String) {
        let tally = TestData.bundled
        let data = tally.data
        var replays: [Day: [State]] = [:]
        for target in data.book.targets where target.countsFirms && target.each.isEmpty {
            let day = min(Day(iso: date)!, target.deadline)
            if replays[day] == nil { replays[day] = IndexOracleTests.replay(data, at: day) }
            let states = replays[day]!
            let expected = states.filter { IndexOracleTests.counts($0, for: target, in: data) }.count
            #expect(tally.progress(of: target, at: Day(iso: date)!).actual == Double(expected), "\(target.id) at \(date)")
        }
    }

    /// True when a firm in `state` counts for `target` (SPEC §3, written out again from the rules).
    static func counts(_ state: State, for target: Target, in data: DataSet) -> Bool {
        guard state.region >= 0, data.regions.isWithin(state.region, target.region) else { return false }
        let parent = target.counting == .highest ? target.parent.flatMap { data.book.target($0) } : nil
        let window = parent ?? target
        let qualified: [Int]
        if window.mode == .stock {
            qualified = window.designations.filter { state.held.contains($0) }
        } else {
            qualified = window.designations.filter { d in
                guard let first = state.firstGrant[d] else { return false }
                return first >= (window.windowStart ?? Day(ordinal: Int32.min)) && first <= window.deadline
            }
        }
        guard let top = qualified.max(by: { (data.designations[$0].rank ?? -1) < (data.designations[$1].rank ?? -1) }) else {
            return false
        }
        return parent == nil || target.designations.contains(top)
    }
}

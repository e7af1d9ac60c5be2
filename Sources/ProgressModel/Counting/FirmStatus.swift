/// A firm as it stands at the as-of date: where it is, what it holds, its latest event.
public struct FirmStatus: Sendable {
    public let firm: Int
    public let name: String
    public let code: CreditCode?
    public let region: Int
    /// Designations held at the date.
    public let held: DesignationSet
    /// Its latest event on or before the date.
    public let latestEvent: Int
    /// Events on or before the date.
    public let eventCount: Int
}

extension Tally {
    /// Firms whose region at `asOf` lies in `region`'s subtree, in name order.
    public func firms(in region: Int, at asOf: Day) -> [FirmStatus] {
        let table = data.recognitions
        let tree = data.regions
        let validYears = data.designations.all.map(\.validYears)
        var result: [FirmStatus] = []
        for firm in 0..<table.firmCount {
            let events = index.timelines.events(ofFirm: firm)
            guard let first = events.first, table.events[Int(first)].ordinal <= asOf.ordinal else { continue }
            var latest = Int(first), count = 0
            for event in events where table.events[Int(event)].ordinal <= asOf.ordinal {
                latest = Int(event)
                count += 1
            }
            let place = Int(table.events[latest].region)
            guard tree.isWithin(place, region) else { continue }
            var since = [Int32: Int32]()
            var held = DesignationSet()
            for event in events.prefix(count) {
                let record = table.events[Int(event)], d = Int(record.designation)
                switch record.action {
                case .grant, .renew: since[Int32(d)] = record.ordinal; held.insert(d)
                case .revoke, .expire: held.remove(d)
                }
            }
            for d in held {
                if let years = validYears[d], let from = since[Int32(d)], Day(ordinal: from).adding(years: years) <= asOf { held.remove(d) }
            }
            result.append(FirmStatus(firm: firm, name: table.firmName(firm), code: table.firmCode(firm), region: place,
                                     held: held, latestEvent: latest, eventCount: count))
        }
        return result.sorted { ($0.name, $0.firm) < ($1.name, $1.firm) }
    }
}

/// Each firm's events in the order that decides its status: by day, grants and renewals before
/// revocations and expiries on the same day (SPEC §3), then in file order.
public struct FirmTimelines: Sendable {
    /// Event indices, grouped by firm; firm `f` owns `order[start[f]..<start[f + 1]]`.
    public let order: [Int32]
    public let start: [Int32]

    public init(_ table: RecognitionTable) {
        let firmCount = table.firmCount
        var start = [Int32](repeating: 0, count: firmCount + 1)
        for event in table.events { start[Int(event.firm) + 1] += 1 }
        for f in 0..<firmCount { start[f + 1] += start[f] }
        var next = start
        var order = [Int32](repeating: 0, count: table.eventCount)
        for (index, event) in table.events.enumerated() {
            let firm = Int(event.firm)
            order[Int(next[firm])] = Int32(index)
            next[firm] += 1
        }
        // Firms have a handful of events each: an insertion sort per firm is linear overall.
        let events = table.events
        order.withUnsafeMutableBufferPointer { order in
            for f in 0..<firmCount {
                let lower = Int(start[f]), upper = Int(start[f + 1])
                guard upper - lower > 1 else { continue }
                for i in (lower + 1)..<upper {
                    let event = order[i]
                    let key = FirmTimelines.sortKey(events[Int(event)], event)
                    var j = i - 1
                    while j >= lower && FirmTimelines.sortKey(events[Int(order[j])], order[j]) > key {
                        order[j + 1] = order[j]
                        j -= 1
                    }
                    order[j + 1] = event
                }
            }
        }
        self.order = order
        self.start = start
    }

    @inline(__always)
    static func sortKey(_ event: Event, _ index: Int32) -> (Int32, UInt8, Int32) {
        (event.ordinal, event.action.ends ? 1 : 0, index)
    }

    public func events(ofFirm firm: Int) -> ArraySlice<Int32> { order[Int(start[firm])..<Int(start[firm + 1])] }
}

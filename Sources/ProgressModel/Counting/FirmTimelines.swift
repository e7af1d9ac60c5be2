/// Each firm's events in the order that decides its status: by day, grants and renewals before
/// revocations and expiries on the same day (SPEC §3), then in file order.
public struct FirmTimelines: Sendable {
    /// Event indices, grouped by firm; firm `f` owns `order[start[f]..<start[f + 1]]`.
    public let order: [Int32]
    public let start: [Int32]

    public init(_ table: RecognitionTable) {
        let firmCount = table.firms.count
        var start = [Int32](repeating: 0, count: firmCount + 1)
        for firm in table.eventFirm { start[Int(firm) + 1] += 1 }
        for f in 0..<firmCount { start[f + 1] += start[f] }
        var next = start
        var order = [Int32](repeating: 0, count: table.eventCount)
        for event in 0..<table.eventCount {
            let firm = Int(table.eventFirm[event])
            order[Int(next[firm])] = Int32(event)
            next[firm] += 1
        }
        // Firms have a handful of events each: an insertion sort per firm is linear overall.
        let day = table.eventDay, action = table.eventAction
        order.withUnsafeMutableBufferPointer { order in
            for f in 0..<firmCount {
                let lower = Int(start[f]), upper = Int(start[f + 1])
                guard upper - lower > 1 else { continue }
                for i in (lower + 1)..<upper {
                    let event = order[i]
                    let key = FirmTimelines.sortKey(day[Int(event)], action[Int(event)], event)
                    var j = i - 1
                    while j >= lower && FirmTimelines.sortKey(day[Int(order[j])], action[Int(order[j])], order[j]) > key {
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
    static func sortKey(_ day: Int32, _ action: UInt8, _ event: Int32) -> (Int32, UInt8, Int32) {
        (day, Action(rawValue: action)!.ends ? 1 : 0, event)
    }

    public func events(ofFirm firm: Int) -> ArraySlice<Int32> { order[Int(start[firm])..<Int(start[firm + 1])] }
}

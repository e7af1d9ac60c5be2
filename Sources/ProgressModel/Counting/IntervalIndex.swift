/// Where the walk through a firm's events puts the intervals it finds: the index's builder, or
/// one firm's record (`FirmReplay`).
protocol IntervalSink {
    /// Adds [from, to); `to` nil means the interval never ends.
    mutating func add(_ key: UInt64, from: Day, to: Day?)
}

/// Counts of firms at any as-of date, from the intervals during which each firm counts.
///
/// Every counter (a target, a region's holders of a designation, a reward tier …) is a key; a
/// firm contributes an interval [from, to) to a key for each stretch of time it counts there.
/// The count at day A is the number of intervals with from ≤ A < to, that is
/// #(from ≤ A) − #(to ≤ A): two binary searches in sorted arrays, whatever the number of rows.
public struct IntervalIndex: Sendable {
    private let slot: UInt64Table
    public let keys: [UInt64]
    private let starts: [Int32]
    private let startOffsets: [Int32]
    private let ends: [Int32]
    private let endOffsets: [Int32]

    /// Gathers intervals, then sorts them into an index.
    public struct Builder: IntervalSink {
        var slot = UInt64Table()
        var keys: [UInt64] = []
        var startSlot: [Int32] = []
        var startDay: [Int32] = []
        var endSlot: [Int32] = []
        var endDay: [Int32] = []

        public init() {}

        @inline(__always)
        mutating func slotOf(_ key: UInt64) -> Int32 {
            if let found = slot[key] { return Int32(found) }
            let new = keys.count
            slot.set(key, new)
            keys.append(key)
            return Int32(new)
        }

        /// Adds [from, to); `to` nil means the interval never ends.
        public mutating func add(_ key: UInt64, from: Day, to: Day?) {
            let s = slotOf(key)
            startSlot.append(s)
            startDay.append(from.ordinal)
            if let to {
                endSlot.append(s)
                endDay.append(to.ordinal)
            }
        }

        /// Adds the intervals gathered by another builder (for another set of firms).
        public mutating func absorb(_ other: Builder) {
            let slots = other.keys.map { slotOf($0) }
            startSlot.append(contentsOf: other.startSlot.lazy.map { slots[Int($0)] })
            startDay.append(contentsOf: other.startDay)
            endSlot.append(contentsOf: other.endSlot.lazy.map { slots[Int($0)] })
            endDay.append(contentsOf: other.endDay)
        }

        public func build() -> IntervalIndex {
            let sorted = Parallel.map(2) { which in
                which == 0 ? Builder.bucket(slots: startSlot, days: startDay, count: keys.count)
                    : Builder.bucket(slots: endSlot, days: endDay, count: keys.count)
            }
            let (starts, startOffsets) = sorted[0]
            let (ends, endOffsets) = sorted[1]
            return IntervalIndex(slot: slot, keys: keys, starts: starts, startOffsets: startOffsets, ends: ends, endOffsets: endOffsets)
        }

        /// Days grouped by slot (a counting sort), each group sorted.
        static func bucket(slots: [Int32], days: [Int32], count: Int) -> ([Int32], [Int32]) {
            var offsets = [Int32](repeating: 0, count: count + 1)
            for s in slots { offsets[Int(s) + 1] += 1 }
            for i in 0..<count { offsets[i + 1] += offsets[i] }
            var next = offsets
            var sorted = [Int32](repeating: 0, count: days.count)
            for i in 0..<slots.count {
                let s = Int(slots[i])
                sorted[Int(next[s])] = days[i]
                next[s] += 1
            }
            sorted.withUnsafeMutableBufferPointer { buffer in
                for i in 0..<count {
                    let lower = Int(offsets[i]), upper = Int(offsets[i + 1])
                    if upper - lower > 1 { buffer[lower..<upper].sort() }
                }
            }
            return (sorted, offsets)
        }
    }

    /// Intervals of `key` that contain `day`.
    public func count(_ key: UInt64, at day: Day) -> Int {
        guard let s = slot[key] else { return 0 }
        return count(slot: s, at: day)
    }

    /// Same as `count(_:at:)`, for a key's position in `keys`.
    public func count(slot s: Int, at day: Day) -> Int {
        let started = IntervalIndex.upperBound(starts, Int(startOffsets[s]), Int(startOffsets[s + 1]), day.ordinal)
        let ended = IntervalIndex.upperBound(ends, Int(endOffsets[s]), Int(endOffsets[s + 1]), day.ordinal)
        return started - ended
    }


    /// Number of values ≤ `value` in the sorted `array[lower..<upper]`.
    static func upperBound(_ array: [Int32], _ lower: Int, _ upper: Int, _ value: Int32) -> Int {
        var low = lower, high = upper
        while low < high {
            let mid = (low + high) / 2
            if array[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low - lower
    }
}

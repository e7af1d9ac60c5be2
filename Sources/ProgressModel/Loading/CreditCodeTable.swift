/// Firm numbers by credit code: an open-addressing hash table.
///
/// Hand-written because looking a million codes up in a `Dictionary` (SipHash over 12 bytes)
/// took about a tenth of the whole load; a multiply-shift hash and linear probing take a
/// fraction of that.
struct CreditCodeTable: Sendable {
    /// One slot: the code and the firm number + 1 (0 marks an empty slot), together so that a
    /// probe touches one cache line.
    private struct Slot {
        var high: UInt64 = 0
        var low: UInt32 = 0
        var value: Int32 = 0
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    /// Room for `capacity` codes with the table at most two-thirds full.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 3 / 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func home(_ code: CreditCode) -> Int {
        let mixed = (code.high ^ UInt64(code.low) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    subscript(code: CreditCode) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var at = home(code)
            while slots[at].value != 0 {
                if slots[at].high == code.high && slots[at].low == code.low { return slots[at].value - 1 }
                at = (at + 1) & mask
            }
            return nil
        }
    }

    /// Sets the firm of `code` (adding or replacing).
    mutating func set(_ code: CreditCode, _ firm: Int32) {
        if (count + 1) * 3 > slots.count * 2 { grow() }
        var at = home(code)
        while slots[at].value != 0 {
            if slots[at].high == code.high && slots[at].low == code.low { slots[at].value = firm + 1; return }
            at = (at + 1) & mask
        }
        slots[at] = Slot(high: code.high, low: code.low, value: firm + 1)
        count += 1
    }

    /// Grows the table now to hold `capacity` codes without growing again.
    mutating func reserve(_ capacity: Int) {
        guard capacity * 3 > slots.count * 2 else { return }
        let old = slots
        self = CreditCodeTable(capacity: capacity)
        for slot in old where slot.value != 0 { set(CreditCode(high: slot.high, low: slot.low), slot.value - 1) }
    }

    /// Every firm number replaced through `renumber`.
    mutating func renumber(_ renumber: (Int32) -> Int32) {
        for at in slots.indices where slots[at].value != 0 { slots[at].value = renumber(slots[at].value - 1) + 1 }
    }

    private mutating func grow() { reserve(slots.count * 2 / 3 * 2) }
}

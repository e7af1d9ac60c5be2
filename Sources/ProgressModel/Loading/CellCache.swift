#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers what a cell's bytes resolved to, so that a value repeated on a million rows (a
/// district, a designation, an action) is looked up once, without making a string per row.
/// Keys are kept in one flat array so that a hit costs a hash and a `memcmp`, nothing more.
struct CellCache<Value> {
    private var slots = UInt64Table()
    private var keyBytes: [UInt8] = []
    private var keyStart: [Int] = [0]
    private(set) var values: [Value] = []

    /// The slot of the value stored for `bytes`, if any.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let slot = slots[CellCache.hash(bytes)], matches(slot, bytes) else { return nil }
        return slot
    }

    /// Stores `value` for `bytes` and returns its slot.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) -> Int {
        values.append(value)
        let slot = values.count - 1
        let hash = CellCache.hash(bytes)
        if slots[hash] == nil { slots.set(hash, slot) }
        keyBytes.append(contentsOf: bytes)
        keyStart.append(keyBytes.count)
        return slot
    }

    /// The value stored for `bytes`, or else what `resolve` makes of them as text, remembered.
    mutating func value(for bytes: UnsafeBufferPointer<UInt8>, resolve: (String) -> Value) -> Value {
        values[slot(for: bytes, resolve: resolve)]
    }

    /// The slot of the value stored for `bytes`, made by `resolve` when there is none yet: for
    /// values that hold references, read field by field from `values` rather than copied.
    mutating func slot(for bytes: UnsafeBufferPointer<UInt8>, resolve: (String) -> Value) -> Int {
        if let slot = find(bytes) { return slot }
        return add(bytes, resolve(String(decoding: bytes, as: UTF8.self)))
    }

    /// The slot stored for the cells `parts` joined by 0x1F, without joining them.
    func find(parts: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>) -> Int? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var total = 0
        for part in parts {
            for byte in part { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x1F) &* 0x100_0000_01b3
            total += part.count + 1
        }
        guard let slot = slots[hash] else { return nil }
        let start = keyStart[slot]
        guard keyStart[slot + 1] - start == total else { return nil }
        return keyBytes.withUnsafeBufferPointer { key in
            var at = start
            for part in parts {
                if part.count > 0 && memcmp(key.baseAddress! + at, part.baseAddress!, part.count) != 0 { return nil }
                at += part.count
                if key[at] != 0x1F { return nil }
                at += 1
            }
            return slot
        }
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    private func matches(_ slot: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStart[slot], count = keyStart[slot + 1] - start
        guard count == bytes.count else { return false }
        if count == 0 { return true }
        return keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, bytes.baseAddress!, count) == 0 }
    }
}

/// Ints by 64-bit key, open addressing with a multiply-shift mix: for keys that are hashes or
/// packed counters, where `Dictionary`'s SipHash costs more than the rest of the lookup.
struct UInt64Table: Sendable {
    private var hashes = [UInt64](repeating: 0, count: 64)
    /// Value + 1; 0 marks an empty slot.
    private var values = [Int](repeating: 0, count: 64)
    private var count = 0

    init() {}

    /// Room for `capacity` values without growing.
    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 + 2 { size *= 2 }
        hashes = [UInt64](repeating: 0, count: size)
        values = [Int](repeating: 0, count: size)
    }

    /// Low bits of FNV hashes and packed keys are poorly spread: mix before taking them.
    @inline(__always)
    private func home(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ hash >> 29) &* 0xBF58_476D_1CE4_E5B9) >> 32) & mask
    }

    subscript(hash: UInt64) -> Int? {
        hashes.withUnsafeBufferPointer { hashes in
            values.withUnsafeBufferPointer { values in
                let mask = values.count - 1
                var at = home(hash, mask)
                while values[at] != 0 {
                    if hashes[at] == hash { return values[at] - 1 }
                    at = (at + 1) & mask
                }
                return nil
            }
        }
    }

    mutating func set(_ hash: UInt64, _ value: Int) {
        if (count + 1) * 2 > values.count {
            let old = (hashes, values)
            hashes = Array(repeating: 0, count: old.1.count * 2)
            values = Array(repeating: 0, count: old.1.count * 2)
            count = 0
            for at in old.1.indices where old.1[at] != 0 { set(old.0[at], old.1[at] - 1) }
        }
        let mask = values.count - 1
        var at = home(hash, mask)
        while values[at] != 0 && hashes[at] != hash { at = (at + 1) & mask }
        if values[at] == 0 { count += 1 }
        hashes[at] = hash
        values[at] = value + 1
    }
}

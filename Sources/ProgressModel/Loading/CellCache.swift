#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers what a cell's bytes resolved to, so that a value repeated on a million rows (a
/// district, a designation, an action) is looked up once, without making a string per row.
struct CellCache<Value> {
    private var entries: [UInt64: (key: [UInt8], value: Value)] = [:]

    mutating func value(for bytes: UnsafeBufferPointer<UInt8>, compute: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let entry = entries[hash], entry.key.count == bytes.count,
           entry.key.withUnsafeBufferPointer({ bytes.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
            return entry.value
        }
        let value = compute(bytes)
        if entries[hash] == nil { entries[hash] = (Array(bytes), value) }
        return value
    }
}

/// A firm's name as compared when rows name a firm without a code: the same firm is written
/// 湛江恒达（精密）有限公司 in one list and 湛江恒达(精密)有限公司 in another. Spaces (ASCII and
/// U+3000) are left out; full-width letters, digits and punctuation, （）among them, are made
/// half-width; Latin letters are compared in lower case. Words are never changed: 有限公司 and
/// 有限责任公司 are different names (see `FirmNameKey.companySuffixVariant`).
enum FirmNameKey {
    /// The key of `name` (clean UTF-8), or nil when it is the name itself (nearly always, and
    /// then nothing is allocated).
    static func key(_ name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard name.contains(where: { $0 == 0x20 || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0xE3 || $0 == 0xEF }) else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(name.count)
        fold(name) { key.append($0) }
        return key
    }

    /// FNV-1a of the key of `name`, made without making the key: equal to `TextHash.fnv` of it.
    /// A name that is its own key (nearly all) is hashed in one plain pass.
    static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name {
            if byte == 0x20 || (byte >= 0x41 && byte <= 0x5A) || byte == 0xE3 || byte == 0xEF {
                hash = 0xcbf2_9ce4_8422_2325
                fold(name) { hash = (hash ^ UInt64($0)) &* 0x100_0000_01b3 }
                return hash
            }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The bytes of the key of `name`, one by one.
    @inline(__always)
    private static func fold(_ name: UnsafeBufferPointer<UInt8>, _ emit: (UInt8) -> Void) {
        var i = 0
        while i < name.count {
            let byte = name[i]
            if byte < 0x80 {
                if byte != 0x20 { emit(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
                i += 1
                continue
            }
            if byte == 0xE3, i + 2 < name.count, name[i + 1] == 0x80, name[i + 2] == 0x80 {
                i += 3
                continue
            }
            // U+FF01…U+FF5E: EF BC 81…BF and EF BD 80…9E.
            if byte == 0xEF, i + 2 < name.count, name[i + 1] == 0xBC || name[i + 1] == 0xBD {
                let scalar = (UInt32(name[i + 1] & 0x3F) << 6 | UInt32(name[i + 2] & 0x3F)) + 0xF000
                if scalar >= 0xFF01 && scalar <= 0xFF5E {
                    let ascii = UInt8(scalar - 0xFEE0)
                    emit(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
                    i += 3
                    continue
                }
            }
            emit(byte)
            i += 1
        }
    }

    /// The key of a name given as text.
    static func key(_ name: String) -> String {
        var name = name
        return name.withUTF8 { bytes in key(bytes).map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: bytes, as: UTF8.self) }
    }

    /// True when two names have the same key.
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.elementsEqual(b) { return true }
        let keyA = key(a), keyB = key(b)
        if keyA == nil && keyB == nil { return false }
        return (keyA ?? Array(a)) == (keyB ?? Array(b))
    }

    /// The key with 有限公司 for 有限责任公司 at its end, or the other way round; nil for a name
    /// with neither ending. Names that differ only so are not joined, but reported.
    static func companySuffixVariant(_ key: String) -> String? {
        if key.hasSuffix("有限责任公司") { return String(key.dropLast(6)) + "有限公司" }
        if key.hasSuffix("有限公司") { return String(key.dropLast(4)) + "有限责任公司" }
        return nil
    }
}

/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
/// 31-letter alphabet, the last one a check character.
///
/// Stored packed in 90 bits so that a million firms are keyed without a million strings.
public struct CreditCode: Hashable, Sendable, CustomStringConvertible {
    let high: UInt64   // characters 1–12, 5 bits each
    let low: UInt32    // characters 13–18

    /// Stands for "no code" in packed storage; no 18-character code packs to it.
    static let none = CreditCode(high: .max, low: .max)

    /// The alphabet of GB 32100-2015, in value order (no I, O, S, V, Z).
    public static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Value of each byte in the alphabet (lower-case letters accepted), 255 when outside it.
    static let valueOfByte: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (value, byte) in alphabet.enumerated() {
            table[Int(byte)] = UInt8(value)
            if byte >= 65 && byte <= 90 { table[Int(byte) + 32] = UInt8(value) }
        }
        return table
    }()

    /// The outcome of reading a cell as a credit code.
    public enum Reading: Equatable, Sendable {
        case valid(CreditCode)
        /// Well formed, but the 18th character is not the one the first 17 call for.
        case wrongCheckCharacter(CreditCode, expected: Character)
        /// Not 18 characters of the alphabet.
        case malformed
    }

    /// Reads a code from the bytes of a cell (already trimmed).
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
        guard bytes.count == 18 else { return .malformed }
        var high: UInt64 = 0, low: UInt32 = 0, sum = 0, check = 0
        let malformed = valueOfByte.withUnsafeBufferPointer { values in
            weights.withUnsafeBufferPointer { weights in
                for index in 0..<18 {
                    let value = values[Int(bytes[index])]
                    if value == 255 { return true }
                    if index < 12 { high = high << 5 | UInt64(value) } else { low = low << 5 | UInt32(value) }
                    if index < 17 { sum += Int(value) * weights[index] } else { check = Int(value) }
                }
                return false
            }
        }
        if malformed { return .malformed }
        let code = CreditCode(high: high, low: low)
        let expected = (31 - sum % 31) % 31
        if expected == check { return .valid(code) }
        return .wrongCheckCharacter(code, expected: Character(Unicode.Scalar(alphabet[expected])))
    }

    public static func read(_ text: String) -> Reading { Array(text.utf8).withUnsafeBufferPointer { read($0) } }

    /// The check character the first 17 characters call for (used by the sample generator).
    public static func checkCharacter(for first17: [UInt8]) -> UInt8? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (index, byte) in first17.enumerated() {
            let value = valueOfByte[Int(byte)]
            if value == 255 { return nil }
            sum += Int(value) * weights[index]
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    public var description: String {
        String(unsafeUninitializedCapacity: 18) { bytes in
            var h = high, l = low
            for i in stride(from: 17, through: 12, by: -1) { bytes[i] = CreditCode.alphabet[Int(l & 31)]; l >>= 5 }
            for i in stride(from: 11, through: 0, by: -1) { bytes[i] = CreditCode.alphabet[Int(h & 31)]; h >>= 5 }
            return 18
        }
    }
}

/// One input of the fuzzer: its bytes, and choices derived from them (which as-of date, which
/// screen size, how many parts) that stay the same for the same bytes, so that a saved crash
/// replays exactly.
public struct FuzzInput {
    public let bytes: [UInt8]
    /// FNV-1a of the bytes: the source of every choice that is not part of the file itself.
    public let hash: UInt64

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        self.hash = hash
    }

    /// A value in `0..<count` taken from bits `shift…` of the hash (0 when `count` is 0).
    public func choice(_ count: Int, shift: Int) -> Int {
        count <= 0 ? 0 : Int((hash >> UInt64(shift)) % UInt64(count))
    }
}

/// Reads choices from the fuzzer's bytes one after another, for the structured fuzzer: each
/// byte picks among a few options, so that libFuzzer's mutations move between them. When the
/// bytes run out every choice is the first option.
public struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isAtEnd: Bool { position >= bytes.count }

    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A value in `0..<count`.
    public mutating func below(_ count: Int) -> Int { count <= 1 ? 0 : Int(byte()) % count }

    public mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }

    /// True about once in `oneIn` reads.
    public mutating func chance(_ oneIn: Int) -> Bool {
        guard !isAtEnd else { return false }
        return below(oneIn) == 0
    }
}

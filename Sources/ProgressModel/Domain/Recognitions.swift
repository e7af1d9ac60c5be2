/// What happened to a firm on a list (the 状态 column).
public enum Action: UInt8, Sendable, CaseIterable {
    /// 认定: put on the list.
    case grant = 0
    /// 复核: confirmed on review, which restarts the validity period.
    case renew = 1
    /// 撤销/取消: taken off the list.
    case revoke = 2
    /// 到期: lapsed.
    case expire = 3

    /// True for actions that end a status.
    public var ends: Bool { self == .revoke || self == .expire }

    public var code: String { ["grant", "renew", "revoke", "expire"][Int(rawValue)] }

    public func name(in language: Language) -> String {
        language == .chinese ? ["认定", "复核", "撤销", "到期"][Int(rawValue)] : code
    }
}

/// A firm as the lists identify it: by unified social credit code, or by name where the code is
/// missing.
public struct Firm: Sendable, Hashable {
    public let name: String
    public let code: CreditCode?
}

/// One input file's row counts, for the report header and the JSON contract.
public struct InputSummary: Sendable, Hashable {
    public let path: String
    public var rows = 0
    public var loaded = 0
    public var rejected = 0
    public var encoding = "UTF-8"

    public init(path: String) { self.path = path }
}

/// One recognition event (one row of a list), packed into 20 bytes.
public struct Event: Sendable, Hashable {
    public let firm: Int32
    public let region: Int32
    public let ordinal: Int32
    public let line: Int32
    public let input: UInt16
    public let designation: UInt8
    let actionCode: UInt8
    /// True where the list gave a year only (counted as of 31 December).
    public let yearOnly: Bool

    init(firm: Int32, region: Int32, day: Day, line: Int32, input: UInt16, designation: UInt8, action: Action, yearOnly: Bool) {
        self.firm = firm
        self.region = region
        self.ordinal = day.ordinal
        self.line = line
        self.input = input
        self.designation = designation
        self.actionCode = action.rawValue
        self.yearOnly = yearOnly
    }

    public var day: Day { Day(ordinal: ordinal) }
    public var action: Action { Action(rawValue: actionCode)! }

    func renumbered(firm: Int32, lines: Int32) -> Event {
        Event(firm: firm, region: region, day: day, line: line + lines, input: input, designation: designation, action: action,
              yearOnly: yearOnly)
    }
}

/// Every loaded recognition event (one CSV row each) and the firms they are about.
public struct RecognitionTable: Sendable {
    public internal(set) var inputs: [InputSummary] = []
    public internal(set) var events: [Event] = []
    /// Each firm's credit code, `CreditCode.none` for firms known by name only.
    private var codes: [CreditCode] = []
    /// Each firm's name, all in one buffer: half a million names would otherwise be half a
    /// million separate strings.
    private var names = TextStore()

    // Lookups used while loading; dropped by `finishLoading()`.
    private var firmByCode = CreditCodeTable()
    private var firmByName: [String: Int32] = [:]

    public init() {}

    public var eventCount: Int { events.count }
    public var firmCount: Int { codes.count }

    public func firmName(_ firm: Int) -> String { names[firm] }
    public func firmCode(_ firm: Int) -> CreditCode? { codes[firm] == .none ? nil : codes[firm] }
    public func firm(_ index: Int) -> Firm { Firm(name: firmName(index), code: firmCode(index)) }

    mutating func reserve(_ count: Int) { events.reserveCapacity(count) }

    mutating func append(firm: Int32, region: Int32, designation: Int, day: Day, yearOnly: Bool, action: Action, line: Int, input: Int) {
        events.append(Event(firm: firm, region: region, day: day, line: Int32(line), input: UInt16(input),
                            designation: UInt8(designation), action: action, yearOnly: yearOnly))
    }

    /// Appends the events of `part` (read from a later stretch of a file, with its own firm
    /// numbers and lines counted from its start), renumbering its firms into this table's.
    mutating func absorb(_ part: consuming RecognitionTable, shiftedBy lines: Int32) {
        if eventCount == 0 && firmCount == 0 && lines == 0 {
            let inputs = self.inputs
            self = part
            self.inputs = inputs
            return
        }
        var renumbered = [Int32](repeating: 0, count: part.firmCount)
        for firm in 0..<part.firmCount {
            renumbered[firm] = part.names.withBytes(firm) { name in
                if let code = part.firmCode(firm) { return self.firm(code: code, name: name) }
                return self.firm(name: String(decoding: name, as: UTF8.self))
            }
        }
        events.append(contentsOf: part.events.lazy.map { $0.renumbered(firm: renumbered[Int($0.firm)], lines: lines) })
    }

    /// The firm with this code, added (with this name, already clean UTF-8) when new.
    mutating func firm(code: CreditCode, name: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let index = firmByCode[code] { return index }
        let index = Int32(codes.count)
        codes.append(code)
        names.append(name)
        firmByCode.set(code, index)
        return index
    }

    /// The firm identified by this name alone (its rows have no credit code).
    mutating func firm(name: String) -> Int32 {
        if let index = firmByName[name] { return index }
        let index = Int32(codes.count)
        codes.append(.none)
        var text = name
        text.withUTF8 { names.append($0) }
        firmByName[name] = index
        return index
    }

    /// Rows without a credit code name their firm; where a firm with a code has exactly that
    /// name, the rows are that firm's. Done once after loading, so that loading never compares
    /// the names of the (many) firms that have codes.
    mutating func linkNamesToCodes() {
        guard !firmByName.isEmpty else { return }
        var wanted: [UInt64: [Int32]] = [:]
        for (name, index) in firmByName { wanted[TextHash.fnv(name), default: []].append(index) }
        var replacement: [Int32: Int32] = [:]
        for firm in 0..<firmCount where codes[firm] != .none {
            guard let candidates = names.withBytes(firm, { wanted[TextHash.fnv($0)] }) else { continue }
            for candidate in candidates where names[Int(candidate)] == names[firm] && replacement[candidate] == nil {
                replacement[candidate] = Int32(firm)
            }
        }
        guard !replacement.isEmpty else { return }
        var renumbered = [Int32](repeating: -1, count: firmCount)
        var keptCodes: [CreditCode] = []
        var keptNames = TextStore()
        for firm in 0..<firmCount where replacement[Int32(firm)] == nil {
            renumbered[firm] = Int32(keptCodes.count)
            keptCodes.append(codes[firm])
            names.withBytes(firm) { keptNames.append($0) }
        }
        for (from, to) in replacement { renumbered[Int(from)] = renumbered[Int(to)] }
        events = events.map { $0.renumbered(firm: renumbered[Int($0.firm)], lines: 0) }
        codes = keptCodes
        names = keptNames
        firmByCode.renumber { renumbered[Int($0)] }
        firmByName = firmByName.filter { replacement[$0.value] == nil }.mapValues { renumbered[Int($0)] }
    }

    /// Links name-only rows to coded firms and drops the lookups only loading needs.
    mutating func finishLoading() {
        linkNamesToCodes()
        firmByCode = CreditCodeTable()
        firmByName = [:]
    }
}

/// Many short texts in one byte buffer, for names that are read rarely but kept by the hundred
/// thousand.
struct TextStore: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int32] = []

    var count: Int { ends.count }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
        ends.append(Int32(bytes.count))
    }

    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = index == 0 ? 0 : Int(ends[index - 1]), end = Int(ends[index])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    subscript(index: Int) -> String { withBytes(index) { String(decoding: $0, as: UTF8.self) } }
}

/// A fast, stable hash of UTF-8 bytes (FNV-1a), for grouping, not for security.
enum TextHash {
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    static func fnv(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { fnv($0) }
    }
}

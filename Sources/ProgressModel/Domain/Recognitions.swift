#if canImport(Glibc)
import Glibc
#endif

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

    private static let codes = ["grant", "renew", "revoke", "expire"]
    private static let chineseNames = ["认定", "复核", "撤销", "到期"]

    public var code: String { Action.codes[Int(rawValue)] }

    public func name(in language: Language) -> String {
        language == .chinese ? Action.chineseNames[Int(rawValue)] : code
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

/// One recognition event (one row of a list), packed into 21 bytes.
public struct Event: Sendable, Hashable {
    public let firm: Int32
    public let region: Int32
    public let ordinal: Int32
    public let line: Int32
    public let input: UInt16
    public let designation: UInt8
    /// The row's batch (5 for 第五批): its batch cell's, else its designation cell's; 0 where neither names one.
    let batchNumber: UInt8
    /// The action in the low two bits; bit 2 set where the list gave a year only.
    private let flags: UInt8

    init(firm: Int32, region: Int32, day: Day, line: Int32, input: UInt16, designation: UInt8, action: Action, yearOnly: Bool,
         batch: Int? = nil) {
        self.firm = firm
        self.region = region
        self.ordinal = day.ordinal
        self.line = line
        self.input = input
        self.designation = designation
        self.batchNumber = UInt8(batch ?? 0)
        self.flags = action.rawValue | (yearOnly ? 4 : 0)
    }

    public var day: Day { Day(ordinal: ordinal) }
    var actionCode: UInt8 { flags & 3 }
    public var action: Action { Action(rawValue: actionCode)! }
    /// True where the list gave a year only (counted as of 31 December).
    public var yearOnly: Bool { flags & 4 != 0 }
    /// The row's batch (第五批: its batch cell's, else its designation cell's), nil where neither names one.
    public var batch: Int? { batchNumber == 0 ? nil : Int(batchNumber) }

    /// The event with its firm placed in `region` instead.
    func placed(in region: Int32) -> Event {
        Event(firm: firm, region: region, day: day, line: line, input: input, designation: designation, action: action,
              yearOnly: yearOnly, batch: batch)
    }

    func renumbered(firm: Int32, lines: Int32) -> Event {
        Event(firm: firm, region: region, day: day, line: line + lines, input: input, designation: designation, action: action,
              yearOnly: yearOnly, batch: batch)
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
    /// Firms known by name only, by `FirmNameKey`.
    private var firmByName: [String: Int32] = [:]
    /// Codes given with another name than the firm's first: the first row that did, by code
    /// (firm numbers change when name-only rows are joined to coded firms).
    private var otherNames: [CreditCode: OtherName] = [:]

    struct OtherName: Sendable {
        let line: Int32
        let input: UInt16
        let name: String

        func shifted(by lines: Int32) -> OtherName { OtherName(line: line + lines, input: input, name: name) }
    }

    public init() {}

    public var eventCount: Int { events.count }
    public var firmCount: Int { codes.count }

    public func firmName(_ firm: Int) -> String { names[firm] }
    public func firmCode(_ firm: Int) -> CreditCode? { codes[firm] == .none ? nil : codes[firm] }
    public func firm(_ index: Int) -> Firm { Firm(name: firmName(index), code: firmCode(index)) }

    /// True when firm `a`'s name comes before firm `b`'s (code-point order, then firm number).
    public func nameOrder(_ a: Int, _ b: Int) -> Bool {
        let order = names.compare(a, b)
        return order != 0 ? order < 0 : a < b
    }

    /// Every firm, in name order. Names are compared by their first sixteen bytes packed into
    /// integers, and in full only where those are equal: half a million names sort in a fraction
    /// of the time string comparison takes.
    public func firmsInNameOrder() -> [Int] {
        guard firmCount > 1 else { return Array(0..<firmCount) }
        var keys = (0..<firmCount).map { (key: names.prefixKey($0), firm: $0) }
        keys.sort { $0.key < $1.key || ($0.key == $1.key && $0.firm < $1.firm) }
        // Equal prefixes: sort those runs by the whole name.
        var order = keys.map(\.firm)
        var runStart = 0
        for position in 1...keys.count where position == keys.count || keys[position].key != keys[runStart].key {
            if position - runStart > 1 { order[runStart..<position].sort { nameOrder($0, $1) } }
            runStart = position
        }
        return order
    }

    mutating func reserve(_ count: Int) { events.reserveCapacity(count) }

    /// Room for about `count` firms, so that the code table does not grow step by step.
    mutating func reserveFirms(_ count: Int) {
        firmByCode.reserve(count)
        codes.reserveCapacity(count)
    }

    mutating func append(firm: Int32, region: Int32, designation: Int, day: Day, yearOnly: Bool, action: Action, line: Int, input: Int,
                         batch: Int? = nil) {
        events.append(Event(firm: firm, region: region, day: day, line: Int32(line), input: UInt16(input),
                            designation: UInt8(designation), action: action, yearOnly: yearOnly, batch: batch))
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
        // Looking the part's firms up is read-only and done on all cores; only the new ones are
        // then added, in order, so that firm numbers are what a single pass would give.
        let known = self
        let count = part.firmCount
        let chunks = Parallel.parts
        let found = Parallel.map(chunks) { chunk in
            (count * chunk / chunks..<count * (chunk + 1) / chunks).map { firm -> Int32 in
                if let code = part.firmCode(firm) { return known.firm(code: code) ?? -1 }
                return known.firmByName[FirmNameKey.key(part.names[firm])] ?? -1
            }
        }.flatMap { $0 }
        var renumbered = [Int32](repeating: 0, count: count)
        var partFirstEvents: [Int32]?
        for firm in 0..<count {
            if let code = part.firmCode(firm), otherNames[code] == nil {
                // What a single pass would have noted first: this part's first name for the
                // code when it differs from the one known, else the part's own note.
                if found[firm] >= 0, !sameName(Int(found[firm]), part, firm) {
                    let first = Int(part.firstEvent(of: firm, cache: &partFirstEvents))
                    otherNames[code] = OtherName(line: part.events[first].line + lines, input: part.events[first].input, name: part.names[firm])
                } else if let other = part.otherNames[code] {
                    otherNames[code] = other.shifted(by: lines)
                }
            }
            if found[firm] >= 0 { renumbered[firm] = found[firm]; continue }
            renumbered[firm] = part.names.withBytes(firm) { name in
                if let code = part.firmCode(firm) { return self.firm(code: code, name: name) }
                return self.firm(name: String(decoding: name, as: UTF8.self))
            }
        }
        events.append(contentsOf: part.events.lazy.map { $0.renumbered(firm: renumbered[Int($0.firm)], lines: lines) })
    }

    /// The firm with this code, if it is known.
    func firm(code: CreditCode) -> Int32? { firmByCode[code] }

    /// True when `firm`'s name is these bytes exactly.
    func hasName(_ firm: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        names.withBytes(Int(firm)) { $0.count == bytes.count && ($0.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0) }
    }

    /// Notes a row that gives `firm`'s code with `name` (clean UTF-8): the first name that
    /// differs from the firm's is reported when loading finishes.
    mutating func note(name: UnsafeBufferPointer<UInt8>, of firm: Int32, code: CreditCode, line: Int, input: Int) {
        let differs = names.withBytes(Int(firm)) { !$0.isEmpty && !name.isEmpty && !FirmNameKey.same($0, name) }
        guard differs, otherNames[code] == nil else { return }
        otherNames[code] = OtherName(line: Int32(line), input: UInt16(input), name: String(decoding: name, as: UTF8.self))
    }

    /// True when firm `a` of this table and firm `b` of `other` have the same name (or either none).
    private func sameName(_ a: Int, _ other: RecognitionTable, _ b: Int) -> Bool {
        names.withBytes(a) { first in other.names.withBytes(b) { second in first.isEmpty || second.isEmpty || FirmNameKey.same(first, second) } }
    }

    /// The index of `firm`'s first event, from a table of every firm's made on first use.
    private func firstEvent(of firm: Int, cache: inout [Int32]?) -> Int32 {
        if cache == nil { cache = firstEvents() }
        return cache?[firm] ?? 0
    }

    /// Each firm's first event (its first row loaded).
    func firstEvents() -> [Int32] {
        var first = [Int32](repeating: -1, count: firmCount)
        for (index, event) in events.enumerated() where first[Int(event.firm)] < 0 { first[Int(event.firm)] = Int32(index) }
        return first
    }

    /// The firm with this code, added (with this name, already clean UTF-8) when new.
    mutating func firm(code: CreditCode, name: UnsafeBufferPointer<UInt8>) -> Int32 {
        firm(code: code) ?? addFirm(code: code, name: name)
    }

    /// Adds a firm that is not known yet.
    mutating func addFirm(code: CreditCode, name: UnsafeBufferPointer<UInt8>) -> Int32 {
        let index = Int32(codes.count)
        codes.append(code)
        names.append(name)
        firmByCode.set(code, index)
        return index
    }

    /// The firm identified by this name alone (its rows have no credit code).
    mutating func firm(name: String) -> Int32 {
        let key = FirmNameKey.key(name)
        if let index = firmByName[key] { return index }
        let index = Int32(codes.count)
        codes.append(.none)
        var text = name
        text.withUTF8 { names.append($0) }
        firmByName[key] = index
        return index
    }

    /// Rows without a credit code name their firm; where a firm with a code has that name (by
    /// `FirmNameKey`), the rows are that firm's. Done once after loading, so that loading never
    /// compares the names of the (many) firms that have codes. `hashes`: each firm's
    /// `FirmNameKey.hash`, kept in step with the firms' numbers.
    mutating func linkNamesToCodes(hashes: inout [UInt64]) {
        guard !firmByName.isEmpty else { return }
        // Keys by hash, in a table that costs a multiply and a probe per coded firm.
        var wanted = UInt64Table()
        var candidateLists: [[(key: String, firm: Int32)]] = []
        for (key, index) in firmByName {
            let hash = TextHash.fnv(key)
            if let slot = wanted[hash] { candidateLists[slot].append((key, index)) } else {
                wanted.set(hash, candidateLists.count)
                candidateLists.append([(key, index)])
            }
        }
        var replacement: [Int32: Int32] = [:]
        names.forEach { firm, bytes in
            guard codes[firm] != .none, let slot = wanted[hashes[firm]] else { return }
            let text = FirmNameKey.key(bytes).map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: bytes, as: UTF8.self)
            for candidate in candidateLists[slot] where candidate.key == text && replacement[candidate.firm] == nil {
                replacement[candidate.firm] = Int32(firm)
            }
        }
        guard let renumbered = join(replacement) else { return }
        var kept = [UInt64](repeating: 0, count: firmCount)
        for (firm, hash) in hashes.enumerated() where replacement[Int32(firm)] == nil { kept[Int(renumbered[firm])] = hash }
        hashes = kept
    }

    /// Puts the register's codes on firms named without one (a firm registered under that name or
    /// a former one), joining them to the firm of that code where the lists give it too; and
    /// places each firm's events in the register's town where the row gives only its district.
    mutating func apply(_ register: FirmRegister) {
        guard !register.isEmpty else { return }
        var replacement: [Int32: Int32] = [:]
        for (key, firm) in firmByName.sorted(by: { $0.value < $1.value }) {
            guard let index = register.byName[key] else { continue }
            let code = register.entries[index].code
            if let coded = firmByCode[code] {
                replacement[firm] = coded
            } else {
                codes[Int(firm)] = code
                firmByCode.set(code, firm)
                firmByName[key] = nil
            }
        }
        join(replacement)
        events = events.map { event in
            let code = codes[Int(event.firm)]
            guard code != .none else { return event }
            let place = register.place(code, in: Int(event.region))
            return place == Int(event.region) ? event : event.placed(in: Int32(place))
        }
    }

    /// Makes each firm of `replacement`'s keys one with the firm it maps to, renumbering the rest;
    /// the new number of each old one, nil when nothing changed.
    @discardableResult
    private mutating func join(_ replacement: [Int32: Int32]) -> [Int32]? {
        guard !replacement.isEmpty else { return nil }
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
        return renumbered
    }

    /// Warnings about names and codes that do not match one to one: a code given with two names
    /// (counted as one firm, under the first); a name given with two codes (counted as two
    /// firms); a firm named without a code that was not joined to a coded firm whose name differs
    /// only in 有限公司/有限责任公司. Each names the two rows.
    func nameProblems(_ register: FirmRegister, hashes: [UInt64]) -> [Diagnostic] {
        let first = firstEvents()
        func place(_ firm: Int) -> (file: String, line: Int) {
            let event = events[Int(first[firm])]
            return (inputs[Int(event.input)].path, Int(event.line))
        }
        var problems: [Diagnostic] = []
        for (code, other) in otherNames.sorted(by: { ($0.value.input, $0.value.line) < ($1.value.input, $1.value.line) }) {
            guard let firm = firm(code: code).map(Int.init), first[firm] >= 0, !register.isName(other.name, of: code) else { continue }
            let at = place(firm)
            problems.append(Diagnostic(.warning, file: inputs[Int(other.input)].path, line: Int(other.line), value: other.name,
                                       .codeWithOtherName(code: code.description, name: names[firm], at: "\(at.file):\(at.line)")))
        }
        // Coded firms by the hash of their name key: a key seen before is a name with two codes.
        // Keys are made again only when hashes meet, so that half a million names cost no copy.
        func key(_ firm: Int) -> [UInt8] { names.withBytes(firm) { FirmNameKey.key($0) ?? Array($0) } }
        var byKey = UInt64Table(capacity: firmCount)
        for firm in 0..<firmCount where codes[firm] != .none && first[firm] >= 0 {
            let hash = hashes[firm]
            guard names.withBytes(firm, { !$0.isEmpty }) else { continue }
            guard let earlier = byKey[hash] else {
                byKey.set(hash, firm)
                continue
            }
            guard key(earlier) == key(firm) else { continue }
            let at = place(earlier), here = place(firm)
            problems.append(Diagnostic(.warning, file: here.file, line: here.line, value: names[firm],
                                       .nameWithOtherCode(code: codes[firm].description, otherCode: codes[earlier].description,
                                                          at: "\(at.file):\(at.line)")))
        }
        for firm in 0..<firmCount where codes[firm] == .none && first[firm] >= 0 {
            guard let variant = FirmNameKey.companySuffixVariant(FirmNameKey.key(names[firm])) else { continue }
            let wanted = Array(variant.utf8)
            guard let coded = wanted.withUnsafeBufferPointer({ byKey[TextHash.fnv($0)] }), key(coded) == wanted else { continue }
            let at = place(coded), here = place(firm)
            problems.append(Diagnostic(.warning, file: here.file, line: here.line, value: names[firm],
                                       .nameDiffersInSuffix(name: names[coded], code: codes[coded].description, at: "\(at.file):\(at.line)")))
        }
        return problems
    }

    /// Drops the code lookup (the codes and names stay).
    mutating func dropLookups() { firmByCode = CreditCodeTable(capacity: 0) }

    /// Links name-only rows to coded firms, reports names and codes that do not match one to
    /// one, and drops the lookups only loading needs: done once after every list of a data set
    /// is loaded.
    public mutating func finishLoading(log: inout DiagnosticLog, register: FirmRegister = FirmRegister()) {
        apply(register)
        var hashes = (0..<firmCount).map { codes[$0] == .none ? 0 : names.withBytes($0, FirmNameKey.hash) }
        linkNamesToCodes(hashes: &hashes)
        for problem in nameProblems(register, hashes: hashes) { log.add(problem) }
        firmByCode = CreditCodeTable()
        firmByName = [:]
        otherNames = [:]
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

    /// -1, 0 or 1 as text `a` sorts before, with or after text `b` (byte order is code-point order).
    func compare(_ a: Int, _ b: Int) -> Int {
        withBytes(a) { first in
            withBytes(b) { second in
                let common = min(first.count, second.count)
                let order = common == 0 ? 0 : memcmp(first.baseAddress!, second.baseAddress!, common)
                if order != 0 { return order < 0 ? -1 : 1 }
                return first.count == second.count ? 0 : (first.count < second.count ? -1 : 1)
            }
        }
    }

    /// The first sixteen bytes, big-endian in two integers, for sorting.
    func prefixKey(_ index: Int) -> PrefixKey {
        withBytes(index) { bytes in
            var high: UInt64 = 0, low: UInt64 = 0
            for position in 0..<16 {
                let byte = UInt64(position < bytes.count ? bytes[position] : 0)
                if position < 8 { high = high << 8 | byte } else { low = low << 8 | byte }
            }
            return PrefixKey(high: high, low: low)
        }
    }

    struct PrefixKey: Comparable {
        let high: UInt64
        let low: UInt64
        static func < (a: PrefixKey, b: PrefixKey) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }

    /// Every text with its index, in order.
    func forEach(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            ends.withUnsafeBufferPointer { ends in
                var start = 0
                for index in 0..<ends.count {
                    let end = Int(ends[index])
                    body(index, UnsafeBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
        }
    }
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

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

/// Every loaded recognition event (one CSV row each), stored by column: a million events take
/// about 20 MB instead of a million objects.
public struct RecognitionTable: Sendable {
    public internal(set) var firms: [Firm] = []
    public internal(set) var inputs: [InputSummary] = []

    // Event columns, one entry per loaded row.
    public internal(set) var eventFirm: [Int32] = []
    public internal(set) var eventRegion: [Int32] = []
    public internal(set) var eventDesignation: [UInt8] = []
    public internal(set) var eventDay: [Int32] = []
    public internal(set) var eventAction: [UInt8] = []
    /// True where the list gave a year only (counted as of 31 December).
    public internal(set) var eventYearOnly: [Bool] = []
    public internal(set) var eventLine: [Int32] = []
    public internal(set) var eventInput: [UInt16] = []

    var firmByCode: [CreditCode: Int32] = [:]
    var firmByName: [String: Int32] = [:]

    public init() {}

    public var eventCount: Int { eventFirm.count }

    public func day(ofEvent event: Int) -> Day { Day(ordinal: eventDay[event]) }
    public func action(ofEvent event: Int) -> Action { Action(rawValue: eventAction[event])! }

    mutating func reserve(_ count: Int) {
        eventFirm.reserveCapacity(count)
        eventRegion.reserveCapacity(count)
        eventDesignation.reserveCapacity(count)
        eventDay.reserveCapacity(count)
        eventAction.reserveCapacity(count)
        eventYearOnly.reserveCapacity(count)
        eventLine.reserveCapacity(count)
        eventInput.reserveCapacity(count)
    }

    mutating func append(firm: Int32, region: Int32, designation: Int, day: Day, yearOnly: Bool, action: Action, line: Int, input: Int) {
        eventFirm.append(firm)
        eventRegion.append(region)
        eventDesignation.append(UInt8(designation))
        eventDay.append(day.ordinal)
        eventAction.append(action.rawValue)
        eventYearOnly.append(yearOnly)
        eventLine.append(Int32(line))
        eventInput.append(UInt16(input))
    }

    /// The firm with this code, added when new.
    mutating func firm(code: CreditCode, name: () -> String) -> Int32 {
        if let index = firmByCode[code] { return index }
        let index = Int32(firms.count)
        let firmName = name()
        firms.append(Firm(name: firmName, code: code))
        firmByCode[code] = index
        if !firmName.isEmpty && firmByName[firmName] == nil { firmByName[firmName] = index }
        return index
    }

    /// The firm with this name: one already known by code under the same name, else a firm
    /// identified by its name alone.
    mutating func firm(name: String) -> Int32 {
        if let index = firmByName[name] { return index }
        let index = Int32(firms.count)
        firms.append(Firm(name: name, code: nil))
        firmByName[name] = index
        return index
    }
}

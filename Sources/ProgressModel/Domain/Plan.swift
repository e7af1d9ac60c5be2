/// A plan document (行动方案, 实施意见, 通知 …): its region, period, targets, reward rules and the
/// measures it lists.
public struct Plan: Sendable {
    public let id: String
    public let name: String
    public let nameEnglish: String
    public let issuer: String
    /// As the document gives it: a full date or a year.
    public let dateText: String
    public let region: Int
    public let document: String
    public let start: Day
    public let end: Day
    public let targetIDs: [String]
    public let rewards: [RewardRule]
    public let measures: [Measure]
    public let notes: String

    public init(id: String, name: String, nameEnglish: String, issuer: String, dateText: String, region: Int,
                document: String, start: Day, end: Day, targetIDs: [String], rewards: [RewardRule],
                measures: [Measure], notes: String) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.issuer = issuer
        self.dateText = dateText
        self.region = region
        self.document = document
        self.start = start
        self.end = end
        self.targetIDs = targetIDs
        self.rewards = rewards
        self.measures = measures
        self.notes = notes
    }

    public func name(in language: Language) -> String { language == .chinese ? name : nameEnglish }
}

/// A reward a plan promises per recognised firm, for its budget exposure: "对新认定为专精特新
/// “小巨人”企业…给予200万元…的一次性奖励…从高、不重复".
public struct RewardRule: Sendable {
    public let id: String
    public let name: String
    public let nameEnglish: String
    public let basis: RewardBasis
    /// Amounts are ceilings ("不超过"): the total is the most that can be owed.
    public let isCeiling: Bool
    public let start: Day
    public let deadline: Day
    /// Tiers, highest amount first.
    public let tiers: [RewardTier]
    public let quote: String
    public let notes: String
    public let notesChinese: String
    /// Where the rule is written, for messages.
    public let sourceLine: Int

    public init(id: String, name: String, nameEnglish: String, basis: RewardBasis, isCeiling: Bool, start: Day,
                deadline: Day, tiers: [RewardTier], quote: String, notes: String, notesChinese: String = "", sourceLine: Int = 0) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.basis = basis
        self.isCeiling = isCeiling
        self.start = start
        self.deadline = deadline
        self.tiers = tiers.sorted { $0.amount > $1.amount }
        self.quote = quote
        self.notes = notes
        self.notesChinese = notesChinese
        self.sourceLine = sourceLine
    }

    public func notes(in language: Language) -> String { language == .chinese && !notesChinese.isEmpty ? notesChinese : notes }
}

/// Which recognitions earn a reward.
public enum RewardBasis: String, Sendable {
    /// First grants only (新认定).
    case firstGrant = "first_grant"
    /// Grants and renewals (认定(含复核)).
    case grantOrRenew = "grant_or_renew"
}

/// One amount of a reward rule, in yuan, for firms recognised on any of its lists.
public struct RewardTier: Sendable {
    public let designations: DesignationSet
    public let amount: Int

    public init(designations: DesignationSet, amount: Int) {
        self.designations = designations
        self.amount = amount
    }
}

/// A measure of a plan that carries no count to track, kept with its quote so that the plan is
/// shown whole (Guangdong's eleven measures, Chongqing's monthly monitoring).
public struct Measure: Sendable {
    public let name: String
    public let quote: String
    public let notes: String
    /// Where the measure is written, for messages.
    public let sourceLine: Int

    public init(name: String, quote: String, notes: String, sourceLine: Int = 0) {
        self.name = name
        self.quote = quote
        self.notes = notes
        self.sourceLine = sourceLine
    }
}

/// A quantitative target of a plan: "力争到2025年,累计培育300家以上优质中小企业" becomes a
/// target over 湛江市 counting firms on three lists, cumulative since 2022, at least 300.
public struct Target: Sendable {
    public let id: String
    public let planID: String
    public let name: String
    public let nameEnglish: String
    public let region: Int
    /// The lists whose firms count (empty for observation targets).
    public let designations: DesignationSet
    /// The observed metric, for targets that are not counts of firms.
    public let metric: String?
    public let mode: CountMode
    public let counting: PartCounting
    /// First day of the counting window; nil for "all time".
    public let windowStart: Day?
    public let deadline: Day
    public let comparator: Comparator
    public let value: Double
    /// Upper bound of a range target ("1—2个").
    public let valueMax: Double?
    public let unit: String
    /// The target this one is part of ("其中").
    public let parent: String?
    /// The cumulative target this per-year quota belongs to.
    public let yearlyOf: String?
    /// For thresholds that every park or zone may reach: the region kinds they apply to.
    public let each: Set<RegionKind>
    public let quote: String
    public let document: String
    public let notes: String
    /// The same notes in Chinese, where the file gives them.
    public let notesChinese: String
    /// Where the target is written, for messages.
    public let sourceLine: Int

    public init(id: String, planID: String, name: String, nameEnglish: String, region: Int,
                designations: DesignationSet, metric: String?, mode: CountMode, counting: PartCounting,
                windowStart: Day?, deadline: Day, comparator: Comparator, value: Double, valueMax: Double?,
                unit: String, parent: String?, yearlyOf: String?, each: Set<RegionKind>, quote: String,
                document: String, notes: String, notesChinese: String = "", sourceLine: Int) {
        self.id = id
        self.planID = planID
        self.name = name
        self.nameEnglish = nameEnglish
        self.region = region
        self.designations = designations
        self.metric = metric
        self.mode = mode
        self.counting = counting
        self.windowStart = windowStart
        self.deadline = deadline
        self.comparator = comparator
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.parent = parent
        self.yearlyOf = yearlyOf
        self.each = each
        self.quote = quote
        self.document = document
        self.notes = notes
        self.notesChinese = notesChinese
        self.sourceLine = sourceLine
    }

    public func name(in language: Language) -> String { language == .chinese ? name : nameEnglish }

    /// The interpretation notes in `language` (Chinese where given, else English).
    public func notes(in language: Language) -> String { language == .chinese && !notesChinese.isEmpty ? notesChinese : notes }

    /// True for targets that count firms (as opposed to reading observed values).
    public var countsFirms: Bool { mode != .observation }

    /// True when `actual` meets the target: at least the value (or the range's lower bound).
    public func isMet(by actual: Double) -> Bool { actual >= value }
}

/// How firms are counted against a target (SPEC §3).
public enum CountMode: String, Sendable, CaseIterable {
    /// Firms first recognised within the window.
    case new
    /// Firms first recognised since the plan's start (or all time), up to the deadline.
    case cumulative
    /// Firms holding the status on the as-of date.
    case stock
    /// The latest observed value of a metric.
    case observation
}

/// How a part ("其中") counts the firms of its parent.
public enum PartCounting: String, Sendable {
    /// Every firm on one of the part's lists.
    case any
    /// Each firm counts only in the part of its highest tier, so that the parts add up.
    case highest
}

/// How an actual is compared with the target value.
public enum Comparator: String, Sendable {
    case atLeast = ">="
    case exactly = "="
    case range = "range"
}

/// A metric observed for a region rather than counted from firms (研发投入占比, 集群数量 …).
public struct Metric: Sendable {
    public let code: String
    public let name: String
    public let nameEnglish: String
    public let unit: String

    public init(code: String, name: String, nameEnglish: String, unit: String) {
        self.code = code
        self.name = name
        self.nameEnglish = nameEnglish
        self.unit = unit
    }

    public func name(in language: Language) -> String { language == .chinese ? name : nameEnglish }
}

/// A list a firm can be put on: a tier of the SRDI ladder (创新型中小企业, 专精特新中小企业,
/// 专精特新"小巨人"企业, 制造业单项冠军 …) or another list a plan counts (上市后备资源库, 质量标杆 …).
public struct Designation: Sendable, Hashable {
    /// Position in the vocabulary; also the bit of the designation in a `DesignationSet`.
    public let index: Int
    public let code: String
    public let name: String
    public let nameEnglish: String
    /// Column headings for narrow tables.
    public let shortName: String
    public let shortNameEnglish: String
    /// Spellings found in real lists, besides the code and the names.
    public let aliases: [String]
    /// Place on the tier ladder, lowest first; nil for lists that are not tiers.
    public let rank: Int?
    /// Years a grant or renewal stays in force; nil when the status does not lapse.
    public let validYears: Int?

    public init(index: Int, code: String, name: String, nameEnglish: String, shortName: String? = nil,
                shortNameEnglish: String? = nil, aliases: [String], rank: Int?, validYears: Int?) {
        self.index = index
        self.code = code
        self.name = name
        self.nameEnglish = nameEnglish
        self.shortName = shortName ?? name
        self.shortNameEnglish = shortNameEnglish ?? nameEnglish
        self.aliases = aliases
        self.rank = rank
        self.validYears = validYears
    }

    public func name(in language: Language) -> String { language == .chinese ? name : nameEnglish }
    public func shortName(in language: Language) -> String { language == .chinese ? shortName : shortNameEnglish }
}

/// A set of designations, as a bit mask over their indices (at most 32 designations).
public struct DesignationSet: Hashable, Sendable, Sequence {
    public var bits: UInt32

    public init(bits: UInt32 = 0) { self.bits = bits }
    public init(_ indices: some Sequence<Int>) {
        bits = 0
        for index in indices { bits |= 1 << UInt32(index) }
    }

    public static let maximumCount = 32

    public func contains(_ index: Int) -> Bool { bits & (1 << UInt32(index)) != 0 }
    public var isEmpty: Bool { bits == 0 }
    public var count: Int { bits.nonzeroBitCount }
    public func intersection(_ other: DesignationSet) -> DesignationSet { DesignationSet(bits: bits & other.bits) }
    public func union(_ other: DesignationSet) -> DesignationSet { DesignationSet(bits: bits | other.bits) }
    public mutating func insert(_ index: Int) { bits |= 1 << UInt32(index) }
    public mutating func remove(_ index: Int) { bits &= ~(1 << UInt32(index)) }

    public func makeIterator() -> AnyIterator<Int> {
        var rest = bits
        return AnyIterator {
            guard rest != 0 else { return nil }
            let index = rest.trailingZeroBitCount
            rest &= rest - 1
            return index
        }
    }
}

/// The designation vocabulary, with the lookup of the spellings found in lists.
public struct DesignationCatalog: Sendable {
    public let all: [Designation]
    /// Every spelling (code, names, aliases) by its `key`, with the index of its designation.
    let byKey: [String: Int]

    public init(_ designations: [Designation]) {
        all = designations
        var keys: [String: Int] = [:]
        for designation in designations {
            for spelling in [designation.code, designation.name, designation.nameEnglish] + designation.aliases {
                keys[DesignationCatalog.key(spelling)] = designation.index
            }
        }
        byKey = keys
    }

    public subscript(index: Int) -> Designation { all[index] }

    public func index(ofCode code: String) -> Int? { all.firstIndex { $0.code == code } }

    /// The designation a cell of a list names, by code, name or alias.
    public func lookup(_ text: String) -> Int? { byKey[DesignationCatalog.key(text)] }

    /// The designation of a spelling already made a `key`.
    func lookup(key: String) -> Int? { byKey[key] }

    /// Spelling variants that do not change the meaning: full-width letters, digits and
    /// punctuation (（）→ (), ＡＢ → ab), the brackets 【】〔〕 (read as []), spaces of any width,
    /// quotation marks of any style (" ' “ ” ‘ ’ 「 」 『 』), Latin case, underscores and hyphens.
    static func key(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let folded = halfWidth(scalar)
            switch folded {
            case "\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "_", "-": continue
            case "A"..."Z": result.append(Unicode.Scalar(folded.value + 0x20)!)
            default:
                if folded.properties.isWhitespace { continue }
                if folded.isASCII || !folded.properties.changesWhenLowercased {
                    result.append(folded)
                } else {
                    result.append(contentsOf: String(folded).lowercased().unicodeScalars)
                }
            }
        }
        return String(result)
    }

    /// The half-width form of a full-width letter, digit or punctuation mark, and [ ] for the
    /// lenticular and tortoise-shell brackets; other scalars as they are.
    static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3010, 0x3014: return "["
        case 0x3011, 0x3015: return "]"
        default: return scalar
        }
    }

    /// The designations of `set` ordered by rank, highest first; unranked ones last.
    public func rankedHighestFirst(_ set: DesignationSet) -> [Int] {
        set.sorted { (all[$0].rank ?? -1, -$0) > (all[$1].rank ?? -1, -$1) }
    }
}

/// The level of government a list belongs to: 国家级, 省级, 市级, 区级 or 县级. Lists write it
/// after a name (专精特新中小企业(省级)), imply it by the region that issues them (江苏省 …),
/// and some designation names start with it (省级专精特新中小企业).
public enum DesignationLevel: Int, Sendable, Hashable, CaseIterable {
    case national, provincial, municipal, district, county

    private static let words = ["国家级", "省级", "市级", "区级", "县级"]
    private static let englishNames = ["national", "provincial", "municipal", "district", "county"]

    /// The word lists write: 国家级, 省级 …
    public var word: String { DesignationLevel.words[rawValue] }

    public func name(in language: Language) -> String {
        language == .chinese ? word : DesignationLevel.englishNames[rawValue]
    }

    /// The level a word names exactly (省级), nil for other text.
    public init?(word: String) {
        guard let at = DesignationLevel.words.firstIndex(of: word) else { return nil }
        self.init(rawValue: at)
    }

    /// The level a name starts with (国家级专精特新“小巨人”企业 is national), nil when it starts
    /// with none.
    public init?(startOf name: String) {
        guard let at = DesignationLevel.words.firstIndex(where: { name.hasPrefix($0) }) else { return nil }
        self.init(rawValue: at)
    }

    /// The level of the lists a region of this kind issues; nil for the country and for towns,
    /// streets and parks, which do not issue lists.
    public init?(issuer kind: RegionKind) {
        switch kind {
        case .province: self = .provincial
        case .city: self = .municipal
        case .district, .zone: self = .district
        case .county, .countyCity: self = .county
        case .country, .street, .town, .park: return nil
        }
    }
}

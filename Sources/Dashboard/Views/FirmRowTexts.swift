import ProgressModel

/// The texts of a firm list's rows that repeat from firm to firm (region and designation names,
/// what a firm holds), looked up once per list rather than once per row: an export writes half
/// a million rows, and the screen draws from the same texts.
struct FirmRowTexts: Sendable {
    /// How what a firm holds is written: short names in the language's list style on screen,
    /// full names joined by 、 in the tables of an export (as they have always been).
    enum Held: Sendable { case short, full }

    let language: Language
    private let regionNames: [String]
    private let shortNames: [String]
    private let names: [String]
    private let heldNames: [String]
    private let separator: String
    /// " 认定 小巨人": the action and the designation of a latest event, by action and designation.
    private let eventTexts: [[String]]
    /// What a firm holds, for every set of designations among the rows given.
    private var heldTexts: [UInt32: String] = [:]

    init(_ data: DataSet, language: Language, held: Held, rows: some Sequence<FirmStatus>) {
        self.language = language
        regionNames = data.regions.regions.map(\.name)
        shortNames = data.designations.all.map { $0.shortName(in: language) }
        names = data.designations.all.map { $0.name(in: language) }
        heldNames = held == .short ? shortNames : names
        let shortNames = shortNames
        eventTexts = Action.allCases.map { action in shortNames.map { " " + action.name(in: language) + " " + $0 } }
        separator = held == .full || language == .chinese ? "、" : ", "
        var heldTexts: [UInt32: String] = [:]
        for row in rows where heldTexts[row.held.bits] == nil { heldTexts[row.held.bits] = joined(row.held) }
        self.heldTexts = heldTexts
    }

    func region(_ firm: FirmStatus) -> String { regionNames[firm.region] }

    /// What `firm` holds, empty when nothing.
    func held(_ firm: FirmStatus) -> String { heldTexts[firm.held.bits] ?? joined(firm.held) }

    /// The action and the short name of the designation of `event`, after a space each.
    func eventText(_ event: Event) -> String { eventTexts[Int(event.action.rawValue)][Int(event.designation)] }

    func name(_ designation: Int) -> String { names[designation] }

    private func joined(_ held: DesignationSet) -> String { held.map { heldNames[$0] }.joined(separator: separator) }
}

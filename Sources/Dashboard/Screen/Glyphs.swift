import ProgressModel

/// The drawing characters of the interface. The Unicode set uses box drawing and blocks; the
/// ASCII set is for terminals or fonts that lack them, and for terminals that draw East Asian
/// ambiguous characters two columns wide (common in Chinese setups), where box drawing breaks.
public struct Glyphs: Sendable, Equatable {
    public let barFull: String
    public let barEmpty: String
    public let expectedMark: String
    public let horizontal: String
    public let vertical: String
    public let separator: String
    public let ascending: String
    public let descending: String
    public let ellipsis: String
    public let drill: String
    /// Stands in for a value that does not exist.
    public let none: String
    public let quoteOpen: String
    public let quoteClose: String

    public static let unicode = Glyphs(barFull: "█", barEmpty: "░", expectedMark: "│", horizontal: "─", vertical: "│", separator: " › ",
                                       ascending: "▲", descending: "▼", ellipsis: "…", drill: "▸", none: "–",
                                       quoteOpen: "“", quoteClose: "”")
    public static let ascii = Glyphs(barFull: "#", barEmpty: ".", expectedMark: "|", horizontal: "-", vertical: "|", separator: " > ",
                                     ascending: "^", descending: "v", ellipsis: "~", drill: ">", none: "-",
                                     quoteOpen: "\"", quoteClose: "\"")

    /// A glyph for each status, so that status never depends on colour.
    public func status(_ status: Status) -> String {
        switch status {
        case .achieved: return self == .unicode ? "✓" : "*"
        case .onTrack: return "+"
        case .behind: return "-"
        case .atRisk: return "!"
        case .missed: return self == .unicode ? "✗" : "X"
        case .notStarted: return "."
        case .noData: return "?"
        }
    }
}

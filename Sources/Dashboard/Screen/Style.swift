/// How a cell is drawn: a colour role and attributes. Colours are roles, not terminal colours, so
/// that monochrome and `NO_COLOR` terminals can keep the meaning (bold, reverse) and drop the rest.
public struct Style: Hashable, Sendable {
    public var color: Color
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(color: Color = .normal, bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    public static let plain = Style()
    public static let heading = Style(bold: true)
    public static let bar = Style(reverse: true)
    public static let selected = Style(reverse: true)
    public static let muted = Style(dim: true)

    public enum Color: Int, CaseIterable, Sendable {
        case normal, good, warning, bad, accent, muted
    }

    public func with(color: Color) -> Style {
        var copy = self
        copy.color = color
        return copy
    }
}

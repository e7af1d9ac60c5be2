/// A table of text laid out by display width (a Han character takes two columns), used by the
/// text reports and exports.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public let title: String
        public let alignment: DisplayWidth.Alignment
        public init(_ title: String, _ alignment: DisplayWidth.Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[String]] = []

    public init(_ columns: [Column]) { self.columns = columns }

    public mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The lines of the table: a header, a rule, the rows; columns two spaces apart.
    public func lines(width measure: DisplayWidth = .standard, indent: String = "") -> [String] {
        var widths = columns.map { measure.columns(of: $0.title) }
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], measure.columns(of: cell)) } }
        func line(_ cells: [String]) -> String {
            let parts = columns.indices.map { i in measure.fit(i < cells.count ? cells[i] : "", to: widths[i], align: columns[i].alignment) }
            return indent + trimTrailing(parts.joined(separator: "  "))
        }
        var result = [line(columns.map(\.title))]
        result.append(indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in rows { result.append(line(row)) }
        return result
    }

    private func trimTrailing(_ text: String) -> String {
        var result = text
        while result.last == " " { result.removeLast() }
        return result
    }
}

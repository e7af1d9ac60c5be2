import ProgressModel

/// A grid of cells: what a frame of the dashboard is, before any terminal sees it. A character
/// two columns wide fills its cell and marks the next as its continuation, so that nothing is
/// ever drawn over half of it; text is sanitised and measured by `DisplayWidth` as it is put.
public struct ScreenBuffer: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// The character drawn here; empty in the second cell of a wide character.
        public var text: String
        public var style: Style
        /// 1, or 2 for a wide character (its next cell is then a continuation with width 0).
        public var width: Int

        public static let blank = Cell(text: " ", style: .plain, width: 1)
        public var isContinuation: Bool { width == 0 }
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    public let measure = DisplayWidth.standard
    /// For terminals that draw ambiguous characters wide: such characters are replaced as they
    /// are put (see `AmbiguousFolding`).
    public let foldsAmbiguous: Bool
    /// The mark that ends clipped text.
    public let ellipsis: String

    public init(width: Int, height: Int, foldsAmbiguous: Bool = false, ellipsis: String = "…") {
        self.width = max(0, width)
        self.height = max(0, height)
        self.foldsAmbiguous = foldsAmbiguous
        self.ellipsis = foldsAmbiguous ? "~" : ellipsis
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` from column `x` of row `y`, clipped to `limit` columns (default: to the
    /// edge). Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        putPrepared(prepare(text), x: x, y: y, style: style, limit: limit)
    }

    /// Text as it may reach a cell: sanitised, and folded where ambiguous characters are wide.
    public func prepare(_ text: String) -> String {
        let clean = Sanitizer.isClean(text) ? text : Sanitizer.clean(text)
        return foldsAmbiguous ? AmbiguousFolding.fold(clean) : clean
    }

    private mutating func putPrepared(_ clean: String, x: Int, y: Int, style: Style, limit: Int?) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = max(0, x)
        var skip = max(0, -x)
        for character in clean {
            let w = measure.columns(of: character)
            if w == 0 { continue }
            if skip > 0 { skip -= w; continue }
            if column + w > end {
                // A wide character that does not fit is left out whole, its room padded.
                while column < end { set(column, y, Cell(text: " ", style: style, width: 1)); column += 1 }
                break
            }
            set(column, y, Cell(text: String(character), style: style, width: w))
            if w == 2 { set(column + 1, y, Cell(text: "", style: style, width: 0)) }
            column += w
        }
        return column
    }

    /// Writes `text` fitted (clipped with an ellipsis, then padded) to exactly `width` columns.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain,
                             align: DisplayWidth.Alignment = .left) -> Int {
        putPrepared(measure.fit(prepare(text), to: width, align: align, ellipsis: ellipsis), x: x, y: y, style: style, limit: width)
    }

    /// Paints the style of a stretch of cells, keeping their text.
    public mutating func paint(_ style: Style, x: Int, y: Int, width count: Int) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) { cells[y * width + column].style = style }
    }

    /// Fills a row with spaces in `style`.
    public mutating func clear(row y: Int, style: Style = .plain) {
        guard y >= 0, y < height else { return }
        for column in 0..<width { set(column, y, Cell(text: " ", style: style, width: 1)) }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].isContinuation && x > 0 && cell.width != 0 {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style, width: 1)
        }
        if cells[index].width == 2 && x + 1 < width && cell.width != 2 {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style, width: 1)
        }
        cells[index] = cell
    }

    /// The rows as text, continuation cells left out: what a terminal would show, for golden
    /// screens, the export and the non-interactive output.
    public func lines(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].text }
            if trimmingTrailingSpaces { while line.last == " " { line.removeLast() } }
            return line
        }
    }
}

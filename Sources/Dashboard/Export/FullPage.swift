import ProgressModel

/// The page of a text export: the view in full — every row, not cut to the screen — drawn by
/// the same code as the screen and written line by line as it is drawn, so that a list of a
/// million firms never exists as one tall screen. The page is laid out as tall as its rows plus
/// `spareRows`, the breadcrumb on top and what a view keeps at its bottom (the problems page:
/// the selected problem in full, the count of those left out) below them.
enum FullPage {
    static let spareRows = 64
    /// Rows of a list drawn into a screen buffer at a time.
    static let drawnBandRows = 256

    static func write<Output: TextOutputStream>(_ state: DashboardState, width: Int, to lines: inout ExportLines<Output>) {
        var page = state
        page.width = width
        for index in page.stack.indices {
            page.stack[index].scroll = page.stack[index].scroll.map { _ in 0 }
        }
        page.height = page.top.content.rowCounts.reduce(0, +) + spareRows + 4
        switch page.top.content {
        case .firms(let content):
            // The firm list: half a million rows in a country, made as text on every core.
            let firms = page
            let text = TableRowText(FirmListView.table(page.language), width: width, glyphs: page.options.glyphs)
            let texts = FirmRowTexts(page.tally.data, language: page.language, held: .short, rows: content.rows)
            writeList(page, rows: content.rows.count, bandRows: ListLines.bandRows, to: &lines) { range, lines in
                let band = ListLines.band(range) { index, out in
                    text.append(FirmListView.cells(content.rows[index], firms, texts), to: &out)
                    out += "\n"
                }
                for piece in band { lines.write(lines: piece) }
            }
        case .problems(let items):
            writeList(page, rows: items.count, bandRows: drawnBandRows, to: &lines) { range, lines in
                for line in drawnRows(page, range) { lines.write(line) }
            }
        case .changes(let content):
            writeList(page, rows: content.rows.count, bandRows: drawnBandRows, to: &lines) { range, lines in
                for line in drawnRows(page, range) { lines.write(line) }
            }
        case .holderChanges(let changes):
            writeList(page, rows: changes.changes.count, bandRows: drawnBandRows, to: &lines) { range, lines in
                for line in drawnRows(page, range) { lines.write(line) }
            }
        case .targetFirms(let content):
            writeList(page, rows: content.rows.count, bandRows: drawnBandRows, to: &lines) { range, lines in
                for line in drawnRows(page, range) { lines.write(line) }
            }
        case .target, .firm, .rewards:
            // Its lines are wrapped to the width: laid out again, then exactly as tall as they are.
            page.refreshTop()
            page.height = page.top.content.rowCounts[0] + 4
            writeLines(of: draw(page, height: page.height), to: &lines)
        case .empty, .overview, .region:
            writeLines(of: draw(page, height: page.height), to: &lines)
        }
    }

    /// A page whose list grows with the data (the firms, the problems): its fixed parts drawn
    /// once with the list scrolled past its end — the top rows (breadcrumb, summary, the list's
    /// column titles) and all that follows the list — and the list's lines in between, made
    /// `bandRows` at a time by `listLines`.
    private static func writeList<Output: TextOutputStream>(_ state: DashboardState, rows: Int, bandRows: Int, to lines: inout ExportLines<Output>,
                                                            listLines: (Range<Int>, inout ExportLines<Output>) -> Void) {
        var fixed = state
        fixed.height = spareRows + 4
        fixed.stack[fixed.stack.count - 1].scroll[0] = rows
        let frame = draw(fixed, height: fixed.height).lines()
        let listTop = PageLayout(width: state.width, height: fixed.height).listTop(state.top)
        for line in frame.prefix(listTop) { lines.write(line) }
        for start in stride(from: 0, to: rows, by: bandRows) {
            listLines(start..<min(rows, start + bandRows), &lines)
        }
        for line in frame.dropFirst(listTop) { lines.write(line) }
    }

    /// The lines of a list's rows, drawn by the page itself scrolled to them.
    private static func drawnRows(_ state: DashboardState, _ range: Range<Int>) -> [String] {
        var band = state
        band.stack[band.stack.count - 1].scroll[0] = range.lowerBound
        // As tall as it takes for the list to show `range.count` rows: the rows the page keeps
        // for other things, measured on a page much taller than that.
        let probe = range.count + spareRows
        band.height = range.count + probe - PageLayout(width: state.width, height: probe).visibleRows(state.top)
        let listTop = PageLayout(width: state.width, height: band.height).listTop(state.top)
        return Array(draw(band, height: listTop + range.count).lines().dropFirst(listTop))
    }

    /// The breadcrumb and the page of `state`, laid out for its height, in a buffer of `height`
    /// rows (what falls below is left out).
    private static func draw(_ state: DashboardState, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: height, ellipsis: state.options.glyphs.ellipsis)
        DashboardView.drawHeader(&buffer, state)
        DashboardView.drawPage(&buffer, state, layout: PageLayout(width: state.width, height: state.height))
        return buffer
    }

    private static func writeLines<Output: TextOutputStream>(of buffer: ScreenBuffer, to lines: inout ExportLines<Output>) {
        for line in buffer.lines() { lines.write(line) }
    }
}

/// The lines of an export, each ended by a newline, with the blank lines that end the page left
/// out: a blank line is only written once a line with text follows it.
struct ExportLines<Output: TextOutputStream> {
    var output: Output
    private var blanks = 0

    init(_ output: Output) { self.output = output }

    mutating func write(_ line: String) {
        if line.isEmpty {
            blanks += 1
            return
        }
        for _ in 0..<blanks { output.write("\n") }
        blanks = 0
        output.write(line)
        output.write("\n")
    }

    /// Writes lines that are made already, each ended by a newline and none of them blank.
    mutating func write(lines: String) {
        guard !lines.isEmpty else { return }
        for _ in 0..<blanks { output.write("\n") }
        blanks = 0
        output.write(lines)
    }
}

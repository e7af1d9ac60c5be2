import ProgressModel

/// A table's row as the line the screen shows — the same widths, clipping, ellipsis and
/// alignment as `Table.draw`, trailing spaces trimmed — made as text directly, without drawing
/// cells into a screen buffer: for the long lists of an export, where drawing half a million
/// rows cell by cell would take seconds.
struct TableRowText: Sendable {
    private let widths: [Int?]
    private let alignments: [DisplayWidth.Alignment]
    private let width: Int
    private let glyphs: Glyphs
    private let measure = DisplayWidth.standard
    private let ellipsisColumns: Int

    init(_ table: Table, width: Int, glyphs: Glyphs) {
        widths = table.widths(available: width)
        alignments = table.columns.map(\.align)
        self.width = width
        self.glyphs = glyphs
        ellipsisColumns = measure.columns(of: glyphs.ellipsis)
    }

    func line(_ cells: [TableCell]) -> String {
        var line = ""
        line.reserveCapacity(width * 3)
        append(cells, to: &line)
        return line
    }

    /// Appends the row's line (without a line break) to `line`.
    func append(_ cells: [TableCell], to line: inout String) {
        let start = line.utf8.count
        // Spaces are written only once text follows them, so that none end the line.
        var spaces = 0
        func append(_ text: String) {
            if spaces > 0 { line += String(repeating: " ", count: spaces) }
            spaces = 0
            line += text
        }
        var x = 0
        for (index, cell) in cells.enumerated() where index < widths.count {
            guard let cellWidth = widths[index] else { continue }
            guard x < width else { break }
            // One blank column between cells: a cell fills its width exactly, or ends the line.
            if x > 0 { spaces += 1 }
            let room = min(cellWidth, width - x)
            switch cell {
            case .text(let text, _):
                // Text whose scalars all stand alone is clean: shown as it is when it fits, else
                // cut where `DisplayWidth.clip` cuts it and ended with the ellipsis.
                if room == cellWidth, ellipsisColumns <= cellWidth,
                   let measured = measure.standaloneColumns(of: text, cuttingAt: cellWidth - ellipsisColumns) {
                    let fits = measured.columns <= cellWidth
                    let columns = fits ? measured.columns : measured.cutColumns + ellipsisColumns
                    let before = alignments[index] == .right ? cellWidth - columns : alignments[index] == .center ? (cellWidth - columns) / 2 : 0
                    spaces += before
                    if fits {
                        if !text.isEmpty { append(text) }
                    } else {
                        append(String(text[..<measured.cut]) + glyphs.ellipsis)
                    }
                    spaces += cellWidth - columns - before
                } else {
                    let clean = Sanitizer.clean(text)
                    let fitted = measure.fit(clean, to: cellWidth, align: alignments[index], ellipsis: glyphs.ellipsis)
                    append(room == cellWidth && measure.standaloneColumns(of: fitted) != nil ? fitted : visible(fitted, room: room))
                }
            case .bar(let bar):
                var buffer = ScreenBuffer(width: room, height: 1, ellipsis: glyphs.ellipsis)
                bar.draw(into: &buffer, x: 0, y: 0, width: cellWidth, glyphs: glyphs)
                append(buffer.lines(trimmingTrailingSpaces: false)[0])
            }
            x += cellWidth + 1
        }
        // Text may end in spaces of its own.
        while line.utf8.count > start && line.utf8.last == UInt8(ascii: " ") { line.removeLast() }
    }

    /// What a screen buffer keeps of fitted text put in `room` columns: characters that take no
    /// column are left out, and a character that would cross the edge is replaced by spaces.
    private func visible(_ fitted: String, room: Int) -> String {
        var kept = ""
        var used = 0
        for character in fitted {
            let columns = measure.columns(of: character)
            if columns == 0 { continue }
            if used + columns > room {
                kept += String(repeating: " ", count: room - used)
                break
            }
            kept.append(character)
            used += columns
        }
        return kept
    }
}

import ProgressModel

/// A column of a table on screen.
struct TableColumn {
    let title: String
    /// Fixed width, or the minimum of a flexible column.
    let width: Int
    let flexible: Bool
    let align: DisplayWidth.Alignment
    /// 0 is always shown; on a narrow screen the highest numbers go first.
    let priority: Int
    /// The most a flexible column grows to, so that numbers stay near their names.
    let maxWidth: Int

    init(_ title: String, width: Int, flexible: Bool = false, align: DisplayWidth.Alignment = .left, priority: Int = 0,
         maxWidth: Int = .max) {
        self.title = title
        self.width = width
        self.flexible = flexible
        self.align = align
        self.priority = priority
        self.maxWidth = maxWidth
    }
}

/// A cell: text in a style, or a progress bar.
enum TableCell {
    case text(String, Style = .plain)
    case bar(ProgressBar)
}

/// Draws tables into a screen buffer: a bold header, rows, the selected row reversed.
struct Table {
    let columns: [TableColumn]

    /// Widths of the columns that fit in `available` columns (nil for those left out), one space
    /// between columns. The flexible column takes what is left.
    func widths(available: Int) -> [Int?] {
        var shown = Set(columns.indices)
        func total() -> Int { shown.reduce(0) { $0 + columns[$1].width } + max(0, shown.count - 1) }
        while total() > available, let drop = shown.filter({ columns[$0].priority > 0 })
            .max(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) }) {
            shown.remove(drop)
        }
        let spare = max(0, available - total())
        return columns.indices.map { index in
            guard shown.contains(index) else { return nil }
            return columns[index].flexible ? min(columns[index].maxWidth, columns[index].width + spare) : columns[index].width
        }
    }

    /// Draws the header at `top` and rows below it, from `scroll`, within `height` rows.
    func draw(into buffer: inout ScreenBuffer, top: Int, height: Int, rows: [[TableCell]], selected: Int?, scroll: Int,
              focused: Bool, glyphs: Glyphs, sortColumn: (index: Int, ascending: Bool)? = nil) {
        draw(into: &buffer, top: top, height: height, rowCount: rows.count, row: { rows[$0] }, selected: selected, scroll: scroll,
             focused: focused, glyphs: glyphs, sortColumn: sortColumn)
    }

    /// The same, asking for the cells of visible rows only (for lists of any length).
    func draw(into buffer: inout ScreenBuffer, top: Int, height: Int, rowCount: Int, row cells: (Int) -> [TableCell],
              selected: Int?, scroll: Int, focused: Bool, glyphs: Glyphs, sortColumn: (index: Int, ascending: Bool)? = nil) {
        guard height > 0 else { return }
        let widths = self.widths(available: buffer.width)
        var x = 0
        for (index, column) in columns.enumerated() {
            guard let width = widths[index] else { continue }
            var title = column.title
            if let sortColumn, sortColumn.index == index { title += sortColumn.ascending ? glyphs.ascending : glyphs.descending }
            buffer.put(title, x: x, y: top, width: width, style: Style(bold: true, underline: true), align: column.align)
            x += width + 1
        }
        for line in 0..<(height - 1) {
            let row = scroll + line
            guard row < rowCount else { break }
            let y = top + 1 + line
            let isSelected = row == selected
            var x = 0
            for (index, cell) in cells(row).enumerated() where index < columns.count {
                guard let width = widths[index] else { continue }
                switch cell {
                case .text(let text, let style):
                    buffer.put(text, x: x, y: y, width: width, style: style, align: columns[index].align)
                case .bar(let bar):
                    bar.draw(into: &buffer, x: x, y: y, width: width, glyphs: glyphs)
                }
                x += width + 1
            }
            if isSelected {
                // The selected row: reversed in the focused pane, underlined in the other.
                for column in 0..<buffer.width {
                    var style = buffer[column, y].style
                    if focused { style.reverse = true } else { style.underline = true }
                    buffer.paint(style, x: column, y: y, width: 1)
                }
            }
        }
    }
}

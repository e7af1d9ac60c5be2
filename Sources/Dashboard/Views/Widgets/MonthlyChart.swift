import ProgressModel

/// A month-by-month column chart of a target's count: one column per month end (months grouped
/// when they do not fit, each group showing its last month), in eighth blocks, with the expected
/// line marked where it is above the column, a value scale on the left and the years below.
struct MonthlyChart {
    let points: [MonthPoint]
    let glyphs: Glyphs
    /// Rows of columns, not counting the axis and the year labels.
    var height = 6

    private static let blocks = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The chart's lines within `width` columns, each piece with its style.
    func lines(width: Int) -> [DetailLine] {
        guard !points.isEmpty else { return [] }
        let labelWidth = 7
        let available = max(4, width - labelWidth - 2)
        let perColumn = max(1, (points.count + available - 1) / available)
        let columns = stride(from: 0, to: points.count, by: perColumn).map { points[min(points.count - 1, $0 + perColumn - 1)] }
        let top = max(1, columns.map { Double($0.count) }.max() ?? 1, columns.compactMap(\.expected).max() ?? 1)
        let units = Double(height * 8)
        var out: [DetailLine] = []
        for row in stride(from: height - 1, through: 0, by: -1) {
            var bars = ""
            var marks: [Int] = []
            for (index, point) in columns.enumerated() {
                let filled = Int((Double(point.count) / top * units).rounded()) - row * 8
                let expectedRow = point.expected.map { Int(($0 / top * units).rounded() - 1) / 8 }
                if filled <= 0, expectedRow == row {
                    bars += glyphs == .unicode ? "·" : "."
                    marks.append(index)
                } else if glyphs == .unicode {
                    bars += MonthlyChart.blocks[min(8, max(0, filled))]
                } else {
                    bars += filled >= 4 ? "#" : " "
                }
            }
            let label = row == height - 1 ? NumberText.plain(top.rounded()) : row == 0 ? "0" : ""
            out.append(DetailLine(pieces: [.text(DisplayWidth.standard.fit(label, to: labelWidth - 2, align: .right) + " " + glyphs.vertical, Style(dim: true)),
                                           .text(bars, Style(color: .accent))]))
        }
        out.append(.text(String(repeating: " ", count: labelWidth - 1) + String(repeating: glyphs.horizontal, count: columns.count + 1), Style(dim: true)))
        // Years under the column of their first month shown, where the previous label leaves room.
        var years = String(repeating: " ", count: labelWidth)
        var previousYear: Int?
        for (index, point) in columns.enumerated() where point.day.year != previousYear {
            previousYear = point.day.year
            let position = labelWidth + index
            guard years.count <= position else { continue }
            years += String(repeating: " ", count: position - years.count) + String(point.day.year)
        }
        out.append(.text(years, Style(dim: true)))
        return out
    }
}

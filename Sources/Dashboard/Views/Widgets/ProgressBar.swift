import ProgressModel

/// Progress toward a target, with the expected-by-now mark: `████░░│░░` (or `####..|..`).
struct ProgressBar {
    /// Actual as a share of the target (may exceed 1).
    let fraction: Double?
    /// Expected-by-now as a share of the target.
    let expected: Double?
    let style: Style

    func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, glyphs: Glyphs) {
        guard width > 0 else { return }
        guard let fraction else {
            buffer.put("", x: x, y: y, width: width)
            return
        }
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
        let mark = expected.map { min(width - 1, max(0, Int((min(max($0, 0), 1) * Double(width)).rounded()) - 1)) }
        for column in 0..<width {
            let isMark = column == mark && (expected ?? 0) > 0
            let glyph = isMark ? glyphs.expectedMark : (column < filled ? glyphs.barFull : glyphs.barEmpty)
            var cellStyle = column < filled ? style : Style(dim: true)
            if isMark { cellStyle = Style(bold: true) }
            buffer.put(glyph, x: x + column, y: y, style: cellStyle, limit: 1)
        }
    }
}

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
        guard let fraction, !fraction.isNaN else {
            buffer.put("", x: x, y: y, width: width)
            return
        }
        let filled = ProgressBar.columns(fraction, of: width)
        let mark = expected.flatMap { $0.isNaN ? nil : min(width - 1, max(0, ProgressBar.columns($0, of: width) - 1)) }
        for column in 0..<width {
            let isMark = column == mark && (expected ?? 0) > 0
            let glyph = isMark ? glyphs.expectedMark : (column < filled ? glyphs.barFull : glyphs.barEmpty)
            var cellStyle = column < filled ? style : Style(dim: true)
            if isMark { cellStyle = Style(bold: true) }
            buffer.put(glyph, x: x + column, y: y, style: cellStyle, limit: 1)
        }
    }

    /// The columns of `width` that `fraction` (held to 0…1) fills.
    static func columns(_ fraction: Double, of width: Int) -> Int {
        Int((min(max(fraction, 0), 1) * Double(width)).rounded())
    }
}

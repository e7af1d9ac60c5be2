import ProgressModel

/// The `?` help: every key from the key table, and what the status glyphs mean.
enum HelpOverlay {
    static func lines(_ state: DashboardState) -> [String] {
        let language = state.language
        let width = DisplayWidth.standard
        let keyWidth = KeyTable.bindings.map { width.columns(of: $0.keys) }.max() ?? 8
        var lines = KeyTable.bindings.map { width.fit($0.keys, to: keyWidth) + "  " + $0.action(language) }
        lines.append("")
        let legend = Status.allCases.map { state.options.glyphs.status($0) + " " + $0.label(language) }
        let half = (legend.count + 1) / 2
        lines.append(UIText.t(language, "状态:", "Status: ") + legend[..<half].joined(separator: "  "))
        lines.append(String(repeating: " ", count: width.columns(of: UIText.t(language, "状态:", "Status: "))) + legend[half...].joined(separator: "  "))
        return lines
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState) {
        var body = lines(state)
        // On a short screen the blank line before the status legend goes first.
        if body.count + 2 > buffer.height - 2, let blank = body.firstIndex(of: "") { body.remove(at: blank) }
        let title = UIText.help(state.language)
        let inner = min(buffer.width - 4, max(buffer.measure.columns(of: title), body.map { buffer.measure.columns(of: buffer.prepare($0)) }.max() ?? 0) + 2)
        let height = min(buffer.height - 2, body.count + 2)
        let left = max(0, (buffer.width - inner - 2) / 2), top = max(0, (buffer.height - height) / 2)
        let glyphs = state.options.glyphs
        let frame = Style(bold: true)
        buffer.put(glyphs.horizontal == "-" ? "+" : "┌", x: left, y: top, style: frame)
        buffer.put(String(repeating: glyphs.horizontal, count: inner), x: left + 1, y: top, style: frame)
        buffer.put(glyphs.horizontal == "-" ? "+" : "┐", x: left + inner + 1, y: top, style: frame)
        buffer.put(" " + title + " ", x: left + 2, y: top, style: Style(bold: true, reverse: true), limit: inner - 2)
        for row in 1..<(height - 1) {
            buffer.put(glyphs.vertical, x: left, y: top + row, style: frame)
            buffer.put(row - 1 < body.count ? " " + body[row - 1] : "", x: left + 1, y: top + row, width: inner)
            buffer.put(glyphs.vertical, x: left + inner + 1, y: top + row, style: frame)
        }
        buffer.put(glyphs.horizontal == "-" ? "+" : "└", x: left, y: top + height - 1, style: frame)
        buffer.put(String(repeating: glyphs.horizontal, count: inner), x: left + 1, y: top + height - 1, style: frame)
        buffer.put(glyphs.horizontal == "-" ? "+" : "┘", x: left + inner + 1, y: top + height - 1, style: frame)
    }
}

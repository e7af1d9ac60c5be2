import ProgressModel

/// Text broken into lines of at most `width` columns: Chinese breaks between any two characters,
/// other text at spaces where it can.
enum Wrapping {
    static func lines(_ text: String, width: Int, measure: DisplayWidth = .standard) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0, lastSpace: String.Index?
            for character in paragraph {
                let w = measure.columns(of: character)
                if used + w > width {
                    if let space = lastSpace, character != " " {
                        let carried = String(line[line.index(after: space)...])
                        lines.append(String(line[..<space]))
                        line = carried
                        used = measure.columns(of: carried)
                    } else {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    lastSpace = nil
                    if character == " " { continue }
                }
                if character == " " { lastSpace = line.endIndex }
                line.append(character)
                used += w
            }
            lines.append(line)
        }
        return lines
    }
}

import ProgressModel

/// Text broken into lines of at most `width` columns: Chinese breaks between any two characters,
/// other text at its last space, unless that would leave the line less than two thirds full.
/// Closing punctuation never starts a line (the rule Chinese typesetting calls 避头): the
/// character before it moves down with it.
enum Wrapping {
    static let noLineStart: Set<Character> = ["。", ",", "、", ";", ":", "?", "!", "”", "’", ")", "」", "』", "】", "》",
                                              "〕", ",", ".", ";", ":", "!", "?", ")", "%", "%"]

    static func lines(_ text: String, width: Int, measure: DisplayWidth = .standard) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0, lastSpace: String.Index?
            for character in paragraph {
                let w = measure.columns(of: character)
                if used + w > width {
                    if let space = lastSpace, character != " ",
                       measure.columns(of: line[line.index(after: space)...]) <= width / 3 {
                        let carried = String(line[line.index(after: space)...])
                        lines.append(String(line[..<space]))
                        line = carried
                        used = measure.columns(of: carried)
                    } else if noLineStart.contains(character), line.count > 1 {
                        let carried = line.removeLast()
                        lines.append(line)
                        line = String(carried)
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

/// The report as markdown: for pasting into a document or an issue tracker.
public struct MarkdownReport {
    public let report: ProgressReport
    public let language: Language

    public init(_ report: ProgressReport, language: Language) {
        self.report = report
        self.language = language
    }

    public func render() -> String {
        let text = TextReport(report, language: language)
        var out = text.header().enumerated().map { $0.offset == 0 ? "# " + $0.element : "- " + $0.element }
        for section in report.sections {
            out.append("")
            out.append("## " + cell(section.plan.name(in: language)))
            out.append("")
            out += table(text.targetTable(section.targets))
            if !section.notes.isEmpty {
                out.append("")
                for note in section.notes {
                    let name = report.data.book.target(note.targetID).map { $0.name(in: language) } ?? note.targetID
                    out.append("- " + cell(name) + ": " + cell(note.message(language)))
                }
            }
            for exposure in section.rewards {
                out.append("")
                out += text.rewardLines(exposure).map { "- " + cell($0.trimmingCharacters(in: " ")) }
            }
            out.append("")
            out += table(text.regionTable(section))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func table(_ table: TextTable) -> [String] {
        var lines = ["| " + table.columns.map { cell($0.title) }.joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined())
        lines += table.rows.map { "| " + $0.map { cell($0.trimmingCharacters(in: " ")) }.joined(separator: " | ") + " |" }
        return lines
    }

    private func cell(_ text: String) -> String {
        Sanitizer.clean(text).split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}

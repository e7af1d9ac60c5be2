import ProgressModel

/// The reports of `srdi report` for one as-of date, for the whole country: the text report,
/// and the markdown, CSV or JSON one as the input picks, in the language it picks.
enum Reports {
    static func render(_ tally: Tally, at asOf: Day, _ input: FuzzInput) {
        let language: Language = input.choice(2, shift: 40) == 0 ? .chinese : .english
        let report = ProgressReport(tally: tally, asOf: asOf, scope: tally.data.regions.root)
        keep(TextReport(report, language: language).render())
        switch input.choice(3, shift: 42) {
        case 0: keep(MarkdownReport(report, language: language).render())
        case 1: keep(CSVReport(report).render())
        default: keep(JSONReport(report).render())
        }
    }
}

/// How many bytes were rendered in all: adding every result up keeps the optimiser from dropping
/// work whose result is otherwise unused.
nonisolated(unsafe) var renderedBytes = 0

func keep(_ text: String) { renderedBytes &+= text.utf8.count }

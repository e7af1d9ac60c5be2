import ArgumentParser
import ProgressModel

@main
struct SRDI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "srdi",
        abstract: "Track the quotas of 专精特新 (SRDI) cultivation plans against the firms actually recognised.",
        subcommands: [DashboardCommand.self, Report.self, ExportCommand.self, Check.self, Sample.self],
        defaultSubcommand: DashboardCommand.self
    )
}

/// Prints problems to standard error, in the compiler's `file:line:` form.
func printProblems(_ diagnostics: [Diagnostic], omitted: Int, language: Language) {
    for diagnostic in diagnostics.sorted(by: { ($0.file, $0.line, $0.severity) < ($1.file, $1.line, $1.severity) }) {
        FileHandleOutput.standardError(diagnostic.formatted(language) + "\n")
    }
    if omitted > 0 {
        FileHandleOutput.standardError(language == .chinese ? "……另有 \(omitted) 个同类问题未列出\n" : "… and \(omitted) more problems of the same kinds\n")
    }
}

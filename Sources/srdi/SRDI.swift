import ArgumentParser
import FileStore
import ProgressModel
#if canImport(Glibc)
import Glibc
#endif

@main
struct SRDI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "srdi",
        abstract: "Track the quotas of 专精特新 (SRDI) cultivation plans against the firms actually recognised.",
        discussion: """
            Exit status: 0 clean; 1 errors in the data (or any problem with --strict); 64 a mistyped \
            command line; 74 a file that could not be read or written.
            """,
        subcommands: [DashboardCommand.self, Report.self, ExportCommand.self, Check.self, Sample.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// Runs the command; a file that cannot be read or written ends it with one line and
    /// `ExitStatus.ioFailure`, never with the usage text a mistyped option gets.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as FileStoreError {
            FileHandleOutput.standardError("srdi: \(failure)\n")
            Glibc.exit(ExitStatus.ioFailure)
        } catch {
            exit(withError: error)
        }
    }
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

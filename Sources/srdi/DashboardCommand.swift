import ArgumentParser
import Dashboard
import Foundation
import ProgressModel
import TerminalIO
#if canImport(Glibc)
import Glibc
#endif

/// `srdi` (`srdi dashboard`): the interactive dashboard; without a terminal, the text report.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Browse every plan's progress with the keyboard (the default command).")

    @OptionGroup var options: DataOptions

    @Flag(name: .long, help: "Draw with ASCII characters only (bars, lines, marks).")
    var ascii = false

    @Option(name: .customLong("ambiguous-width"),
            help: "How wide the terminal draws East Asian ambiguous characters (“ ” — █ │): narrow or wide.")
    var ambiguousWidth: AmbiguousWidthOption = .narrow

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set); statuses keep their labels and marks.")
    var noColor = false

    @Option(name: .customLong("export-dir"), help: "Where `e` writes snapshots (default: the current directory).")
    var exportDirectory: String?

    mutating func run() throws {
        let tally = try options.load()
        let asOf = options.day
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            // No terminal (a pipe, cron): the text report, not escape sequences.
            let report = ProgressReport(tally: tally, asOf: asOf, scope: tally.data.regions.root)
            FileHandleOutput.standardOutput(TextReport(report, language: options.language).render())
            return
        }
        let display = DisplayOptions(language: options.language, glyphs: ascii ? .ascii : .unicode,
                                     ambiguousIsWide: ambiguousWidth == .wide)
        // NO_COLOR set to anything but the empty string turns colour off (no-color.org).
        let colors = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } != false
        let terminal: Terminal
        do {
            terminal = try Terminal(colors: colors) { signal in
                DashboardCommand.crashMessage(signal: signal, language: display.language)
            }
        } catch {
            FileHandleOutput.standardError("srdi: \(error)\n")
            throw ExitCode(1)
        }
        let size = terminal.size
        let state = DashboardState(tally: tally, asOf: asOf, options: display, width: size.width, height: size.height)
        let options = self.options
        let directory = exportDirectory ?? "."
        let loop = DashboardLoop(
            reload: {
                let tally = options.loadAll()
                if let refusal = DataGate(tally: tally, sources: options.sources).refusal(options.language) {
                    return .failure(ReloadRefused(description: refusal))
                }
                return .success(tally)
            },
            export: { state, kind in Result { try Snapshot.write(state, as: kind, directory: directory) } })
        let status = loop.run(state, terminal: terminal)
        terminal.end()
        if status != 0 { throw ExitCode(status) }
    }

    /// What srdi says on standard error when the dashboard crashes (after the terminal is given
    /// back and Swift's own message, if any, is printed): the signal, and what the user can do.
    static func crashMessage(signal: String, language: Language) -> String {
        switch language {
        case .chinese:
            return "srdi: 仪表盘因信号 \(signal) 中止。数据中可能有 srdi 无法处理的值：请用同样的数据选项运行 `srdi check`；若它未发现问题，请报告本条及上方的信息。\n"
        case .english:
            return "srdi: the dashboard stopped on \(signal). The data may hold a value srdi cannot handle: run `srdi check` with the same data options; if it finds nothing, please report this message and the lines above it.\n"
        }
    }
}

/// The data read again by `R` cannot be counted; the dashboard keeps what it shows.
struct ReloadRefused: Error, CustomStringConvertible {
    let description: String
}

enum AmbiguousWidthOption: String, ExpressibleByArgument, CaseIterable {
    case narrow, wide
}

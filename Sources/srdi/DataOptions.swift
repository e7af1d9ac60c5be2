import ArgumentParser
import Foundation
import ProgressModel

/// The data options every command shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory with regions.csv, designations.yaml, targets.yaml and documents/ (default: the bundled data).")
    var data: String?

    @Option(name: .long, help: "A recognitions list (CSV or Excel .xlsx) to load instead of the bundled sample; repeat for several files.")
    var recognitions: [String] = []

    @Option(name: .long, help: "An observations list (CSV or Excel .xlsx) to load instead of the bundled sample; repeat for several files.")
    var observations: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "The designation of every row of the --recognitions lists that has no designation column or leaves its cell empty (a code, name or alias of designations.yaml).",
        discussion: "For a published list, which names its designation in its title: --designation little_giant."))
    var designation: String?

    @Option(name: .long, help: "The date (YYYY-MM-DD) or year of every row of the --recognitions lists that has no date or year column or leaves it empty.")
    var date: String?

    @Option(name: .long, help: ArgumentHelp(
        "A firm register (CSV or .xlsx): 统一社会信用代码, 企业名称, 曾用名, 区县, 镇街; gives codes and towns to the firms lists name without them.",
        discussion: "Repeat for several files."))
    var firms: [String] = []

    @Option(name: .long, help: "The sheet to read of each .xlsx list: its name, or its number (1 is the first; default: the first sheet).")
    var sheet: String?

    @Option(name: .customLong("as-of"), help: "Count as of this date, YYYY-MM-DD, from 1900-01-01 to 2100-12-31 (default: today).")
    var asOf: String?

    @Flag(name: .long, help: "Treat every problem in the input, warnings included, as fatal.")
    var strict = false

    @Option(name: .long, help: "Language of the output: zh or en (default: from the locale).")
    var lang: String?

    func validate() throws {
        if let asOf {
            guard let day = Day(iso: asOf), ValidRange.contains(day) else {
                throw ValidationError("--as-of must be a date from \(ValidRange.dateText), written YYYY-MM-DD, not \"\(asOf)\"")
            }
        } else if !ValidRange.contains(FileIO.today()) {
            throw ValidationError("today's date from the system clock, \(FileIO.today()), lies outside \(ValidRange.dateText): give --as-of")
        }
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be zh or en, not \"\(lang)\"")
        }
        try validateListDefaults()
    }

    /// `--designation` and `--date` are for lists given with `--recognitions`, and must name a
    /// designation and a date a row could hold. The vocabulary is read for the check; if it
    /// cannot be, loading reports that.
    private func validateListDefaults() throws {
        guard !listDefaults.isEmpty else { return }
        guard !recognitions.isEmpty else {
            throw ValidationError("--designation and --date apply to the lists given with --recognitions; give one or more")
        }
        var log = DiagnosticLog()
        guard let bytes = try? FileIO.read(sources.designationsPath) else { return }
        let catalog = DesignationFile.load(TextDecoding.decode(bytes).string, file: sources.designationsPath, log: &log)
        if log.errorCount == 0, let problem = listDefaults.problem(catalog) { throw ValidationError(problem) }
    }

    var listDefaults: ListDefaults { ListDefaults(designation: designation, date: date) }

    var sources: DataSources {
        DataSources(directory: data ?? FileIO.bundledDataDirectory(), recognitions: recognitions, observations: observations,
                    listDefaults: listDefaults, registers: firms)
    }

    var day: Day { asOf.flatMap(Day.init(iso:)) ?? FileIO.today() }

    var language: Language {
        lang.flatMap(Language.init(rawValue:)) ?? Language.fromLocale(ProcessInfo.processInfo.environment)
    }

    /// Everything loaded, whatever its problems (for `check`, which reports them all).
    func loadAll() -> Tally {
        let sources = sources
        let lists = Set(sources.recognitionPaths + sources.observationPaths + sources.registers)
        return Tally(data: DataLoader.load(sources, read: WorkbookInput.reader(lists: lists, sheet: sheet)))
    }

    /// The data, when it can be counted: an input that cannot be read ends the command with
    /// `ExitStatus.ioFailure`; an error in the plan data (regions, designations, targets), or any
    /// problem with `--strict`, with `ExitStatus.dataErrors` after every problem is printed.
    /// Rows of a list with errors are left out and the rest is counted, as the problems page says.
    func load() throws -> Tally {
        let tally = loadAll()
        let gate = DataGate(tally: tally, sources: sources)
        if !gate.unreadable.isEmpty {
            for diagnostic in gate.unreadable { FileHandleOutput.standardError("srdi: " + DataGate.line(diagnostic) + "\n") }
            throw ExitCode(ExitStatus.ioFailure)
        }
        if !gate.planErrors.isEmpty {
            printProblems(gate.planProblems, omitted: 0, language: language)
            FileHandleOutput.standardError(language == .chinese
                ? "srdi: 计划数据有 \(gate.planErrors.count) 个错误,未作统计;改正后可用 srdi check 检查\n"
                : "srdi: the plan data has \(gate.planErrors.count) error\(gate.planErrors.count == 1 ? "" : "s"), so nothing was counted; fix them and run srdi check\n")
            throw ExitCode(ExitStatus.dataErrors)
        }
        if strict && !tally.diagnostics.isEmpty {
            printProblems(tally.diagnostics, omitted: tally.data.diagnostics.totalOmitted, language: language)
            throw ExitCode(ExitStatus.dataErrors)
        }
        return tally
    }
}

/// Sorts the problems of a load into those that stop every command: files that could not be read,
/// and errors in the plan data, which no count can be trusted without.
struct DataGate {
    let unreadable: [Diagnostic]
    /// Every problem of the plan data files, warnings included, for printing.
    let planProblems: [Diagnostic]

    init(tally: Tally, sources: DataSources) {
        let diagnostics = tally.diagnostics
        unreadable = DataGate.unreadable(diagnostics)
        let planFiles: Set = [sources.regionsPath, sources.designationsPath, sources.targetsPath]
        planProblems = diagnostics.filter { planFiles.contains($0.file) }
    }

    var planErrors: [Diagnostic] { planProblems.filter { $0.severity == .error } }

    /// Why the data cannot be counted, in one line (for the dashboard's reload); nil when it can.
    func refusal(_ language: Language) -> String? {
        if let first = unreadable.first { return DataGate.line(first) }
        guard let first = planErrors.first else { return nil }
        return (language == .chinese ? "计划数据有 \(planErrors.count) 个错误,首个:" : "the plan data has \(planErrors.count) errors, first: ")
            + first.formatted(language)
    }

    /// The files that could not be read.
    static func unreadable(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { if case .cannotRead = $0.problem { return true } else { return false } }
    }

    /// `cannot read PATH: REASON`.
    static func line(_ diagnostic: Diagnostic) -> String {
        guard case .cannotRead(let reason) = diagnostic.problem else { return diagnostic.formatted(.english) }
        return "cannot read \(diagnostic.file): \(reason)"
    }
}

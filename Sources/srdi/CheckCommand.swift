import ArgumentParser
import ProgressModel

/// `srdi check`: validates every data file and prints every problem with file and line.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the data files; exit 1 when there are errors (or any problem, with --strict).")

    @OptionGroup var options: DataOptions

    mutating func run() throws {
        let tally = options.loadAll()
        let quoteProblems = QuoteCheck.problems(in: tally.data.book, sources: options.sources)
        let language = options.language
        printProblems(tally.diagnostics + quoteProblems, omitted: tally.data.diagnostics.totalOmitted, language: language)
        // Counted over every problem, also those past the per-kind limit that are not printed.
        let errors = tally.errorCount + quoteProblems.filter { $0.severity == .error }.count
        let warnings = tally.warningCount + quoteProblems.filter { $0.severity == .warning }.count
        for input in tally.data.inputs {
            FileHandleOutput.standardOutput(language == .chinese
                ? "\(input.path):\(input.rows) 行,载入 \(input.loaded),拒绝 \(input.rejected)(\(input.encoding))\n"
                : "\(input.path): \(input.rows) rows, \(input.loaded) loaded, \(input.rejected) rejected (\(input.encoding))\n")
        }
        let book = tally.data.book
        FileHandleOutput.standardOutput(language == .chinese
            ? "\(book.plans.count) 个计划,\(book.targets.count) 个目标;\(errors) 个错误,\(warnings) 个警告\n"
            : "\(book.plans.count) plans, \(book.targets.count) targets; \(errors) errors, \(warnings) warnings\n")
        let unreadable = DataGate(tally: tally, sources: options.sources).unreadable
        if !unreadable.isEmpty {
            for diagnostic in unreadable { FileHandleOutput.standardError("srdi: " + DataGate.line(diagnostic) + "\n") }
            throw ExitCode(ExitStatus.ioFailure)
        }
        if errors > 0 || (options.strict && warnings > 0) { throw ExitCode(ExitStatus.dataErrors) }
    }
}

/// Every quote of the plan file must appear verbatim in its document.
enum QuoteCheck {
    static func problems(in book: PlanBook, sources: DataSources) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var documents: [String: String] = [:]
        func text(_ name: String) -> String? {
            if let known = documents[name] { return known }
            guard let bytes = try? FileIO.read(sources.documentPath(name)) else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            documents[name] = text
            return text
        }
        func check(_ quote: String, document: String, line: Int) {
            guard let body = text(document) else {
                result.append(Diagnostic(.error, file: sources.targetsPath, line: line, value: document, .missingDocument(sources.documentPath(document))))
                return
            }
            if !body.contains(quote) {
                result.append(Diagnostic(.error, file: sources.targetsPath, line: line, value: String(quote.prefix(30)), .quoteNotInDocument(document)))
            }
        }
        for target in book.targets { check(target.quote, document: target.document, line: target.sourceLine) }
        for plan in book.plans {
            for rule in plan.rewards { check(rule.quote, document: plan.document, line: rule.sourceLine) }
            for measure in plan.measures { check(measure.quote, document: plan.document, line: measure.sourceLine) }
        }
        return result
    }
}

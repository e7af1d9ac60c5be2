import ArgumentParser
import Foundation
import ProgressModel

/// The data options every command shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory with regions.csv, designations.yaml, targets.yaml and documents/ (default: the bundled data).")
    var data: String?

    @Option(name: .long, help: "A recognitions CSV to load instead of the bundled sample; repeat for several files.")
    var recognitions: [String] = []

    @Option(name: .long, help: "An observations CSV to load instead of the bundled sample; repeat for several files.")
    var observations: [String] = []

    @Option(name: .customLong("as-of"), help: "Count as of this date, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Flag(name: .long, help: "Treat every problem in the input, warnings included, as fatal.")
    var strict = false

    @Option(name: .long, help: "Language of the output: zh or en (default: from the locale).")
    var lang: String?

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not \"\(asOf)\"")
        }
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be zh or en, not \"\(lang)\"")
        }
    }

    var sources: DataSources {
        DataSources(directory: data ?? FileIO.bundledDataDirectory(), recognitions: recognitions, observations: observations)
    }

    var day: Day { asOf.flatMap(Day.init(iso:)) ?? FileIO.today() }

    var language: Language {
        lang.flatMap(Language.init(rawValue:)) ?? Language.fromLocale(ProcessInfo.processInfo.environment)
    }

    func load() -> Tally {
        Tally(data: DataLoader.load(sources, read: FileIO.read))
    }
}

import ArgumentParser
import ProgressModel

/// `srdi report`: every target's progress, and the counts per region, as text or JSON.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the progress of every plan's targets.")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Only this region (name or code) and the regions below it.")
    var region: String?

    @Option(name: .long, help: "text, markdown, csv or json.")
    var format: ReportFormat = .text

    @Flag(name: .customLong("list-firms"), help: "With --format json: each target's firms (code, name, region, the designation and day that make it count) and its split among the regions below its own.")
    var listFirms = false

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        if listFirms && format != .json { throw ValidationError("--list-firms goes with --format json") }
    }

    mutating func run() throws {
        let tally = try options.load()
        let scope = try resolveRegion(region, in: tally.data.regions)
        let report = ProgressReport(tally: tally, asOf: options.day, scope: scope)
        let language = options.language
        switch format {
        case .text: try destination.write { $0.write(TextReport(report, language: language).render()) }
        case .markdown: try destination.write { $0.write(MarkdownReport(report, language: language).render()) }
        case .json: try destination.write { $0.write(JSONReport(report, listingFirms: listFirms).render()) }
        case .csv: try destination.writeCSV { $0.write(CSVReport(report).render()) }
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv, json
}

/// The region a `--region` value names (a name or a code), or the whole country.
func resolveRegion(_ text: String?, in tree: RegionTree) throws -> Int {
    guard let text else { return tree.root }
    switch tree.find(text, within: tree.root, maxDepth: 4) {
    case .found(let index): return index
    case .ambiguous(let candidates):
        let names = candidates.map { tree.path(to: $0).dropFirst().map { tree[$0].name }.joined() }
        throw ValidationError("--region \"\(text)\" is ambiguous: \(names.joined(separator: ", ")); give a code")
    default:
        throw ValidationError("--region \"\(text)\": no such region in regions.csv (give a name such as 湛江市 or a code such as 4408)")
    }
}

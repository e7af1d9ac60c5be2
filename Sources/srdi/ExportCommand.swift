import ArgumentParser
import Dashboard
import ProgressModel

/// `srdi export`: a view of the dashboard written without a terminal, for scripts and cron.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a view of the dashboard (the same text as `e` writes), or its tables as markdown, CSV or JSON.")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "overview, region, target, firms or problems.")
    var view: ExportView = .overview

    @Option(name: .long, help: "The region of a region or firms view (name or code; default: the whole country).")
    var region: String?

    @Option(name: .long, help: "The target of a target view (its id in targets.yaml, e.g. zj-quality-sme).")
    var target: String?

    @Option(name: .long, help: "Filter the firms or problems, as `/` does.")
    var filter = ""

    @Option(name: .long, help: "Sort the firms: date or name, with - for descending (-date).")
    var sort: String?

    @Option(name: .long, help: "text, markdown, csv or json.")
    var format: ExportFormat = .text

    @Option(name: .long, help: "Width of the text export in columns, 40 to 1000.")
    var width = ViewExport.minimumWidth

    @Flag(name: .long, help: "ASCII characters only (besides the data's own text).")
    var ascii = false

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        if view == .target && target == nil { throw ValidationError("--view target needs --target ID") }
        if !(40...1000).contains(width) { throw ValidationError("--width must be from 40 to 1000 columns, not \(width)") }
        if let sort, !["date", "-date", "name", "-name"].contains(sort) { throw ValidationError("--sort must be date, -date, name or -name") }
    }

    mutating func run() throws {
        let tally = try options.load()
        var state = DashboardState(tally: tally, asOf: options.day,
                                   options: DisplayOptions(language: options.language, glyphs: ascii ? .ascii : .unicode),
                                   width: width, height: 40)
        let scope = try resolveRegion(region, in: tally.data.regions)
        let order = sort.map { SortOrder(key: $0.hasSuffix("name") ? .name : .number, ascending: !$0.hasPrefix("-")) }
        switch view {
        case .overview: break
        case .region: state.open(.region(scope))
        case .firms: state.open(.firms(scope), filter: filter, sort: order)
        case .problems: state.open(.problems, filter: filter)
        case .target:
            guard let target, tally.data.book.target(target) != nil else {
                throw ValidationError("--target \"\(target ?? "")\": no such target in targets.yaml")
            }
            state.open(.target(target))
        }
        let writtenAt = FileIO.now()
        switch format {
        case .text: try destination.write { file in ViewExport.write(state, width: width, writtenAt: writtenAt, to: &file) }
        case .markdown: try destination.write { file in ExportFormats.markdown(state, writtenAt: writtenAt, to: &file) }
        case .json: try destination.write { file in ExportFormats.json(state, writtenAt: writtenAt, to: &file) }
        case .csv: try destination.writeCSV { csv in ExportFormats.csv(state, to: &csv) }
        }
    }
}

enum ExportView: String, ExpressibleByArgument, CaseIterable {
    case overview, region, target, firms, problems
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv, json
}

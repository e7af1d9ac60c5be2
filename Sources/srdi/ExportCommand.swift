import ArgumentParser
import Dashboard
import ProgressModel

/// `srdi export`: a view of the dashboard written without a terminal, for scripts and cron.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a view of the dashboard (the same text as `e` writes), or its tables as markdown, CSV or JSON.")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "overview, region, target, target-firms (the firms a target counts), changes (the firms in and out of a target since --since), holder-changes (those of a region's holders of each list since --since), rewards (a plan's rewards by year, county and firm: the plan of --region or of --target), firms, firm or problems.")
    var view: ExportView = .overview

    @Option(name: .long, help: "The region of a region, firms or holder-changes view, or the plan's region of a rewards view (name or code; default: the whole country).")
    var region: String?

    @Option(name: .long, help: "The target of a target, target-firms or changes view, or whose plan's rewards (its id in targets.yaml, e.g. zj-quality-sme).")
    var target: String?

    @Option(name: .long, help: "The firm of a firm view: its credit code or its exact name.")
    var firm: String?

    @Option(name: .long, help: "The earlier date of a changes or holder-changes view (default: a month before --as-of).")
    var since: String?

    @Option(name: .long, help: "Filter the firms or problems, as `/` does.")
    var filter = ""

    @Option(name: .long, help: "Sort the firms: date, name or region, with - for descending (-date).")
    var sort: String?

    @Option(name: .long, help: "text, markdown, csv or json.")
    var format: ExportFormat = .text

    @Option(name: .long, help: "Width of the text export in columns, 40 to 1000.")
    var width = ViewExport.minimumWidth

    @Flag(name: .long, help: "ASCII characters only (besides the data's own text).")
    var ascii = false

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        if let since {
            guard let day = Day(iso: since), ValidRange.contains(day) else {
                throw ValidationError("--since \"\(since)\": expected a date YYYY-MM-DD in \(ValidRange.dateText)")
            }
            if view != .changes && view != .holderChanges {
                throw ValidationError("--since goes with --view changes or holder-changes, not \(day) for --view \(view.rawValue)")
            }
        }
        if (view == .target || view == .targetFirms || view == .changes) && target == nil { throw ValidationError("--view \(view.rawValue) needs --target ID") }
        if view == .firm && firm == nil { throw ValidationError("--view firm needs --firm CODE-OR-NAME") }
        if view == .rewards && region == nil && target == nil { throw ValidationError("--view rewards needs --region NAME-OR-CODE (a plan's region) or --target ID") }
        if !(40...1000).contains(width) { throw ValidationError("--width must be from 40 to 1000 columns, not \(width)") }
        if let sort, !["date", "-date", "name", "-name", "region", "-region"].contains(sort) {
            throw ValidationError("--sort must be date, name or region, with - for descending (-date)")
        }
    }

    mutating func run() throws {
        let tally = try options.load()
        var state = DashboardState(tally: tally, asOf: options.day,
                                   options: DisplayOptions(language: options.language, glyphs: ascii ? .ascii : .unicode),
                                   width: width, height: 40)
        let scope = try resolveRegion(region, in: tally.data.regions)
        let order = sort.map { SortOrder(key: $0.hasSuffix("name") ? .name : $0.hasSuffix("region") ? .region : .number, ascending: !$0.hasPrefix("-")) }
        switch view {
        case .overview: break
        case .region: state.open(.region(scope))
        case .firms: state.open(.firms(scope), filter: filter, sort: order)
        case .problems: state.open(.problems, filter: filter)
        case .holderChanges:
            let earlier = since.flatMap { Day(iso: $0) }
            if let earlier, earlier >= options.day { throw ValidationError("--since \(earlier) must come before the as-of date \(options.day)") }
            state.open(.holderChanges(scope), from: earlier)
        case .target, .targetFirms, .changes:
            guard let target, tally.data.book.target(target) != nil else {
                throw ValidationError("--target \"\(target ?? "")\": no such target in targets.yaml")
            }
            switch view {
            case .target: state.open(.target(target))
            case .changes:
                let earlier = since.flatMap { Day(iso: $0) }
                if let earlier, earlier >= options.day { throw ValidationError("--since \(earlier) must come before the as-of date \(options.day)") }
                state.open(.changes(target), filter: filter, from: earlier)
            default: state.open(.targetFirms(target), filter: filter, sort: order)
            }
        case .rewards:
            let book = tally.data.book
            if let target {
                guard let found = book.target(target) else { throw ValidationError("--target \"\(target)\": no such target in targets.yaml") }
                guard let plan = book.plan(found.planID), !plan.rewards.isEmpty else {
                    throw ValidationError("--target \(target): its plan has no reward rules in targets.yaml")
                }
                state.open(.rewards(plan.id))
            } else {
                guard let plan = book.plans.first(where: { $0.region == scope && !$0.rewards.isEmpty }) else {
                    throw ValidationError("--region \(tally.data.regions[scope].name): no plan of this region has reward rules in targets.yaml")
                }
                state.open(.rewards(plan.id))
            }
        case .firm:
            let table = tally.data.recognitions
            let wanted = firm ?? ""
            guard let found = (0..<table.firmCount).first(where: { table.firmCode($0)?.description == wanted || table.firmName($0) == wanted }) else {
                throw ValidationError("--firm \"\(wanted)\": no firm with this credit code or name in the recognitions")
            }
            state.open(.firm(found))
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
    case overview, region, target, firms, firm, changes, rewards, problems
    case targetFirms = "target-firms"
    case holderChanges = "holder-changes"
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv, json
}

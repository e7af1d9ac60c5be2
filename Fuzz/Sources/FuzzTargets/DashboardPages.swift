import Dashboard
import ProgressModel

/// Draws the pages of the dashboard at one as-of date, at a screen size and in a style the input
/// picks: the overview, every plan's region (a bar for every target), target details (all of
/// them when there are few, else a few the input picks, one also exported in full, with its
/// firms, its changes since a month before and the first firm's page), a plan's rewards, the
/// changes of the first plan region's holders, the firm list and the problems; then moves the date by a
/// year each way, as `}` and `{` do. The chosen targets' firm lists are checked against their
/// counts (`CountInvariants`).
enum DashboardPages {
    static let sizes = [(width: 100, height: 30), (width: 50, height: 12), (width: 200, height: 60), (width: 80, height: 24)]
    /// Target pages drawn per input when the plans have more targets than this.
    static let targetPages = 3

    static func render(_ tally: Tally, at asOf: Day, _ input: FuzzInput) {
        let size = sizes[input.choice(sizes.count, shift: 44)]
        let options = DisplayOptions(language: input.choice(2, shift: 46) == 0 ? .chinese : .english,
                                     glyphs: input.choice(2, shift: 47) == 0 ? .unicode : .ascii,
                                     ambiguousIsWide: input.choice(4, shift: 48) == 0)
        let overview = DashboardState(tally: tally, asOf: asOf, options: options, width: size.width, height: size.height)
        draw(overview)
        let data = tally.data
        var pages: [Page] = [.firms(data.regions.root), .problems]
        pages += Set(data.book.plans.map(\.region)).sorted().map { Page.region($0) }
        let targets = chosenTargets(data.book.targets, input)
        pages += targets.map { Page.target($0.id) }
        let locator = FirmLocator(tally: tally)
        CountInvariants.check(tally, at: asOf, targets: targets, locator: locator)
        if let first = targets.first(where: \.countsFirms) {
            pages += [.targetFirms(first.id), .changes(first.id)]
            if let member = tally.members(of: first, at: asOf, locator: locator).first { pages.append(.firm(member.firm)) }
        }
        pages += data.book.plans.filter { !$0.rewards.isEmpty }.prefix(1).map { Page.rewards($0.id) }
        pages += data.book.plans.prefix(1).map { Page.holderChanges($0.region) }
        for page in pages {
            var state = overview
            state.open(page)
            draw(state)
            if page == targets.first.map({ Page.target($0.id) }) {
                var text = ""
                ViewExport.write(state, width: ViewExport.minimumWidth, writtenAt: "", to: &text)
                keep(text)
            }
        }
        for key: Character in ["}", "{"] { draw(Dashboard.update(overview, .key(.character(key))).0) }
    }

    static func chosenTargets(_ targets: [Target], _ input: FuzzInput) -> [Target] {
        guard targets.count > targetPages * 2 else { return targets }
        let first = input.choice(targets.count, shift: 50)
        return (0..<targetPages).map { targets[(first + $0 * targets.count / targetPages) % targets.count] }
    }

    private static func draw(_ state: DashboardState) {
        keep(DashboardView.render(state).lines().joined())
    }
}

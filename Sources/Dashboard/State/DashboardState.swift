import ProgressModel

/// How the dashboard is drawn, chosen on the command line.
public struct DisplayOptions: Sendable, Equatable {
    public var language: Language
    public var glyphs: Glyphs
    /// The terminal draws East Asian ambiguous characters two columns wide.
    public var ambiguousIsWide: Bool

    public init(language: Language, glyphs: Glyphs = .unicode, ambiguousIsWide: Bool = false) {
        self.language = language
        self.glyphs = ambiguousIsWide ? .ascii : glyphs
        self.ambiguousIsWide = ambiguousIsWide
    }
}

/// A line for the status bar: what just happened, or what went wrong.
public struct StatusMessage: Sendable, Equatable {
    public let text: String
    public let isError: Bool
}

/// Everything the dashboard is at a moment: the data, the date, the pages on the stack and where
/// the user is in them. `update` is the only way it changes; `DashboardView` only draws it.
public struct DashboardState: Sendable {
    public var tally: Tally
    public var asOf: Day
    public var options: DisplayOptions
    public var stack: [PageState]
    public var width: Int
    public var height: Int
    public var helpVisible = false
    /// True while the user types a filter after `/`.
    public var editingFilter = false
    public var message: StatusMessage?
    /// Set while data is being read again.
    public var reloading = false
    /// Set from `e` until the export's result comes back (it is written in the background).
    public internal(set) var exporting = false
    /// Set after `e` while the next key picks the format.
    public internal(set) var choosingExport = false
    /// Firms by region: made in the background after the first frame, or when a firm list is
    /// opened before that.
    var firmLocator: FirmLocator?
    /// Counts the data loads, so that work prepared for earlier data is dropped.
    public internal(set) var generation = 0

    public init(tally: Tally, asOf: Day, options: DisplayOptions, width: Int = 80, height: Int = 24) {
        self.tally = tally
        self.asOf = asOf
        self.options = options
        self.width = width
        self.height = height
        stack = [PageState(page: .overview)]
        stack[0] = refreshed(stack[0])
    }

    public var language: Language { options.language }
    public var top: PageState { stack[stack.count - 1] }

    /// Works out what `page` shows at the current date, filter and sort.
    func content(for page: PageState) -> PageContent {
        let builder = ContentBuilder(tally: tally, asOf: asOf)
        switch page.page {
        case .overview: return .overview(builder.overview())
        case .region(let region):
            var content = builder.region(region, selected: page.cursor[0])
            if content.targets.isEmpty { content.measureLines = RegionView.measureLines(content.plans, width: width) }
            return .region(content)
        case .target(let id):
            guard let target = tally.data.book.target(id) else { return .empty }
            var content = builder.target(target)
            content.lineCount = TargetDetailLayout(content: content, state: self).lines.count
            return .target(content)
        case .firms(let region):
            var previous: FirmContent?
            if case .firms(let content) = page.content { previous = content }
            return .firms(builder.firms(region, filter: page.filter, sort: page.sort, previous: previous, locator: firmLocator))
        case .targetFirms(let id):
            guard let target = tally.data.book.target(id) else { return .empty }
            return .targetFirms(builder.targetFirms(target, filter: page.filter, sort: page.sort, locator: firmLocator))
        case .firm(let firm):
            guard firm < tally.data.recognitions.firmCount else { return .empty }
            var content = builder.firm(firm)
            content.lineCount = FirmPageLayout(content: content, state: self).lines.count
            return .firm(content)
        case .changes(let id):
            guard let target = tally.data.book.target(id) else { return .empty }
            return .changes(builder.changes(target, from: page.compareFrom, filter: page.filter, locator: firmLocator))
        case .holderChanges(let region):
            guard region < tally.data.regions.regions.count else { return .empty }
            return .holderChanges(builder.holderChanges(region, from: page.compareFrom, locator: firmLocator))
        case .rewards(let id):
            guard let plan = tally.data.book.plan(id) else { return .empty }
            var content = builder.rewards(plan, locator: firmLocator)
            content.lines = RewardsLayout(content: content, state: self).lines
            return .rewards(content)
        case .problems: return .problems(builder.problems(filter: page.filter))
        }
    }

    /// The page with its content worked out again and its cursors kept within it.
    func refreshed(_ page: PageState) -> PageState {
        var page = page
        page.content = content(for: page)
        page.isStale = false
        for (pane, rows) in page.content.rowCounts.enumerated() where pane < page.cursor.count {
            page.cursor[pane] = max(0, min(page.cursor[pane], rows - 1))
        }
        return page
    }

    mutating func refreshAll() {
        for index in stack.indices { stack[index] = keptVisible(refreshed(stack[index])) }
    }

    /// Refreshes the page on top of the stack.
    mutating func refreshTop() {
        stack[stack.count - 1] = keptVisible(refreshed(top))
    }
}

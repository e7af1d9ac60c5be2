import ProgressModel

/// A view of the dashboard, as it sits on the navigation stack.
public enum Page: Equatable, Sendable {
    /// All plans, one row each.
    case overview
    /// A region: its plans' targets, then its child regions.
    case region(Int)
    /// One target in detail.
    case target(String)
    /// The firms of a region.
    case firms(Int)
    /// The firms a target counts, with why each counts.
    case targetFirms(String)
    /// One firm: its history and what it counts toward.
    case firm(Int)
    /// The firms that entered or left a target since an earlier date, and why.
    case changes(String)
    /// What came to a region's holders of each list and what went, since an earlier date, and why.
    case holderChanges(Int)
    /// The money a plan's reward rules imply: by year, by county, by firm.
    case rewards(String)
    /// Rejected rows and warnings.
    case problems
}

/// What a table is sorted by: its name column, its main number (progress, count, date), or its
/// region (in the tree's order of codes, so that a district's towns stay together).
public enum SortKey: Equatable, Sendable {
    case name, number, region
}

/// A sort in force, shown with ▲ or ▼.
public struct SortOrder: Equatable, Sendable {
    public var key: SortKey
    public var ascending: Bool

    public init(key: SortKey, ascending: Bool) {
        self.key = key
        self.ascending = ascending
    }
}

/// A page on the stack with where the user is in it.
public struct PageState: Sendable {
    public var page: Page
    /// The focused pane (the region view has two: targets, then child regions).
    public var pane = 0
    /// Selected row per pane.
    public var cursor = [0, 0]
    /// First visible row per pane.
    public var scroll = [0, 0]
    /// Filter text of the firm and problem lists (`/`).
    public var filter = ""
    public var sort: SortOrder?
    /// The earlier date of a changes page, when the user moved it (`<` `>`); nil for one month
    /// before the as-of date.
    public var compareFrom: Day?
    /// What the page shows, computed when the page, date, filter or sort changes.
    public var content: PageContent = .empty
    /// The date moved while this page was under another: recount when it is shown again.
    var isStale = false

    public init(page: Page) { self.page = page }
}

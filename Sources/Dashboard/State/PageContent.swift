import ProgressModel

/// The numbers a page shows, worked out from the data at the as-of date. Kept with the page so
/// that moving the cursor never recounts anything.
public enum PageContent: Sendable {
    case empty
    case overview([PlanSummary])
    case region(RegionContent)
    case target(TargetContent)
    case firms(FirmContent)
    case targetFirms(TargetFirmsContent)
    case firm(FirmPageContent)
    case changes(ChangesContent)
    case holderChanges(HolderChanges)
    case rewards(RewardsContent)
    case problems([Diagnostic])

    /// Rows in each pane, for moving the cursor.
    public var rowCounts: [Int] {
        switch self {
        case .empty: return [0]
        case .overview(let plans): return [plans.count + 1]
        case .region(let content): return [content.topRowCount, content.children.count + 1 + ((content.contribution?.notGiven ?? 0) > 0 ? 1 : 0)]
        case .target(let content): return [content.lineCount]
        case .firms(let content): return [content.rows.count]
        case .targetFirms(let content): return [content.rows.count]
        case .firm(let content): return [content.lineCount]
        case .changes(let content): return [content.rows.count, content.regions.count]
        case .holderChanges(let changes): return [changes.changes.count, changes.parts.count]
        case .rewards(let content): return [content.lineCount]
        case .problems(let items): return [items.count]
        }
    }
}

/// A plan on the overview: its headline target and its worst status.
public struct PlanSummary: Sendable {
    public let plan: Plan
    public let targets: [TargetProgress]
    /// The plan's first target, the one its document leads with.
    public var headline: TargetProgress? { targets.first }
    public var achieved: Int { targets.filter { $0.status == .achieved }.count }
    public var worst: Status? { targets.map(\.status).max { $0.severity < $1.severity } }
}

/// A region page: the targets of the plans set for this region, and the child regions with their
/// firms per designation.
public struct RegionContent: Sendable {
    public let region: Int
    public let plans: [Plan]
    public let targets: [TargetProgress]
    /// The designations shown as columns of the child table.
    public let designations: [Int]
    /// This region's own totals per designation (firms holding it), in `designations` order.
    public let totals: [Int]
    public let children: [ChildRow]
    /// Firms located in this region (its subtree) at the date.
    public let firmCount: Int
    /// How the children contribute to the target selected in the upper pane, when it counts firms.
    public let contribution: Contribution?

    /// The measures of a plan without targets, wrapped in full to the screen's width.
    public var measureLines: [String] = []

    /// Rows of the upper block: the targets, or the lines of the measures of a plan without targets.
    public var topRowCount: Int { targets.isEmpty ? measureLines.count : targets.count }
}

/// A child region with its firms per designation.
public struct ChildRow: Sendable {
    public let region: Int
    public let counts: [Int]
    /// Its firms counted by the selected target, when one is selected that counts firms.
    public let contribution: Int?
    /// With a selected target: its contribution as a percentage of the target's actual. Without:
    /// firms holding the first designation column, as a percentage of the parent's.
    public let share: Double?
}

/// A target's detail page, laid out as lines by the view; `lineCount` bounds the scrolling.
public struct TargetContent: Sendable {
    public let progress: TargetProgress
    public let plan: Plan?
    public let notes: [ConsistencyNote]
    public let rewards: [RewardExposure]
    /// The count at every month end of the window, for targets that count firms.
    public let monthly: [MonthPoint]
    public var lineCount: Int
}

/// The firm list of a region.
public struct FirmContent: Sendable {
    public let region: Int
    public let asOf: Day
    /// Every firm of the region at the date, in name order: filtering and sorting start from it
    /// without recounting.
    public let all: [FirmStatus]
    /// The rows shown: `all` filtered and sorted.
    public let rows: [FirmStatus]
    public var total: Int { all.count }
}

/// The firms a target counts at the date, each with the designation and day that make it count.
public struct TargetFirmsContent: Sendable {
    public let target: Target
    /// The day counted: the as-of date, or the deadline once it has passed.
    public let countedAt: Day
    /// The target's actual as the other pages show it.
    public let actual: Double?
    /// Every firm counted, in name order.
    public let all: [TargetMember]
    /// The rows shown: `all` filtered and sorted.
    public let rows: [TargetMember]
}

/// A firm's page, laid out as lines by the view; `lineCount` bounds the scrolling.
public struct FirmPageContent: Sendable {
    public let history: FirmHistory
    public var lineCount: Int
}

/// The changes of a target's firms between two dates, and the rows shown (filtered).
public struct ChangesContent: Sendable {
    public let changes: TargetChanges
    public let rows: [TargetChanges.Change]
    /// The change region by region below the target's (the second pane, after Tab).
    public let regions: [TargetChanges.RegionPart]
}

/// A plan's rewards page, laid out as lines at the screen's width when it is made (a line for
/// each of thousands of firms: laid out once, not at every key press); `lineCount` bounds the
/// scrolling.
public struct RewardsContent: Sendable {
    public let plan: Plan
    public let breakdowns: [RewardBreakdown]
    var lines: [DetailLine] = []
    public var lineCount: Int { lines.count }
}

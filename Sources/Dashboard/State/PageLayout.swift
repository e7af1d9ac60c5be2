/// Where things go on the screen, shared by `update` (paging, scrolling) and the views (drawing):
/// row 0 the breadcrumb, row 1 a summary, then the page, then a status line and the key bar.
public struct PageLayout: Sendable {
    public let width: Int
    public let height: Int

    public static let minimumWidth = 50
    public static let minimumHeight = 12

    public var isTooSmall: Bool { width < PageLayout.minimumWidth || height < PageLayout.minimumHeight }

    /// First row of the page's own content, and how many rows it has.
    public var contentTop: Int { 2 }
    public var contentHeight: Int { max(0, height - 4) }
    public var statusRow: Int { height - 2 }
    public var keyRow: Int { height - 1 }

    /// The region page's two blocks: (top, height) of each, header row included. The first
    /// holds the targets (or a plan's measures when it has no target); without either the child
    /// table takes the whole page.
    public func regionPanes(targetCount: Int) -> (targets: (top: Int, height: Int), children: (top: Int, height: Int)) {
        guard targetCount > 0 else { return ((contentTop, 0), (contentTop, contentHeight)) }
        let targets = min(targetCount + 1, max(3, contentHeight / 2))
        let childrenTop = contentTop + targets + 1
        return ((contentTop, targets), (childrenTop, max(0, contentTop + contentHeight - childrenTop)))
    }

    /// The first row of a list page's data, below the breadcrumb, the summary, what the page shows
    /// above its table (the changes page: their reasons) and the column titles.
    public func listTop(_ page: PageState) -> Int {
        switch page.content {
        case .changes, .holderChanges: return contentTop + ChangesLayout.reasonRows + 1
        default: return contentTop + 1
        }
    }

    /// Rows of data (header excluded) visible in `pane` of `page`.
    public func visibleRows(_ page: PageState) -> Int {
        switch page.content {
        case .region(let content):
            let panes = regionPanes(targetCount: content.topRowCount)
            return max(1, (page.pane == 0 ? panes.targets.height : panes.children.height) - 1)
        case .target: return max(1, contentHeight)
        case .problems: return max(1, contentHeight - 4)
        case .changes, .holderChanges: return max(1, contentHeight - 1 - ChangesLayout.reasonRows)
        default: return max(1, contentHeight - 1)
        }
    }
}

/// The changes pages: a line of the reasons in and out above their tables.
enum ChangesLayout {
    static let reasonRows = 1
}

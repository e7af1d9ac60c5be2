import ProgressModel

/// The dashboard's reducer: the only place state changes.
public enum Dashboard {
    public static func update(_ state: DashboardState, _ event: DashboardEvent) -> (DashboardState, [Effect]) {
        var state = state
        let effects = state.handle(event)
        return (state, effects)
    }
}

extension DashboardState {
    var layout: PageLayout { PageLayout(width: width, height: height) }

    mutating func handle(_ event: DashboardEvent) -> [Effect] {
        switch event {
        case .key(let key):
            return handle(key)
        case .resize(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
            for index in stack.indices {
                var page = stack[index]
                if page.page.isLaidOutAsLines || page.page.isRegion { page = refreshed(page) }
                stack[index] = keptVisible(page)
            }
        case .loaded(let newTally):
            tally = newTally
            generation += 1
            firmLocator = nil
            for index in stack.indices { stack[index].content = .empty }
            reloading = false
            refreshAll()
            message = StatusMessage(text: UIText.reloaded(tally, language), isError: false)
        case .loadFailed(let reason):
            reloading = false
            message = StatusMessage(text: UIText.reloadFailed(reason, language), isError: true)
        case .exported(let paths):
            exporting = false
            message = StatusMessage(text: UIText.exported(paths, language), isError: false)
        case .exportFailed(let reason):
            exporting = false
            message = StatusMessage(text: UIText.exportFailed(reason, language), isError: true)
        case .prepared(let locator, let forGeneration):
            if forGeneration == generation && firmLocator == nil { firmLocator = locator }
        }
        return []
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if helpVisible {
            helpVisible = false
            return key == .character("q") ? [.quit] : []
        }
        // While an export is written, the status bar says so (until another message replaces it).
        message = exporting ? StatusMessage(text: UIText.exporting(language), isError: false) : nil
        if choosingExport { return chooseExport(key) }
        if editingFilter, editFilter(key) { return [] }
        let index = stack.count - 1
        switch key {
        case .character("q"): return [.quit]
        case .character("?"): helpVisible = true
        case .up, .character("k"): move(by: -1)
        case .down, .character("j"): move(by: 1)
        case .pageUp: move(by: -layout.visibleRows(top))
        case .pageDown: move(by: layout.visibleRows(top))
        case .home, .character("g"): move(by: Int.min / 2)
        case .end, .character("G"): move(by: Int.max / 2)
        case .enter, .right, .character("l"): drill()
        case .left, .character("h"), .backspace: back()
        case .escape:
            if !stack[index].filter.isEmpty { setFilter("") } else { back() }
        case .tab, .backTab:
            switch top.content {
            case .region(let content) where content.topRowCount > 0: stack[index].pane = 1 - stack[index].pane
            case .changes, .holderChanges: stack[index].pane = 1 - stack[index].pane
            default: break
            }
        case .character("/"):
            if top.page.isFilterable { editingFilter = true }
        case .character("s"): sort(by: .number)
        case .character("n"): sort(by: .name)
        case .character("r"): sort(by: .region)
        case .character("c"): openChanges()
        case .character("$"): openRewards()
        case .character(let digit) where digit.isASCII && digit.isWholeNumber && digit != "0": select(row: Int(String(digit)) ?? 1)
        case .character("<"): moveComparison(months: -1)
        case .character(">"): moveComparison(months: 1)
        case .character("["): moveDate(months: -1)
        case .character("]"): moveDate(months: 1)
        case .character("{"): moveDate(months: -12)
        case .character("}"): moveDate(months: 12)
        case .character("p"):
            if top.page != .problems { push(.problems) }
        case .character("R"):
            reloading = true
            message = StatusMessage(text: UIText.reloading(language), isError: false)
            return [.reload]
        case .character("e"): return startExport()
        default: break
        }
        return []
    }

    /// Typing a filter after `/`: characters and Backspace edit it, Enter keeps it, Esc drops it.
    /// Returns false for keys that act as usual (arrows move while typing).
    private mutating func editFilter(_ key: Key) -> Bool {
        let current = top.filter
        switch key {
        case .enter: editingFilter = false
        case .escape:
            editingFilter = false
            setFilter("")
        case .backspace: setFilter(String(current.dropLast()))
        case .character(let character): setFilter(current + String(character))
        default: return false
        }
        return true
    }

    private mutating func setFilter(_ text: String) {
        let index = stack.count - 1
        stack[index].filter = text
        stack[index].cursor[stack[index].pane] = 0
        stack[index].scroll[stack[index].pane] = 0
        refreshTop()
    }

    private mutating func move(by delta: Int) {
        let index = stack.count - 1
        let pane = stack[index].pane
        let rows = stack[index].content.rowCounts[pane]
        var limit = rows - 1
        if top.scrollsAsLines(pane: pane) { limit = rows - layout.visibleRows(top) }
        let moved = stack[index].cursor[pane].addingReportingOverflow(delta)
        let before = stack[index].cursor[pane]
        stack[index].cursor[pane] = max(0, min(max(0, limit), moved.overflow ? (delta > 0 ? Int.max : 0) : moved.partialValue))
        // On a region page, the child table splits the selected target: another target, another split.
        if case .region = top.page, pane == 0, stack[index].cursor[pane] != before {
            stack[index] = refreshed(stack[index])
        }
        stack[index] = keptVisible(stack[index])
    }

    /// The page scrolled as little as needed to show each pane's cursor.
    func keptVisible(_ page: PageState) -> PageState {
        var page = page
        for pane in page.content.rowCounts.indices where pane < page.cursor.count {
            var probe = page
            probe.pane = pane
            let visible = layout.visibleRows(probe)
            let rows = page.content.rowCounts[pane]
            if page.scrollsAsLines(pane: pane) {
                page.cursor[pane] = max(0, min(page.cursor[pane], rows - visible))
                page.scroll[pane] = page.cursor[pane]
                continue
            }
            var scroll = page.scroll[pane]
            if page.cursor[pane] < scroll { scroll = page.cursor[pane] }
            if page.cursor[pane] >= scroll + visible { scroll = page.cursor[pane] - visible + 1 }
            page.scroll[pane] = max(0, min(scroll, rows - visible))
        }
        return page
    }

    private mutating func drill() {
        let page = top
        let row = page.cursor[page.pane]
        switch page.content {
        case .overview(let plans):
            push(.region(row < plans.count ? plans[row].plan.region : tally.data.regions.root))
        case .region(let content):
            if page.pane == 0 {
                if row < content.targets.count { push(.target(content.targets[row].target.id)) }
            } else if row == 0 {
                push(.firms(content.region))
            } else if row - 1 < content.children.count {
                push(.region(content.children[row - 1].region))
            }
        case .target(let content):
            if content.progress.target.countsFirms { push(.targetFirms(content.progress.target.id)) }
        case .targetFirms(let content):
            if row < content.rows.count { push(.firm(content.rows[row].firm)) }
        case .firms(let content):
            if row < content.rows.count { push(.firm(content.rows[row].firm)) }
        case .changes(let content):
            if page.pane == 1 {
                // A region of the second pane: the list of firms that came and went there.
                guard row < content.regions.count, content.regions[row].region != content.changes.target.region else { return }
                stack[stack.count - 1].pane = 0
                setFilter(tally.data.regions[content.regions[row].region].name)
            } else if row < content.rows.count {
                push(.firm(content.rows[row].firm))
            }
        case .holderChanges(let changes):
            if page.pane == 0, row < changes.changes.count { push(.firm(changes.changes[row].firm)) }
        default:
            break
        }
    }

    /// `c` on a target's detail, or on a target of a region page: the changes of its firms since
    /// a month before the date; on the region page's child table: those of the holders of the
    /// region of the row (the region itself on the firm list's row).
    private mutating func openChanges() {
        switch top.content {
        case .target(let content) where content.progress.target.countsFirms:
            push(.changes(content.progress.target.id))
        case .region(let content) where top.pane == 0 && top.cursor[0] < content.targets.count:
            let target = content.targets[top.cursor[0]].target
            if target.countsFirms { push(.changes(target.id)) }
        case .region(let content) where top.pane == 1:
            let row = top.cursor[1]
            push(.holderChanges(row >= 1 && row - 1 < content.children.count ? content.children[row - 1].region : content.region))
        default:
            break
        }
    }

    /// A digit on the overview (the Nth plan) or a region page (the Nth target): the cursor there,
    /// so that a target is one key away.
    private mutating func select(row number: Int) {
        let index = stack.count - 1
        switch top.content {
        case .overview(let plans) where number <= plans.count:
            stack[index].cursor[0] = number - 1
        case .region(let content) where number <= content.targets.count:
            stack[index].pane = 0
            stack[index].cursor[0] = number - 1
            stack[index] = refreshed(stack[index])
        default:
            return
        }
        stack[index] = keptVisible(stack[index])
    }

    /// `$` on a region page with a plan that has reward rules, or on one of its targets.
    private mutating func openRewards() {
        let plan: Plan?
        switch top.content {
        case .target(let content): plan = content.plan
        case .region(let content): plan = content.plans.first { !$0.rewards.isEmpty }
        default: plan = nil
        }
        if let plan, !plan.rewards.isEmpty { push(.rewards(plan.id)) }
    }

    /// `<` `>` on a changes page: the earlier date a month earlier or later, from a month end to
    /// month ends, always before the as-of date.
    private mutating func moveComparison(months: Int) {
        guard top.page.isChanges else { return }
        let index = stack.count - 1
        let current = stack[index].compareFrom ?? asOf.addingMonths(keepingMonthEnd: -1)
        let moved = ValidRange.clamped(current.addingMonths(keepingMonthEnd: months))
        guard moved < asOf else { return }
        stack[index].compareFrom = moved
        stack[index].cursor[0] = 0
        stack[index].scroll[0] = 0
        refreshTop()
    }

    /// `e` asks for the format; one export at a time: a second `e` while one is written only
    /// says so.
    private mutating func startExport() -> [Effect] {
        guard !exporting else {
            message = StatusMessage(text: UIText.exportBusy(language), isError: true)
            return []
        }
        choosingExport = true
        message = nil
        return []
    }

    /// The key after `e`: t (or Enter, or e again) text, c CSV, m markdown, j JSON; any other
    /// key cancels.
    private mutating func chooseExport(_ key: Key) -> [Effect] {
        choosingExport = false
        let kind: ExportKind?
        switch key {
        case .enter, .character("e"): kind = .text
        case .character(let character): kind = ExportKind.allCases.first { $0.key == character }
        default: kind = nil
        }
        guard let kind else {
            message = StatusMessage(text: UIText.exportCancelled(language), isError: false)
            return []
        }
        exporting = true
        message = StatusMessage(text: UIText.exporting(language), isError: false)
        return [.export(kind)]
    }

    private mutating func back() {
        guard stack.count > 1 else { return }
        editingFilter = false
        stack.removeLast()
        if top.isStale { refreshTop() }
    }

    /// Opens `page` over the current one, with a filter and a sort (for exports made without a
    /// terminal, which name the view to show).
    public mutating func open(_ page: Page, filter: String = "", sort: SortOrder? = nil, from: Day? = nil) {
        push(page)
        guard !filter.isEmpty || sort != nil || from != nil else { return }
        stack[stack.count - 1].filter = filter
        stack[stack.count - 1].sort = sort
        stack[stack.count - 1].compareFrom = from
        refreshTop()
    }

    private mutating func push(_ page: Page) {
        if page.listsFirms || page.isChanges || page.isRewards, firmLocator == nil { firmLocator = FirmLocator(tally: tally) }
        var state = PageState(page: page)
        if case .region(let region) = page, !tally.data.book.plans.contains(where: { $0.region == region }) { state.pane = 1 }
        stack.append(keptVisible(refreshed(state)))
    }

    private mutating func sort(by key: SortKey) {
        guard top.page.listsFirms else { return }
        let index = stack.count - 1
        let current = stack[index].sort
        // Names and regions first in ascending order, dates latest first; the same key again reverses.
        let ascending = current.map { $0.key == key ? !$0.ascending : nil } ?? nil
        stack[index].sort = SortOrder(key: key, ascending: ascending ?? (key != .number))
        refreshTop()
    }

    /// Moves the as-of date, within the dates srdi accepts, from a month end to month ends; the
    /// visible page is recounted now, the pages under it when shown.
    private mutating func moveDate(months: Int) {
        asOf = ValidRange.clamped(asOf.addingMonths(keepingMonthEnd: months))
        for index in stack.indices.dropLast() { stack[index].isStale = true }
        refreshTop()
    }
}

extension PageState {
    /// True for a pane of lines of text, scrolled a line at a time with no row selected: a
    /// target's detail, a firm's page, a plan's measures.
    func scrollsAsLines(pane: Int) -> Bool {
        if page.isLaidOutAsLines { return true }
        if pane == 0, case .region(let content) = content { return content.targets.isEmpty }
        return false
    }
}

extension Page {
    /// Pages with a `/` filter.
    var isFilterable: Bool {
        switch self {
        case .firms, .targetFirms, .changes, .problems: return true
        default: return false
        }
    }

    /// Pages that list firms (sorted with `s`, `n`, `r`; Enter opens a firm).
    var listsFirms: Bool {
        switch self {
        case .firms, .targetFirms: return true
        default: return false
        }
    }

    /// The pages of what changed between two dates (`<` `>` move the earlier one).
    var isChanges: Bool {
        switch self {
        case .changes, .holderChanges: return true
        default: return false
        }
    }

    var isRewards: Bool {
        if case .rewards = self { return true }
        return false
    }

    var isRegion: Bool {
        if case .region = self { return true }
        return false
    }

    /// Pages laid out as lines of text that scroll (a target's detail, a firm's page).
    var isLaidOutAsLines: Bool {
        switch self {
        case .target, .firm, .rewards: return true
        default: return false
        }
    }
}

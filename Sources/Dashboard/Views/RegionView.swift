import ProgressModel

/// A region: the targets of its plans (with bars and expected pace), then its child regions
/// with the firms holding each designation. Row 0 of the child table opens the firm list.
enum RegionView {
    static func targetTable(_ language: Language, _ glyphs: Glyphs) -> Table {
        Table(columns: [
            TableColumn(UIText.t(language, "目标", "target"), width: 14, flexible: true),
            TableColumn(UIText.t(language, "目标值", "goal"), width: 8, align: .right, priority: 1),
            TableColumn(UIText.t(language, "实际", "actual"), width: 6, align: .right),
            TableColumn(UIText.t(language, "完成", "done"), width: 5, align: .right),
            TableColumn(UIText.t(language, "进度(", "progress (") + glyphs.expectedMark + UIText.t(language, "应达)", "exp.)"), width: 13, priority: 2),
            TableColumn(UIText.t(language, "状态", "status"), width: 10),
            TableColumn(UIText.t(language, "缺口", "gap"), width: 6, align: .right, priority: 4),
            TableColumn(UIText.t(language, "预计", "proj."), width: 6, align: .right, priority: 3),
            TableColumn(UIText.t(language, "期限", "deadline"), width: 10, priority: 5),
        ])
    }

    static func targetRows(_ targets: [TargetProgress], _ state: DashboardState) -> [[TableCell]] {
        let language = state.language
        return targets.map { progress in
            let target = progress.target
            let indent = target.parent != nil || target.yearlyOf != nil ? "  " : ""
            let number = { (value: Double) in target.countsFirms ? NumberText.plain(value.rounded()) : NumberText.plain(value) }
            return [
                .text(indent + target.name(in: language)), .text(Labels.targetValue(target)),
                .text(progress.actual.map(number) ?? state.options.glyphs.none, Style(bold: true)), .text(progress.percent.map(NumberText.percent) ?? state.options.glyphs.none),
                .bar(ProgressBar(fraction: progress.actual.map { $0 / max(target.value, 1e-9) },
                                 expected: progress.expected.map { $0 / max(target.value, 1e-9) }, style: DashboardView.statusStyle(progress.status))),
                DashboardView.statusCell(progress.status, state), .text(progress.gap.map(number) ?? state.options.glyphs.none),
                .text(progress.projected.map(number) ?? state.options.glyphs.none), .text(target.deadline.description),
            ]
        }
    }

    static func childTable(_ content: RegionContent, _ state: DashboardState) -> Table {
        let catalog = state.tally.data.designations
        let language = state.language
        var columns = [TableColumn(UIText.t(language, "地区(持有家数)", "region (firms holding)"), width: 12, flexible: true, maxWidth: 28)]
        for (position, designation) in content.designations.enumerated() {
            let title = catalog[designation].shortName(in: language)
            columns.append(TableColumn(title, width: max(6, DisplayWidth.standard.columns(of: title)), align: .right, priority: position + 2))
        }
        if content.contribution != nil {
            columns.append(TableColumn(UIText.t(language, "计入目标", "counted"), width: 8, align: .right))
            columns.append(TableColumn(UIText.t(language, "占实际", "of actual"), width: 9, align: .right, priority: 1))
        } else {
            columns.append(TableColumn(UIText.t(language, "份额", "share"), width: 6, align: .right, priority: 1))
        }
        return Table(columns: columns)
    }

    static func childRows(_ content: RegionContent, _ state: DashboardState) -> [[TableCell]] {
        let tree = state.tally.data.regions
        let glyphs = state.options.glyphs
        let firms = UIText.t(state.language, "\(glyphs.drill) 企业名单(\(NumberText.grouped(content.firmCount)) 家)",
                             "\(glyphs.drill) firms (\(NumberText.grouped(content.firmCount)))")
        let share = { (value: Double?) -> TableCell in .text(value.map(NumberText.percent) ?? glyphs.none) }
        var total: [TableCell] = [.text(firms, Style(bold: true))] + content.totals.map { .text(NumberText.grouped($0), Style(bold: true)) }
        if let contribution = content.contribution {
            total += [.text(NumberText.grouped(contribution.total), Style(bold: true)), share(contribution.total > 0 ? 100 : nil)]
        } else {
            total.append(.text(""))
        }
        var rows = [total]
        for child in content.children {
            let hasChildren = tree.children[child.region].contains { tree.exists($0, at: state.asOf) }
            rows.append([.text((hasChildren ? glyphs.drill + " " : "  ") + tree[child.region].name)]
                        + child.counts.map { .text(NumberText.grouped($0), $0 == 0 ? Style(dim: true) : .plain) }
                        + (child.contribution.map { [.text(NumberText.grouped($0), $0 == 0 ? Style(dim: true) : .plain)] } ?? [])
                        + [share(child.share)])
        }
        if let contribution = content.contribution, contribution.notGiven > 0 {
            let total = contribution.total
            rows.append([.text("  " + notGivenLabel(content, state), Style(color: .warning))]
                        + content.designations.map { _ in .text("") }
                        + [.text(NumberText.grouped(contribution.notGiven), Style(color: .warning)),
                           share(total > 0 ? 100 * Double(contribution.notGiven) / Double(total) : nil)])
        }
        return rows
    }

    /// Each measure's name, then its quote in full, wrapped to `width` and indented.
    static func measureLines(_ plans: [Plan], width: Int) -> [String] {
        plans.flatMap(\.measures).flatMap { measure in
            ["  " + measure.name] + Wrapping.lines(measure.quote, width: max(10, width - 6)).map { "    " + $0 }
        }
    }

    /// The row of firms whose list names this region but no region below it.
    static func notGivenLabel(_ content: RegionContent, _ state: DashboardState) -> String {
        let kind = state.tally.data.regions[content.region].kind
        let above = [RegionKind.country, .province, .city].contains(kind)
        return above ? UIText.t(state.language, "(区县未填)", "(district not given)") : UIText.t(state.language, "(镇街未填)", "(town not given)")
    }

    /// The title of the child table: what its last columns split, when a target is selected.
    static func childTitle(_ content: RegionContent, _ state: DashboardState) -> String {
        let language = state.language
        guard let contribution = content.contribution else { return UIText.t(language, "下级地区", "Regions below") }
        let name = contribution.target.name(in: language)
        return UIText.t(language, "下级地区 · 对「\(name)」的贡献", "Regions below · their part of “\(name)”")
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: DashboardState, content: RegionContent, layout: PageLayout) {
        let language = state.language
        let tree = state.tally.data.regions
        let region = tree[content.region]
        let planNames = content.plans.map { $0.name(in: language) }.joined(separator: "、")
        // The plans' names last: on a narrow screen they are what is cut.
        DashboardView.summary(&buffer, [region.name, RegionKindText.name(region.kind, language),
                                        UIText.t(language, "企业 \(NumberText.grouped(content.firmCount)) 家", "\(NumberText.grouped(content.firmCount)) firms"),
                                        planNames.isEmpty ? UIText.t(language, "无本级计划", "no plan set here") : planNames]
            .joined(separator: " · "))
        let page = state.top
        let panes = layout.regionPanes(targetCount: content.topRowCount)
        if !content.targets.isEmpty {
            targetTable(language, state.options.glyphs).draw(into: &buffer, top: panes.targets.top, height: panes.targets.height,
                                       rows: targetRows(content.targets, state), selected: page.cursor[0], scroll: page.scroll[0],
                                       focused: page.pane == 0, glyphs: state.options.glyphs)
        } else if content.topRowCount > 0 {
            buffer.put(UIText.t(language, "措施(无量化目标)", "Measures (no quantitative target)"), x: 0, y: panes.targets.top,
                       style: Style(bold: true, reverse: page.pane == 0, underline: page.pane != 0))
            for (offset, line) in content.measureLines.dropFirst(page.scroll[0]).prefix(panes.targets.height - 1).enumerated() {
                buffer.put(line, x: 0, y: panes.targets.top + 1 + offset, style: line.hasPrefix("  ") && !line.hasPrefix("    ") ? .plain : Style(dim: true))
            }
        }
        if panes.targets.height > 0 {
            let ruleY = panes.children.top - 1
            let title = " " + childTitle(content, state) + " "
            buffer.put(String(repeating: state.options.glyphs.horizontal, count: 2) + title
                       + String(repeating: state.options.glyphs.horizontal, count: max(0, buffer.width)), x: 0, y: ruleY, style: Style(dim: true))
        }
        childTable(content, state).draw(into: &buffer, top: panes.children.top, height: panes.children.height,
                                        rows: childRows(content, state), selected: page.cursor[1], scroll: page.scroll[1],
                                        focused: page.pane == 1, glyphs: state.options.glyphs)
    }
}

/// Region kinds in words.
enum RegionKindText {
    static func name(_ kind: RegionKind, _ language: Language) -> String {
        let zh = language == .chinese
        switch kind {
        case .country: return zh ? "全国" : "country"
        case .province: return zh ? "省级" : "province"
        case .city: return zh ? "地级市" : "city"
        case .district: return zh ? "市辖区" : "district"
        case .county: return zh ? "县" : "county"
        case .countyCity: return zh ? "县级市" : "county-level city"
        case .zone: return zh ? "开发区" : "development zone"
        case .street: return zh ? "街道" : "street"
        case .town: return zh ? "镇" : "town"
        case .park: return zh ? "园区" : "park"
        }
    }
}

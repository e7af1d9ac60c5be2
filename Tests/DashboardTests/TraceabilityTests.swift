import Testing
@testable import Dashboard
import ProgressModel

/// Opening a number: a target's firms, a firm's page, the children's part of a target.
@Suite("Opening a number")
struct TraceabilityTests {
    /// 海陵区's page: the overview's second plan.
    static func hailing(_ language: Language = .chinese) -> DashboardState {
        Support.press(Support.state(language, width: 100, height: 30), [.down, .enter])
    }

    @Test("海陵区 → the 2024 provincial quota → its firms → a firm: three Enters once the target is selected")
    func hailingPath() throws {
        var state = TraceabilityTests.hailing()
        guard case .region(let content) = state.top.content else { Issue.record("not a region page"); return }
        let row = try #require(content.targets.firstIndex { $0.target.mode == .new && $0.target.deadline == Day(iso: "2024-12-31")!
            && $0.target.designations == DesignationSet([Support.tally.data.designations.index(ofCode: "provincial")!]) })
        state = Support.press(state, Array(repeating: .down, count: row) + [.enter, .enter])
        guard case .targetFirms(let firms) = state.top.content else { Issue.record("not the target's firms"); return }
        // The plan's 2024 quota of 7; 5 firms first recognised provincial in 2024, as the region page shows.
        #expect(Double(firms.rows.count) == content.targets[row].actual)
        #expect(firms.rows.count == 5)
        #expect(firms.rows.allSatisfy { $0.since.year == 2024 })
        #expect(Support.screen(state).contains("计入 5 家"))
        state = Support.press(state, [.enter])
        guard case .firm(let page) = state.top.content else { Issue.record("not a firm page"); return }
        #expect(page.history.firm == firms.rows[0].firm)
        #expect(page.history.counted.contains { $0.target.id == content.targets[row].target.id })
        #expect(Support.screen(state).contains(Support.tally.data.recognitions.firmName(firms.rows[0].firm)))
    }

    @Test("from 海陵区's page, four keys reach a firm's record: 7 (the 2024 provincial quota), Enter, Enter, Enter")
    func fourKeys() {
        let state = Support.press(TraceabilityTests.hailing(), [.character("7"), .enter, .enter, .enter])
        guard case .firm(let page) = state.top.content else { Issue.record("not a firm page: \(state.top.page)"); return }
        #expect(state.stack.map(\.page).suffix(3) == [.target("hl-provincial-2024"), .targetFirms("hl-provincial-2024"), .firm(page.history.firm)])
        #expect(page.history.counted.contains { $0.target.id == "hl-provincial-2024" })
    }

    @Test("the child table's column of the selected target sums to its actual, and follows the cursor")
    func contributionFollowsCursor() {
        var state = TraceabilityTests.hailing()
        for row in 0..<3 {
            guard case .region(let content) = state.top.content, let contribution = content.contribution else {
                Issue.record("no contribution at row \(row)")
                return
            }
            #expect(contribution.target.id == content.targets[row].target.id)
            let children = content.children.compactMap(\.contribution).reduce(0, +)
            #expect(Double(children + contribution.notGiven) == content.targets[row].actual)
            state = Support.press(state, [.down])
        }
    }

    @Test("the firm lists filter by town, designation, action and year, and sort by region with r")
    func filtersAndRegionSort() {
        var state = Support.press(TraceabilityTests.hailing(), [.tab, .enter])
        guard case .firms(let all) = state.top.content else { Issue.record("not the firm list"); return }
        let data = Support.tally.data
        let town = data.regions.regions.first { $0.name == "城东街道" }!.index
        state = Support.press(state, [.character("/")])
        state = Support.press(state, "城东街道")
        guard case .firms(let inTown) = state.top.content else { return }
        #expect(!inTown.rows.isEmpty)
        #expect(inTown.rows.count == all.all.filter { $0.region == town }.count)
        state = Support.press(state, [.escape, .character("/")])
        state = Support.press(state, "小巨人")
        guard case .firms(let giants) = state.top.content else { return }
        let giant = data.designations.index(ofCode: "little_giant")!
        #expect(giants.rows.count == all.all.filter { $0.held.contains(giant) }.count)
        state = Support.press(state, [.escape, .escape, .character("r")])
        guard case .firms(let byRegion) = state.top.content else { return }
        let codes = byRegion.rows.map { data.regions[$0.region].code }
        #expect(codes == codes.sorted())
        #expect(byRegion.rows.count == all.all.count)
    }

    @Test("广东省's measures wrap in full on screen, scroll with ↓ in their pane, and come whole in the text export")
    func measuresInFull() {
        var state = Support.press(Support.state(.chinese, width: 80, height: 24), [.down, .down, .down, .down, .enter])
        guard case .region(let content) = state.top.content else { Issue.record("not a region page"); return }
        let measures = content.plans.flatMap(\.measures)
        #expect(measures.count >= 11)
        let joined = content.measureLines.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        for measure in measures { #expect(joined.contains(measure.name + measure.quote), "\(measure.name)") }
        #expect(state.top.pane == 0)
        let firstLine = Support.screen(state).split(separator: "\n")[3]
        state = Support.press(state, [.down])
        #expect(Support.screen(state).split(separator: "\n")[3] != firstLine, "↓ scrolls the measures a line")
        state = Support.press(state, [.tab])
        #expect(state.top.pane == 1)
        var text = ""
        ViewExport.write(state, width: 100, writtenAt: "-", to: &text)
        let exported = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        for measure in measures { #expect(exported.contains(measure.name + measure.quote), "\(measure.name) in the export") }
    }

    @Test("c opens a target's changes since a month before; < and > move the earlier date by month ends; the summary reconciles")
    func changesPage() throws {
        var state = Support.press(TraceabilityTests.hailing(), [.character("c")])
        guard case .changes(let month) = state.top.content else { Issue.record("not the changes page"); return }
        #expect(month.changes.from == Day(iso: "2025-05-31") && month.changes.to == Day(iso: "2025-06-30"))
        #expect(month.changes.before + month.changes.entered - month.changes.left == month.changes.after)
        state = Support.press(state, [.character("<"), .character("<")])
        guard case .changes(let quarter) = state.top.content else { return }
        #expect(quarter.changes.from == Day(iso: "2025-03-31"))
        #expect(Support.screen(state).contains(ChangeText.reconciliation(quarter.changes, .chinese)))
        state = Support.press(state, [.tab])
        guard case .changes(let byRegion) = state.top.content, state.top.pane == 1 else { Issue.record("Tab: the regions"); return }
        for part in byRegion.regions { #expect(part.before + part.entered - part.left == part.after) }
        let row = try #require(byRegion.regions.firstIndex { $0.entered + $0.left > 0 && $0.region != byRegion.changes.target.region })
        state = Support.press(state, Array(repeating: .down, count: row) + [.enter])
        guard case .changes(let there) = state.top.content else { return }
        #expect(state.top.pane == 0 && !there.rows.isEmpty)
        let child = byRegion.regions[row].region
        let tree = Support.tally.data.regions
        #expect(there.rows.count == byRegion.changes.changes.filter { tree.isWithin($0.region, child) }.count)
        #expect(there.rows.allSatisfy { tree.isWithin($0.region, child) })
        state = Support.press(state, [.escape, .character(">"), .character(">"), .character(">")])
        #expect(state.top.compareFrom == Day(iso: "2025-05-31"), "the earlier date stays before the as-of date")
        state = Support.press(state, [.escape, .escape, .down, .enter, .character("c")])
        guard case .changes = state.top.content else { Issue.record("c on a target's detail"); return }
    }

    @Test("c on the child table: the holders' changes of the region of the row, each list's counts those of the child table; < moves the earlier date")
    func holderChangesPage() throws {
        let zhanjiang = Support.press(Support.state(.chinese, width: 100, height: 30), [.enter, .tab])
        guard case .region(let region) = zhanjiang.top.content else { Issue.record("not a region page"); return }
        var state = Support.press(zhanjiang, [.character("c")])
        #expect(state.top.page == .holderChanges(region.region), "the firm list's row: the region itself")
        state = Support.press(state, [.character("<"), .character("<")])
        guard case .holderChanges(let changes) = state.top.content else { Issue.record("not the holders' changes"); return }
        #expect(changes.from == Day(iso: "2025-03-31") && changes.to == Day(iso: "2025-06-30"))
        for (column, designation) in region.designations.enumerated() {
            let part = try #require(changes.parts.first { $0.designation == designation })
            #expect(part.after == region.totals[column], "after: the child table's total")
            #expect(part.before + part.entered - part.left == part.after)
        }
        #expect(Support.screen(state).contains(HolderChangesView.summary(changes, .chinese)))
        let firm = try #require(changes.changes.first?.firm)
        #expect(Support.press(state, [.enter]).top.page == .firm(firm), "Enter opens the firm")
        #expect(Support.press(state, [.tab]).top.pane == 1)
        let child = try #require(region.children.first)
        let below = Support.press(zhanjiang, [.down, .character("c")])
        #expect(below.top.page == .holderChanges(child.region), "a child's row: that child")
        guard case .holderChanges(let childChanges) = below.top.content else { return }
        for (column, designation) in region.designations.enumerated() where child.counts[column] > 0 {
            #expect(childChanges.parts.first { $0.designation == designation }?.after == child.counts[column])
        }
    }

    @Test("重庆市's page at a date: 江北区 and 渝北区 before 2025-11-06, 两江新区 from that day; their firms follow")
    func datedTree() {
        let tree = Support.tally.data.regions
        let chongqing = tree.index(ofCode: "50")!
        func children(at date: String) -> [String] {
            var state = DashboardState(tally: Support.tally, asOf: Day(iso: date)!, options: DisplayOptions(language: .chinese))
            state.open(.region(chongqing))
            guard case .region(let content) = state.top.content else { return [] }
            return content.children.map { tree[$0.region].name }
        }
        let before = children(at: "2024-06-30"), after = children(at: "2025-12-31")
        #expect(before.contains("江北区") && before.contains("渝北区") && !before.contains("两江新区"))
        #expect(after.contains("两江新区") && !after.contains("江北区") && !after.contains("渝北区"))
    }

    @Test("] across 2025-11-06: 重庆市's page trades 江北区 and 渝北区 for 两江新区, and 渝北区's five towns pass to 北碚区; [ brings them back")
    func datedTreeMovesWithTheDate() {
        let tree = Support.tally.data.regions
        let (chongqing, yubei, beibei) = (tree.index(ofCode: "50")!, tree.index(ofCode: "500112")!, tree.index(ofCode: "500109")!)
        func children(_ state: DashboardState) -> [String] {
            guard case .region(let content) = state.top.content else { return [] }
            return content.children.map { tree[$0.region].name }
        }
        func page(_ region: Int, _ state: DashboardState) -> DashboardState {
            var state = state
            state.open(.region(region))
            return state
        }
        let october = DashboardState(tally: Support.tally, asOf: Day(iso: "2025-10-31")!, options: DisplayOptions(language: .chinese),
                                     width: 100, height: 70)
        var state = page(chongqing, october)
        #expect(children(state).contains("江北区") && children(state).contains("渝北区") && !children(state).contains("两江新区"))
        #expect(Support.screen(state).contains("江北区"))
        state = Support.press(state, [.character("]")])
        #expect(state.asOf == Day(iso: "2025-11-30")!)
        #expect(children(state).contains("两江新区") && !children(state).contains("江北区") && !children(state).contains("渝北区"))
        #expect(Support.screen(state).contains("两江新区") && !Support.screen(state).contains("江北区"))
        state = Support.press(state, [.character("[")])
        #expect(children(state).contains("江北区") && !children(state).contains("两江新区"))
        let five = ["统景镇", "大湾镇", "兴隆镇", "茨竹镇", "大盛镇"]
        #expect(children(page(yubei, october)) == five && children(page(beibei, october)).isEmpty)
        let november = Support.press(october, [.character("]")])
        #expect(children(page(beibei, november)) == five)
    }

    @Test("$ opens the plan's rewards from its region or a target; years and counties each sum to the total on screen")
    func rewardsPage() {
        let zhanjiang = Support.press(Support.state(.chinese, width: 100, height: 30), [.enter])
        for state in [Support.press(zhanjiang, [.character("$")]), Support.press(zhanjiang, [.enter, .character("$")])] {
            guard case .rewards(let content) = state.top.content, let breakdown = content.breakdowns.first else {
                Issue.record("not the rewards page")
                continue
            }
            let total = breakdown.total.amount
            #expect(breakdown.byYear.reduce(0) { $0 + $1.sum.amount } == total)
            #expect(breakdown.byCounty(Support.tally.data.regions).reduce(0) { $0 + $1.sum.amount } == total)
            #expect(Support.screen(state).contains("合计 " + NumberText.money(total, .chinese)))
        }
        #expect(Support.press(Support.state(), [.down, .enter, .character("$")]).top.page.isRegion, "no rewards in 海陵区's plan: $ does nothing")
    }
}

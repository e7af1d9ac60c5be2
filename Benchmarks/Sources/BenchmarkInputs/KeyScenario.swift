import Dashboard

/// A key press to time: the keys that lead to it from the overview, untimed, then the key whose
/// update and redraw are measured. The scenarios follow what a user does on the bundled plans.
public struct KeyScenario: Sendable {
    public let label: String
    public let before: [DashboardEvent]
    public let event: DashboardEvent

    /// The state just before the timed key, from `overview`.
    public func prepared(from overview: DashboardState) -> DashboardState {
        before.reduce(overview) { Dashboard.update($0, $1).0 }
    }

    /// The timed work: the key handled and the whole screen drawn into a buffer (curses then
    /// sends only the changes); the buffer's width is returned so that the drawing is used.
    public static func press(_ event: DashboardEvent, on state: DashboardState) -> Int {
        DashboardView.render(Dashboard.update(state, event).0).width
    }

    public static var all: [KeyScenario] {
        let k = { (key: Key) in DashboardEvent.key(key) }
        let c = { (character: Character) in DashboardEvent.key(.character(character)) }
        let county = [k(.enter), k(.tab), k(.down), k(.enter)], countyFirms = county + [k(.enter)]
        return [
            KeyScenario("move down", [], k(.down)),
            KeyScenario("drill into a plan (湛江市)", [], k(.enter)),
            KeyScenario("as-of −1 month on 湛江市", [k(.enter)], c("[")),
            KeyScenario("as-of +1 year on 湛江市", [k(.enter)], c("}")),
            KeyScenario("switch pane", [k(.enter)], k(.tab)),
            KeyScenario("drill into a county", [k(.enter), k(.tab), k(.down)], k(.enter)),
            KeyScenario("open the county's firms", county, k(.enter)),
            KeyScenario("move in the firm list", countyFirms, k(.down)),
            KeyScenario("page down in it", countyFirms, k(.pageDown)),
            KeyScenario("type a filter character", countyFirms + [c("/")], c("恒")),
            KeyScenario("sort by date", countyFirms, c("s")),
            KeyScenario("as-of −1 month on the firms", countyFirms, c("[")),
            KeyScenario("back to the county", countyFirms, k(.escape)),
            KeyScenario("open a target", [k(.enter)], k(.enter)),
            KeyScenario("scroll the target", [k(.enter), k(.enter)], k(.down)),
            KeyScenario("next target on 湛江市 (its split)", [k(.enter)], k(.down)),
            KeyScenario("open the target's firms", [k(.enter), k(.enter)], k(.enter)),
            KeyScenario("open a firm's page", [k(.enter), k(.enter), k(.enter)], k(.enter)),
            KeyScenario("the target's changes (c)", [k(.enter)], c("c")),
            KeyScenario("the changes a month further back", [k(.enter), c("c")], c("<")),
            KeyScenario("the plan's rewards ($)", [k(.enter)], c("$")),
            KeyScenario("open 湛江市's firms (12k+)", [k(.enter), k(.tab)], k(.enter)),
            KeyScenario("browse all regions", [k(.end)], k(.enter)),
            KeyScenario("as-of −1 month on 全国", [k(.end), k(.enter)], c("[")),
            KeyScenario("open 全国's firms (all)", [k(.end), k(.enter)], k(.enter)),
            KeyScenario("move in 全国's firms", [k(.end), k(.enter), k(.enter)], k(.down)),
            KeyScenario("as-of −1 month on 全国's firms", [k(.end), k(.enter), k(.enter)], c("[")),
        ]
    }

    private init(_ label: String, _ before: [DashboardEvent], _ event: DashboardEvent) {
        self.label = label
        self.before = before
        self.event = event
    }
}

import Dashboard
import Foundation
import ProgressModel

/// Times what a user waits for: the first frame (read, load, index, first screen) and each key
/// press (update and a full redraw into a screen buffer; curses then sends only the changes).
enum KeyPresses {
    static func run(data: String, recognitions: String, asOf: Day, width: Int, height: Int) {
        let start = Clock.now()
        let sources = DataSources(directory: data, recognitions: [recognitions])
        let dataSet = DataLoader.load(sources) { path in [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        let tally = Tally(data: dataSet)
        var state = DashboardState(tally: tally, asOf: asOf, options: DisplayOptions(language: .chinese), width: width, height: height)
        _ = DashboardView.render(state)
        let firstFrame = Clock.now() - start
        print("dashboard on \(recognitions) (\(dataSet.recognitions.eventCount) events), \(width)×\(height)")
        print("  first frame        \(Clock.format(firstFrame))   (read, load, index, overview drawn), peak memory \(Int(Clock.peakMemoryMB())) MB")
        // The loop prepares the firm locator in the background while the first frame is read.
        let (locator, preparing) = Clock.time { FirmLocator(tally: tally) }
        state = Dashboard.update(state, .prepared(locator, generation: state.generation)).0
        print("  firm locator       \(Clock.format(preparing))   (in the background, after the first frame)")
        // Scenarios, each from the overview: (what, keys to get there untimed, the timed key).
        let k = { (key: Key) in DashboardEvent.key(key) }
        let c = { (character: Character) in DashboardEvent.key(.character(character)) }
        let scenarios: [(String, [DashboardEvent], DashboardEvent)] = [
            ("move down", [], k(.down)),
            ("drill into a plan (湛江市)", [], k(.enter)),
            ("as-of −1 month on 湛江市", [k(.enter)], c("[")),
            ("as-of +1 year on 湛江市", [k(.enter)], c("}")),
            ("switch pane", [k(.enter)], k(.tab)),
            ("drill into a county", [k(.enter), k(.tab), k(.down)], k(.enter)),
            ("open the county's firms", [k(.enter), k(.tab), k(.down), k(.enter)], k(.enter)),
            ("move in the firm list", [k(.enter), k(.tab), k(.down), k(.enter), k(.enter)], k(.down)),
            ("page down in it", [k(.enter), k(.tab), k(.down), k(.enter), k(.enter)], k(.pageDown)),
            ("type a filter character", [k(.enter), k(.tab), k(.down), k(.enter), k(.enter), c("/")], c("恒")),
            ("sort by date", [k(.enter), k(.tab), k(.down), k(.enter), k(.enter)], c("s")),
            ("as-of −1 month on the firms", [k(.enter), k(.tab), k(.down), k(.enter), k(.enter)], c("[")),
            ("back to the county", [k(.enter), k(.tab), k(.down), k(.enter), k(.enter)], k(.escape)),
            ("open a target", [k(.enter)], k(.enter)),
            ("scroll the target", [k(.enter), k(.enter)], k(.down)),
            ("next target on 湛江市 (its split)", [k(.enter)], k(.down)),
            ("open the target's firms", [k(.enter), k(.enter)], k(.enter)),
            ("open a firm's page", [k(.enter), k(.enter), k(.enter)], k(.enter)),
            ("the target's changes (c)", [k(.enter)], c("c")),
            ("the changes a month further back", [k(.enter), c("c")], c("<")),
            ("the plan's rewards ($)", [k(.enter)], c("$")),
            ("open 湛江市's firms (12k+)", [k(.enter), k(.tab)], k(.enter)),
            ("browse all regions", [k(.end)], k(.enter)),
            ("as-of −1 month on 全国", [k(.end), k(.enter)], c("[")),
            ("open 全国's firms (all)", [k(.end), k(.enter)], k(.enter)),
            ("move in 全国's firms", [k(.end), k(.enter), k(.enter)], k(.down)),
            ("as-of −1 month on 全国's firms", [k(.end), k(.enter), k(.enter)], c("[")),
        ]
        var worst = 0.0
        for (label, setup, event) in scenarios {
            let before = setup.reduce(state) { Dashboard.update($0, $1).0 }
            let duration = Clock.time { () -> Int in
                let next = Dashboard.update(before, event).0
                return DashboardView.render(next).width
            }.1
            print("  \(label.padding(toLength: 32, withPad: " ", startingAt: 0)) \(Clock.format(duration))")
            worst = max(worst, duration)
        }
        print("  slowest key press  \(Clock.format(worst))")
    }
}

import BenchmarkInputs
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
        var worst = 0.0
        for scenario in KeyScenario.all {
            let before = scenario.prepared(from: state)
            let duration = Clock.time { KeyScenario.press(scenario.event, on: before) }.1
            print("  \(scenario.label.padding(toLength: 32, withPad: " ", startingAt: 0)) \(Clock.format(duration))")
            worst = max(worst, duration)
        }
        print("  slowest key press  \(Clock.format(worst))")
    }
}

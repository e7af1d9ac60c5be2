import BenchmarkInputs
import Dashboard
import ProgressModel

/// What the benchmarks start from, each made in a benchmark's setup, untimed, from the one
/// before: the generated list, its index, the dashboard's overview.
enum Fixtures {
    /// A tenth of the million-row list the README times with `srdi-bench`: large enough for loading
    /// and indexing to show, small enough for many iterations on two cores.
    static let rows = 100_000
    static let width = 100, height = 30

    static func tally() -> Tally { Tally(data: Workload(rows: rows).load()) }

    /// The overview as the running dashboard has it once the first frame is up: with the firm
    /// locator, which it builds in the background, in place.
    static func overview() -> DashboardState {
        let tally = tally()
        let state = DashboardState(tally: tally, asOf: Workload.asOf, options: DisplayOptions(language: .chinese), width: width, height: height)
        return Dashboard.update(state, .prepared(FirmLocator(tally: tally), generation: state.generation)).0
    }
}

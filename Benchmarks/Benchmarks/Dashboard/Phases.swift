import Benchmark
import BenchmarkInputs
import Dashboard
import ProgressModel

/// The phases between a recognitions list and what `srdi` shows: load (decode, parse, validate,
/// resolve regions), index (`Tally`), report (counted and written as JSON), and the dashboard's
/// first frame (its state made and the overview drawn).
enum Phases {
    static func register() {
        Benchmark("Load \(Fixtures.rows) rows") { benchmark, workload in
            for _ in benchmark.scaledIterations { blackHole(workload.load().recognitions.eventCount) }
        } setup: {
            Workload(rows: Fixtures.rows)
        }
        Benchmark("Index (Tally)") { benchmark, dataSet in
            for _ in benchmark.scaledIterations { blackHole(Tally(data: dataSet)) }
        } setup: {
            Workload(rows: Fixtures.rows).load()
        }
        Benchmark("Report (JSON)") { benchmark, tally in
            for _ in benchmark.scaledIterations {
                let report = ProgressReport(tally: tally, asOf: Workload.asOf, scope: tally.data.regions.root)
                blackHole(JSONReport(report).render().utf8.count)
            }
        } setup: {
            Fixtures.tally()
        }
        Benchmark("First frame") { benchmark, tally in
            for _ in benchmark.scaledIterations {
                let state = DashboardState(tally: tally, asOf: Workload.asOf, options: DisplayOptions(language: .chinese),
                                           width: Fixtures.width, height: Fixtures.height)
                blackHole(DashboardView.render(state).width)
            }
        } setup: {
            Fixtures.tally()
        }
    }
}

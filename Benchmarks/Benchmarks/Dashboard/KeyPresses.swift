import Benchmark
import BenchmarkInputs

/// A few of `srdi-bench keys`' key presses, each handled and redrawn: a cheap move, drilling in,
/// a county's firm list and a filter on it, and the longest list there is (the country's).
enum KeyPresses {
    static let chosen = [
        "move down", "drill into a plan (湛江市)", "open the county's firms", "type a filter character",
        "the plan's rewards ($)", "open 全国's firms (all)", "as-of −1 month on 全国's firms",
    ]

    static func register() {
        for scenario in KeyScenario.all where chosen.contains(scenario.label) {
            Benchmark("Key: \(scenario.label)", configuration: .init(maxIterations: 100)) { benchmark, state in
                for _ in benchmark.scaledIterations { blackHole(KeyScenario.press(scenario.event, on: state)) }
            } setup: {
                scenario.prepared(from: Fixtures.overview())
            }
        }
    }
}

import Benchmark
import BenchmarkInputs
import Dashboard

/// The text export of the country's firm list, the longest view there is, into a stream that
/// counts the bytes: what `srdi export --view firms` does short of the file.
enum Export {
    static func register() {
        Benchmark("Export 全国's firms (text)") { benchmark, state in
            for _ in benchmark.scaledIterations {
                var count = ByteCount()
                ViewExport.write(state, width: Fixtures.width, writtenAt: "", to: &count)
                blackHole(count.bytes)
            }
        } setup: {
            var state = Fixtures.overview()
            state.open(.firms(state.tally.data.regions.root))
            return state
        }
    }
}

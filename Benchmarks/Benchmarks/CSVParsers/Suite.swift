import Benchmark

/// The CSV parsers' suite, run by `swift package benchmark --target CSVParsers` in `Benchmarks/`:
/// the same generated list read by the project's scanner and loader, by CSV.swift and by SwiftCSV.
/// Each parser reports how many fields it read (`fields`), so that all are seen to do the same
/// work and none is optimised away.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(10), // SwiftCSV takes about 2 s a run: this gives it five
        maxIterations: 20
    )
    Parsers.register()
}

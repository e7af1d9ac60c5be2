import Benchmark

/// The dashboard's suite, run by `swift package benchmark` in `Benchmarks/`: each phase of
/// getting from a recognitions list to a screen, then key presses and an export, on a list of
/// `Fixtures.rows` rows made in memory. Every benchmark reports wall clock, CPU time (load and
/// index use every core), mallocs and peak resident memory (the fixture's included).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 25
    )
    Phases.register()
    KeyPresses.register()
    Export.register()
}

// swift-tools-version: 6.1
import PackageDescription
import Foundation

// A package found by path is known by its folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let srdi: [Target.Dependency] = [.product(name: "ProgressModel", package: root), .product(name: "Dashboard", package: root)]
let benchmark: Target.Dependency = .product(name: "Benchmark", package: "benchmark")
let benchmarkPlugin: Target.PluginUsage = .plugin(name: "BenchmarkPlugin", package: "benchmark")

// Benchmarks, kept out of the main package so that `swift test` and CI do not build them.
// From this folder:      swift package benchmark               (the suites under Benchmarks/)
// From the repository:   swift run -c release --package-path Benchmarks srdi-bench    (on a file)
let package = Package(
    name: "srdi-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        // On Swift 6.3 the allocation counts come from the malloc interposer; naming the trait
        // also leaves out the runtime interposer, which these metrics do not use.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    ],
    targets: [
        // What both the suites and srdi-bench measure on: in-memory inputs, key presses, a byte counter.
        .target(name: "BenchmarkInputs", dependencies: srdi + [.product(name: "SampleData", package: root)]),
        .executableTarget(name: "srdi-bench", dependencies: srdi + ["BenchmarkInputs"]),
        // Load, index, report, first frame, key presses and export on a generated list.
        .executableTarget(
            name: "DashboardBenchmarks",
            dependencies: srdi + ["BenchmarkInputs", benchmark],
            path: "Benchmarks/Dashboard",
            plugins: [benchmarkPlugin]
        ),
        // The project's CSV scanner against CSV.swift and SwiftCSV on the same text.
        .executableTarget(
            name: "CSVParsers",
            dependencies: srdi + [
                "BenchmarkInputs", benchmark,
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            path: "Benchmarks/CSVParsers",
            plugins: [benchmarkPlugin]
        ),
    ]
)

// swift-tools-version: 6.1
import PackageDescription
import Foundation

// A package found by path is known by its folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

// Benchmarks, kept out of the main package so that `swift test` does not build them.
// Run from the repository root:  swift run -c release --package-path Benchmarks srdi-bench
let package = Package(
    name: "srdi-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "srdi-bench",
            dependencies: [.product(name: "ProgressModel", package: root), .product(name: "Dashboard", package: root)]
        ),
    ]
)

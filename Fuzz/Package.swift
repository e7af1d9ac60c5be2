// swift-tools-version: 6.1
import Foundation
import PackageDescription

// The fuzzers, as a package of their own so that the main build and `swift test` never see
// libFuzzer. Build and run them with scripts/fuzz.sh.

/// A package depended on by path is known by its folder's name, which is whatever the clone is
/// called.
let srdi = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "srdi-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        // The fuzz targets as plain functions of bytes: what each loads and checks.
        .target(
            name: "FuzzTargets",
            dependencies: [
                .product(name: "ProgressModel", package: srdi),
                .product(name: "Dashboard", package: srdi),
                .product(name: "Workbook", package: srdi),
            ]
        ),
        // libFuzzer's entry points; linked with -sanitize=fuzzer, which brings its own main.
        .executableTarget(name: "srdi-fuzz", dependencies: ["FuzzTargets"]),
    ]
)

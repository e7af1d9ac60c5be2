// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "srdi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "srdi", targets: ["srdi"]),
        .library(name: "ProgressModel", targets: ["ProgressModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "ProgressModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "srdi",
            dependencies: [
                "ProgressModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ProgressModelTests",
            dependencies: ["ProgressModel"],
            resources: [.copy("Fixtures")]
        ),
        // Runs the built `srdi` binary: its commands, and the dashboard in tmux.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["srdi"]
        ),
    ]
)

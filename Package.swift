// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "srdi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "srdi", targets: ["srdi"]),
        .library(name: "ProgressModel", targets: ["ProgressModel"]),
        .library(name: "Dashboard", targets: ["Dashboard"]),
        .library(name: "Workbook", targets: ["Workbook"]),
        .library(name: "SampleData", targets: ["SampleData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Text measures (display width, numbers, sanitising) and the small tools every layer
        // uses: the bottom of the model, depending on nothing of it.
        .target(name: "Basics"),
        .target(
            name: "ProgressModel",
            dependencies: ["Basics", .product(name: "Yams", package: "Yams")]
        ),
        // Synthetic recognition lists for every target of the plans (`srdi sample`), kept out of
        // the model: nothing that counts may depend on it.
        .target(name: "SampleData", dependencies: ["ProgressModel"]),
        // The dashboard as a state machine and views drawing into screen buffers; no terminal code.
        .target(name: "Dashboard", dependencies: ["ProgressModel"]),
        // Reading inputs and writing outputs whole or not at all.
        .target(name: "FileStore"),
        // A sheet of an Excel workbook (.xlsx) as CSV text, so that the loaders read it as they read a CSV.
        .target(name: "Workbook", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // ncursesw's wide-character API, through a shim header.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The only code that talks to the terminal: paints screen buffers, reads keys.
        .target(name: "TerminalIO", dependencies: ["Dashboard", "CNcursesw"]),
        .executableTarget(
            name: "srdi",
            dependencies: [
                "ProgressModel",
                "SampleData",
                "Dashboard",
                "TerminalIO",
                "FileStore",
                "Workbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ProgressModelTests",
            dependencies: ["ProgressModel", "SampleData"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "ProgressModel"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "BasicsTests", dependencies: ["Basics"]),
        .testTarget(name: "FileStoreTests", dependencies: ["FileStore"]),
        .testTarget(name: "WorkbookTests", dependencies: ["Workbook"], exclude: ["Fixtures"]),
        // Runs the built `srdi` binary: its commands, and the dashboard in tmux.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["srdi", "ProgressModel", "FileStore"]
        ),
    ]
)

import Foundation
import Testing
@testable import Dashboard
import ProgressModel

/// The bundled data, states at chosen dates and sizes, and golden screens.
enum Support {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The bundled data, named by paths relative to the repository (as a user in it would name
    /// them), so that screens and exports are the same on every clone.
    static let tally: Tally = Tally(data: DataLoader.load(DataSources(directory: "data")) { path in
        [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
    })

    /// The date the goldens are drawn at: mid-2025, when plans are under way.
    static let asOf = Day(iso: "2025-06-30")!

    static func state(_ language: Language = .chinese, width: Int = 80, height: Int = 24, ascii: Bool = false) -> DashboardState {
        DashboardState(tally: tally, asOf: asOf, options: DisplayOptions(language: language, glyphs: ascii ? .ascii : .unicode),
                       width: width, height: height)
    }

    /// `state` after the keys, in order.
    static func press(_ state: DashboardState, _ keys: [Key]) -> DashboardState {
        keys.reduce(state) { Dashboard.update($0, .key($1)).0 }
    }

    static func press(_ state: DashboardState, _ text: String) -> DashboardState {
        press(state, text.map { Key.character($0) })
    }

    static func screen(_ state: DashboardState) -> String {
        DashboardView.render(state).lines().joined(separator: "\n") + "\n"
    }

    /// Compares the screen with `Golden/name.txt`; with SRDI_UPDATE_GOLDEN=1 in the environment,
    /// writes it instead (review the diff before committing).
    static func expectGolden(_ name: String, _ state: DashboardState, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectGolden(text: screen(state), name, sourceLocation: sourceLocation)
    }

    /// The same for any text; `name` may carry its own extension (default `.txt`).
    static func expectGolden(text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = golden.appendingPathComponent(name.contains(".") ? name : name + ".txt")
        if ProcessInfo.processInfo.environment["SRDI_UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "screen \(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}

import Foundation
import Testing
@testable import Dashboard
import ProgressModel

/// The bundled data, states at chosen dates and sizes, and golden screens.
enum Support {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let tally: Tally = Tally(data: DataLoader.load(DataSources(directory: root.appendingPathComponent("data").path)) { path in
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
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
        let text = screen(state)
        let file = golden.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["SRDI_UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "screen \(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}

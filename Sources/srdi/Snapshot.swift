import Dashboard
import Foundation
import ProgressModel

/// Writes what the dashboard shows to a new text file (the `e` key).
enum Snapshot {
    static func write(_ state: DashboardState, directory: String) throws -> String {
        let text = DashboardView.renderFull(state, width: max(100, state.width)).lines().joined(separator: "\n") + "\n"
        let stamp = FileIO.timestamp()
        let name = "srdi-\(state.asOf)-\(stamp).txt"
        let path = directory == "." ? name : directory + "/" + name
        try FileIO.writeAtomically(Array(text.utf8), to: path, overwrite: false)
        return path
    }
}

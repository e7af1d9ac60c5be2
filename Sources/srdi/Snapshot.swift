import Dashboard
import FileStore
import ProgressModel

/// Writes what the dashboard shows to a new text file (the `e` key): named for the region, the
/// as-of date and the time, never over another file.
enum Snapshot {
    static func write(_ state: DashboardState, directory: String) throws -> String {
        let width = max(ViewExport.minimumWidth, state.width)
        let text = ViewExport.text(state, width: width, writtenAt: FileIO.now())
        return try AtomicFile.writeNew(Array(text.utf8), directory: directory,
                                       stem: ViewExport.fileStem(state, stamp: FileIO.timestamp()), suffix: "txt")
    }
}

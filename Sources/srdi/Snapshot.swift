import Dashboard
import FileStore
import ProgressModel

/// Writes what the dashboard shows to a new text file (the `e` key): named for the region, the
/// as-of date and the time, never over another file, written as it is drawn.
enum Snapshot {
    static func write(_ state: DashboardState, directory: String) throws -> String {
        let width = max(ViewExport.minimumWidth, state.width)
        let writtenAt = FileIO.now()
        return try AtomicFile.writeNew(directory: directory, stem: ViewExport.fileStem(state, stamp: FileIO.timestamp()), suffix: "txt") { file in
            var output = file
            ViewExport.write(state, width: width, writtenAt: writtenAt, to: &output)
        }
    }
}

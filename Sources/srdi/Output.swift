import Foundation
import ProgressModel

/// Writing to standard output and standard error.
enum FileHandleOutput {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `text` to `path` (atomically) or to standard output when `path` is nil.
    static func deliver(_ text: String, to path: String?, overwrite: Bool) throws {
        guard let path else {
            standardOutput(text)
            return
        }
        try FileIO.writeAtomically(Array(text.utf8), to: path, overwrite: overwrite)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif
import FileStore
import ProgressModel

/// The program's file access: inputs (never modified) and outputs (whole or not at all) through
/// FileStore, the clock, and where the bundled data is.
enum FileIO {
    /// An input's bytes. A failure says only why, since the loader's message names the path.
    static func read(_ path: String) throws -> [UInt8] {
        do { return try ByteFile.read(path) } catch let failure as FileStoreError { throw Unreadable(description: failure.reason) }
    }

    /// Why an input could not be read.
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String, overwrite: Bool) throws {
        try AtomicFile.write(bytes, to: path, overwrite: overwrite)
    }

    /// The local time now as `YYYY-MM-DD HH:MM:SS`, for the written-at line of exports.
    static func now() -> String {
        let stamp = timestamp()
        let date = stamp.prefix(8), time = stamp.suffix(6)
        return "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2)) \(time.prefix(2)):\(time.dropFirst(2).prefix(2)):\(time.suffix(2))"
    }

    /// The local time now as `YYYYMMDD-HHMMSS`, for file names.
    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }

    /// Today in the local calendar.
    static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? Day(ordinal: Int32(clamping: now / 86_400))
    }

    /// The bundled data directory: `./data` when it holds the plans, else the `data` folder found
    /// walking up from the executable (so `swift run` and the built binary both find it).
    static func bundledDataDirectory() -> String {
        let manager = FileManager.default
        if manager.fileExists(atPath: "data/targets.yaml") { return "data" }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("data")
            if manager.fileExists(atPath: candidate.appendingPathComponent("targets.yaml").path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return "data"
    }
}

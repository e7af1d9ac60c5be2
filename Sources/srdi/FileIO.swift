import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ProgressModel

/// The program's only file access: reading inputs (never modified) and writing outputs whole or
/// not at all.
enum FileIO {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The bytes of a file, read straight into the array (no intermediate `Data`).
    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(description: String(cString: strerror(errno))) }
        if info.st_mode & S_IFMT == S_IFDIR { throw Failure(description: "a directory, not a file") }
        var failure: Int32 = 0
        func fill(_ capacity: Int) -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var filled = 0
                while filled < capacity {
                    let got = Glibc.read(descriptor, buffer.baseAddress! + filled, capacity - filled)
                    if got < 0 && errno == EINTR { continue }
                    if got < 0 { failure = errno; break }
                    if got == 0 { break }
                    filled += got
                }
                count = filled
            }
        }
        // One read of the size the file has now; more only if it grew meanwhile (or is a pipe).
        let expected = max(Int(info.st_size), 0) + 1
        var bytes = fill(expected)
        if bytes.count == expected {
            while failure == 0 {
                let more = fill(1 << 20)
                bytes += more
                if more.count < 1 << 20 { break }
            }
        }
        if failure != 0 { throw Failure(description: String(cString: strerror(failure))) }
        return bytes
    }

    /// Writes `bytes` to `path` through a temporary file in the same directory, flushed to disk,
    /// then moved into place: the file appears whole or not at all. An existing file is kept
    /// unless `overwrite`.
    static func writeAtomically(_ bytes: [UInt8], to path: String, overwrite: Bool) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "cannot write \(path): the directory \(folder) does not exist")
        }
        if !overwrite && FileManager.default.fileExists(atPath: path) {
            throw Failure(description: "\(path) already exists; use --force to replace it")
        }
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(failure)")
        }
        // link() refuses to replace an existing file, so two writers cannot clobber each other.
        let placed = overwrite ? rename(temporary, path) : link(temporary, path)
        let reason = String(cString: strerror(errno))
        let existed = errno == EEXIST
        if !overwrite { unlink(temporary) }
        if placed != 0 {
            if overwrite { unlink(temporary) }
            throw Failure(description: existed ? "\(path) already exists; use --force to replace it" : "cannot write \(path): \(reason)")
        }
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
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
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

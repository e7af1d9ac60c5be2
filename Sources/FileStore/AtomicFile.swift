#if canImport(Glibc)
import Glibc
#endif

/// Files written whole or not at all: the bytes go to a temporary file in the same directory,
/// are flushed to disk, and the file is then moved into place. Existing files are kept unless
/// replacing them is asked for.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// How bytes reach a file descriptor; tests pass one that fails, as a full disk would.
    public struct Writer: Sendable {
        public let write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int

        public init(write: @escaping @Sendable (Int32, UnsafeRawPointer, Int) -> Int) { self.write = write }

        public static let system = Writer { descriptor, bytes, count in Glibc.write(descriptor, bytes, count) }
    }

    /// Writes `bytes` to `path`. Without `overwrite`, an existing file is an error and is left
    /// as it was (`link` refuses to replace, so two writers cannot clobber each other).
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool, writer: Writer = .system) throws {
        let folder = directory(of: path)
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw Failure("cannot write \(path): \(folder) is not a directory that exists")
        }
        if !overwrite && access(path, F_OK) == 0 { throw Failure("\(path) already exists; use --force to replace it") }
        let temporary = try writeTemporary(bytes, next: path, writer: writer)
        let placed = overwrite ? rename(temporary, path) : link(temporary, path)
        let failure = errno
        if !overwrite || placed != 0 { unlink(temporary) }
        guard placed == 0 else {
            throw Failure(failure == EEXIST ? "\(path) already exists; use --force to replace it"
                          : "cannot write \(path): \(String(cString: strerror(failure)))")
        }
    }

    /// Writes `bytes` to a new file `directory/stem.suffix`, or `stem-2.suffix`, `stem-3.suffix` …
    /// when the name is taken (two exports in one second). Returns the path written.
    public static func writeNew(_ bytes: [UInt8], directory folder: String, stem: String, suffix: String,
                                writer: Writer = .system) throws -> String {
        func path(_ attempt: Int) -> String {
            let name = stem + (attempt > 1 ? "-\(attempt)" : "") + "." + suffix
            return folder == "." ? name : (folder.hasSuffix("/") ? folder : folder + "/") + name
        }
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw Failure("cannot write to \(folder): not a directory that exists")
        }
        let temporary = try writeTemporary(bytes, next: path(1), writer: writer)
        defer { unlink(temporary) }
        for attempt in 1...1000 {
            if link(temporary, path(attempt)) == 0 { return path(attempt) }
            if errno != EEXIST { throw Failure("cannot write \(path(attempt)): \(String(cString: strerror(errno)))") }
        }
        throw Failure("cannot write \(path(1)): too many files of that name")
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The bytes in a new temporary file beside `target`, flushed; its path.
    private static func writeTemporary(_ bytes: [UInt8], next target: String, writer: Writer) throws -> String {
        let folder = directory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = (folder == "." ? "" : folder + "/") + ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure("cannot write \(target): \(String(cString: strerror(errno)))") }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = writer.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw Failure("cannot write \(target): \(String(cString: strerror(failure)))")
        }
        return temporary
    }
}

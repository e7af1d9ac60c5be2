#if canImport(Glibc)
import Glibc
#endif

/// Files written whole or not at all: the text goes to a temporary file in the same directory
/// as it is produced, is flushed to disk, and the file is then moved into place and the
/// directory flushed too. An existing file is kept unless replacing it is asked for, and only a
/// regular file (or a symbolic link, which is replaced itself) is ever replaced: never a device
/// such as /dev/null, a named pipe, a socket or a directory.
public enum AtomicFile {
    /// Writes what `body` produces to `path`. Without `overwrite`, an existing file is an error
    /// and is left as it was (`link` refuses to replace, so two writers cannot clobber each
    /// other). If `body` throws, nothing is written and its error is passed on.
    public static func write(to path: String, overwrite: Bool, operations: FileOperations = .system,
                             _ body: (BufferedOutput) throws -> Void) throws {
        let folder = directory(of: path)
        guard isDirectory(folder) else { throw FileStoreError.writing(path, "\(folder) is not a directory that exists") }
        try checkTarget(path, overwrite: overwrite)
        let temporary = try writeTemporary(next: path, operations: operations, body)
        let placed = overwrite ? operations.rename(temporary, path) : operations.link(temporary, path)
        let failure = errno
        if !overwrite || placed != 0 { unlink(temporary) }
        guard placed == 0 else {
            throw failure == EEXIST ? alreadyExists(path) : FileStoreError.writing(path, FileStoreError.systemReason(failure))
        }
        try syncDirectory(folder, placed: path, operations: operations)
    }

    /// Writes `bytes` to `path`, as `write(to:overwrite:operations:_:)` does.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool, operations: FileOperations = .system) throws {
        try write(to: path, overwrite: overwrite, operations: operations) { $0.write(bytes: bytes) }
    }

    /// Writes what `body` produces to a new file `directory/stem.suffix`, or `stem-2.suffix`,
    /// `stem-3.suffix` … when the name is taken (two exports in one second). Returns the path
    /// written.
    public static func writeNew(directory folder: String, stem: String, suffix: String, operations: FileOperations = .system,
                                _ body: (BufferedOutput) throws -> Void) throws -> String {
        func path(_ attempt: Int) -> String {
            let name = stem + (attempt > 1 ? "-\(attempt)" : "") + "." + suffix
            return folder == "." ? name : (folder.hasSuffix("/") ? folder : folder + "/") + name
        }
        guard isDirectory(folder) else { throw FileStoreError("cannot write to \(folder): not a directory that exists") }
        let temporary = try writeTemporary(next: path(1), operations: operations, body)
        defer { unlink(temporary) }
        for attempt in 1...1000 {
            if operations.link(temporary, path(attempt)) == 0 {
                try syncDirectory(folder, placed: path(attempt), operations: operations)
                return path(attempt)
            }
            if errno != EEXIST { throw FileStoreError.writing(path(attempt), FileStoreError.systemReason(errno)) }
        }
        throw FileStoreError.writing(path(1), "too many files of that name")
    }

    private static func alreadyExists(_ path: String) -> FileStoreError {
        FileStoreError("\(path) already exists; use --force to replace it")
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// What is at `path` now may be replaced: nothing, or with `overwrite` a regular file or a
    /// symbolic link (not followed: the link itself is replaced, what it points to is untouched).
    private static func checkTarget(_ path: String, overwrite: Bool) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw FileStoreError.writing(path, FileStoreError.systemReason(errno))
        }
        guard overwrite else { throw alreadyExists(path) }
        guard FileKind.isRegular(info.st_mode) || FileKind.isSymbolicLink(info.st_mode) else {
            throw FileStoreError.writing(path, FileKind.name(info.st_mode) + "; only a regular file is replaced")
        }
    }

    /// A new temporary file beside `target` holding what `body` wrote, flushed to disk; its path.
    private static func writeTemporary(next target: String, operations: FileOperations,
                                       _ body: (BufferedOutput) throws -> Void) throws -> String {
        let folder = directory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = (folder == "." ? "" : folder + "/") + ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileStoreError.writing(target, FileStoreError.systemReason(errno)) }
        let output = BufferedOutput(descriptor: descriptor, operations: operations)
        do {
            try body(output)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        output.flush()
        var failure = output.failure
        if failure == 0 && operations.sync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw FileStoreError.writing(target, FileStoreError.systemReason(failure))
        }
        return temporary
    }

    /// Flushes the directory entry of a file just placed, so that the file survives a crash.
    private static func syncDirectory(_ folder: String, placed path: String, operations: FileOperations) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        var failure = descriptor < 0 ? errno : 0
        if descriptor >= 0 {
            if operations.sync(descriptor) != 0 { failure = errno }
            close(descriptor)
        }
        if failure != 0 {
            throw FileStoreError("\(path) was written, but its directory could not be flushed to disk: \(FileStoreError.systemReason(failure))")
        }
    }
}

import FileStore
import Foundation
import Testing

/// With --force, only a regular file is replaced, and a symbolic link is replaced as a link:
/// devices, named pipes, sockets and directories are refused, and nothing a link points to is
/// ever written.
@Suite("What an output may replace")
struct ReplacingTests {
    /// The system calls, with renames and links allowed only inside `folder`: were a refusal
    /// ever to regress, a test would fail here instead of replacing /dev/null.
    func confined(to folder: String) -> FileOperations {
        var operations = FileOperations.system
        operations.rename = { from, to in
            guard to.hasPrefix(folder + "/") else { errno = EPERM; return -1 }
            return rename(from, to)
        }
        operations.link = { from, to in
            guard to.hasPrefix(folder + "/") else { errno = EPERM; return -1 }
            return link(from, to)
        }
        return operations
    }

    @Test("a named pipe is refused, without waiting for a reader, and stays a pipe")
    func fifo() throws {
        let folder = try TestFolder.make()
        let path = folder + "/pipe"
        #expect(mkfifo(path, 0o644) == 0)
        #expect(throws: FileStoreError("cannot write \(path): a named pipe (FIFO); only a regular file is replaced")) {
            try AtomicFile.write(Array("x".utf8), to: path, overwrite: true, operations: confined(to: folder))
        }
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try TestFolder.contents(folder) == ["pipe"])
    }

    @Test("/dev/null is refused and stays the null device")
    func devNull() throws {
        let folder = try TestFolder.make()
        #expect(throws: FileStoreError("cannot write /dev/null: a character device; only a regular file is replaced")) {
            try AtomicFile.write(Array("x".utf8), to: "/dev/null", overwrite: true, operations: confined(to: folder))
        }
        #expect(throws: FileStoreError("/dev/null already exists; use --force to replace it")) {
            try AtomicFile.write(Array("x".utf8), to: "/dev/null", overwrite: false, operations: confined(to: folder))
        }
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a directory and a socket are refused")
    func directoryAndSocket() throws {
        let folder = try TestFolder.make()
        try FileManager.default.createDirectory(atPath: folder + "/dir", withIntermediateDirectories: false)
        #expect(throws: FileStoreError("cannot write \(folder)/dir: a directory; only a regular file is replaced")) {
            try AtomicFile.write(Array("x".utf8), to: folder + "/dir", overwrite: true, operations: confined(to: folder))
        }
        try TestFolder.bindSocket(at: folder + "/socket")
        #expect(throws: FileStoreError("cannot write \(folder)/socket: a socket; only a regular file is replaced")) {
            try AtomicFile.write(Array("x".utf8), to: folder + "/socket", overwrite: true, operations: confined(to: folder))
        }
        #expect(try TestFolder.contents(folder) == ["dir", "socket"])
    }

    @Test("a link to a file elsewhere is replaced by the new file; the file it pointed to is untouched")
    func linkToFile() throws {
        let folder = try TestFolder.make(), elsewhere = try TestFolder.make()
        try "outside".write(toFile: elsewhere + "/target.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/out.txt", withDestinationPath: elsewhere + "/target.txt")
        #expect(throws: FileStoreError("\(folder)/out.txt already exists; use --force to replace it")) {
            try AtomicFile.write(Array("new".utf8), to: folder + "/out.txt", overwrite: false)
        }
        try AtomicFile.write(Array("new".utf8), to: folder + "/out.txt", overwrite: true, operations: confined(to: folder))
        var info = stat()
        #expect(lstat(folder + "/out.txt", &info) == 0 && info.st_mode & S_IFMT == S_IFREG, "the link itself was replaced")
        #expect(try TestFolder.text(folder + "/out.txt") == "new")
        #expect(try TestFolder.text(elsewhere + "/target.txt") == "outside")
        #expect(try TestFolder.contents(folder) == ["out.txt"])
    }

    @Test("a dangling link is kept without --force, replaced with it, and its target never created")
    func danglingLink() throws {
        let folder = try TestFolder.make(), elsewhere = try TestFolder.make()
        try FileManager.default.createSymbolicLink(atPath: folder + "/out.txt", withDestinationPath: elsewhere + "/missing.txt")
        #expect(throws: FileStoreError("\(folder)/out.txt already exists; use --force to replace it")) {
            try AtomicFile.write(Array("new".utf8), to: folder + "/out.txt", overwrite: false)
        }
        try AtomicFile.write(Array("new".utf8), to: folder + "/out.txt", overwrite: true, operations: confined(to: folder))
        #expect(try TestFolder.text(folder + "/out.txt") == "new")
        #expect(try TestFolder.contents(elsewhere).isEmpty)
    }
}

import FileStore
import Foundation
import Testing

/// Failures of the disk and of the system calls, injected (as root, permissions cannot make
/// them happen): no partial file ever appears, an old file stays as it was, and the error is one
/// line naming the file and the system's reason.
@Suite("Injected write failures")
struct InjectedFailureTests {
    /// The system calls, with writes failing after 3 bytes as a full disk does.
    static let fullDisk: FileOperations = {
        var operations = FileOperations.system
        operations.write = { descriptor, bytes, count in
            if lseek(descriptor, 0, SEEK_CUR) >= 3 { errno = ENOSPC; return -1 }
            return write(descriptor, bytes, min(count, 3))
        }
        return operations
    }()

    func folderWithOldFile() throws -> (folder: String, path: String) {
        let folder = try TestFolder.make()
        try AtomicFile.write(Array("kept".utf8), to: folder + "/out.txt", overwrite: false)
        return (folder, folder + "/out.txt")
    }

    @Test("a full disk leaves no partial file and the old file intact")
    func diskFull() throws {
        let (folder, path) = try folderWithOldFile()
        let longer = Array("a longer text".utf8)
        #expect(throws: FileStoreError("cannot write \(path): No space left on device")) {
            try AtomicFile.write(longer, to: path, overwrite: true, operations: InjectedFailureTests.fullDisk)
        }
        #expect(throws: FileStoreError("cannot write \(folder)/new.txt: No space left on device")) {
            try AtomicFile.write(longer, to: folder + "/new.txt", overwrite: false, operations: InjectedFailureTests.fullDisk)
        }
        #expect(throws: FileStoreError.self) {
            _ = try AtomicFile.writeNew(directory: folder, stem: "snap", suffix: "txt", operations: InjectedFailureTests.fullDisk) {
                $0.write("a longer text")
            }
        }
        #expect(try TestFolder.text(path) == "kept")
        #expect(try TestFolder.contents(folder) == ["out.txt"])
    }

    @Test("a file that cannot be flushed to disk is not put in place")
    func syncFails() throws {
        let (folder, path) = try folderWithOldFile()
        var operations = FileOperations.system
        operations.sync = { _ in errno = EIO; return -1 }
        #expect(throws: FileStoreError("cannot write \(path): Input/output error")) {
            try AtomicFile.write(Array("new".utf8), to: path, overwrite: true, operations: operations)
        }
        #expect(try TestFolder.text(path) == "kept")
        #expect(try TestFolder.contents(folder) == ["out.txt"])
    }

    @Test("a failed rename or link removes the temporary file and keeps the old one")
    func placingFails() throws {
        let (folder, path) = try folderWithOldFile()
        var operations = FileOperations.system
        operations.rename = { _, _ in errno = EXDEV; return -1 }
        operations.link = { _, _ in errno = EPERM; return -1 }
        #expect(throws: FileStoreError("cannot write \(path): Invalid cross-device link")) {
            try AtomicFile.write(Array("new".utf8), to: path, overwrite: true, operations: operations)
        }
        #expect(throws: FileStoreError("cannot write \(folder)/other.txt: Operation not permitted")) {
            try AtomicFile.write(Array("new".utf8), to: folder + "/other.txt", overwrite: false, operations: operations)
        }
        #expect(throws: FileStoreError("cannot write \(folder)/snap.txt: Operation not permitted")) {
            _ = try AtomicFile.writeNew(directory: folder, stem: "snap", suffix: "txt", operations: operations) { $0.write("new") }
        }
        #expect(try TestFolder.text(path) == "kept")
        #expect(try TestFolder.contents(folder) == ["out.txt"])
    }

    @Test("the directory is flushed after the file is placed; when that fails, the error says so")
    func directorySyncFails() throws {
        let folder = try TestFolder.make()
        let synced = Counter()
        var operations = FileOperations.system
        operations.sync = { descriptor in
            var info = stat()
            fstat(descriptor, &info)
            guard info.st_mode & S_IFMT == S_IFDIR else { return fsync(descriptor) }
            synced.add()
            errno = EIO
            return -1
        }
        #expect(throws: FileStoreError("\(folder)/out.txt was written, but its directory could not be flushed to disk: Input/output error")) {
            try AtomicFile.write(Array("new".utf8), to: folder + "/out.txt", overwrite: false, operations: operations)
        }
        #expect(synced.value == 1)
        #expect(try TestFolder.text(folder + "/out.txt") == "new", "the file itself is whole")
    }

    @Test("standard output that cannot be written gives the system's reason")
    func standardOutputFails() throws {
        var operations = FileOperations.system
        operations.write = { _, _, _ in errno = EPIPE; return -1 }
        #expect(throws: FileStoreError("cannot write standard output: Broken pipe")) {
            try BufferedOutput.toStandardOutput(operations: operations) { $0.write("text") }
        }
    }
}

/// Counts calls made from a system-call closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}

import FileStore
import Foundation
import Testing

/// Inputs are read exactly, never changed, and only when they are regular files within the
/// size limit; anything else fails at once with `cannot read PATH: REASON`.
@Suite("Reading inputs")
struct ByteFileTests {
    @Test("reading gives the bytes exactly, and never changes the file")
    func reading() throws {
        let folder = try TestFolder.make()
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/in.bin"))
        let before = try FileManager.default.attributesOfItem(atPath: folder + "/in.bin")[.modificationDate] as? Date
        #expect(try ByteFile.read(folder + "/in.bin") == bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: folder + "/in.bin")[.modificationDate] as? Date == before)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.bin", withDestinationPath: folder + "/in.bin")
        #expect(try ByteFile.read(folder + "/link.bin") == bytes, "a link to a regular file is read")
        try Data().write(to: URL(fileURLWithPath: folder + "/empty"))
        #expect(try ByteFile.read(folder + "/empty").isEmpty)
    }

    @Test("a large file, read in stretches at once, gives the bytes exactly, its last odd bytes too")
    func large() throws {
        let folder = try TestFolder.make()
        // Just over the size read in parallel, and not a multiple of the stretches.
        let bytes = (0..<(16 << 20) + 4099).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/big.bin"))
        #expect(try ByteFile.read(folder + "/big.bin") == bytes)
        #expect(throws: FileStoreError("cannot read \(folder)/big.bin: larger than the limit of 16 MiB for an input file")) {
            _ = try ByteFile.read(folder + "/big.bin", limit: 16 << 20)
        }
    }

    @Test("a file up to the limit is read; one byte more is refused, naming the limit")
    func limit() throws {
        let folder = try TestFolder.make()
        try Data(repeating: 65, count: 1024).write(to: URL(fileURLWithPath: folder + "/exact"))
        try Data(repeating: 65, count: 1025).write(to: URL(fileURLWithPath: folder + "/over"))
        #expect(try ByteFile.read(folder + "/exact", limit: 1024).count == 1024)
        #expect(throws: FileStoreError("cannot read \(folder)/over: larger than the limit of 1 KiB for an input file")) {
            _ = try ByteFile.read(folder + "/over", limit: 1024)
        }
        #expect(throws: FileStoreError("cannot read \(folder)/over: larger than the limit of 1000 bytes for an input file")) {
            _ = try ByteFile.read(folder + "/over", limit: 1000)
        }
        #expect(ByteFile.defaultLimit == 4 << 30)
    }

    @Test("devices, named pipes, directories and sockets are refused at once, with what they are")
    func notRegular() throws {
        let folder = try TestFolder.make()
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        try TestFolder.bindSocket(at: folder + "/socket")
        try FileManager.default.createSymbolicLink(atPath: folder + "/zeros", withDestinationPath: "/dev/zero")
        let refusals = [
            ("/dev/zero", "a character device"), (folder + "/zeros", "a character device"),
            (folder + "/pipe", "a named pipe (FIFO)"), (folder, "a directory"), (folder + "/socket", "a socket"),
        ]
        for (path, kind) in refusals {
            #expect(throws: FileStoreError("cannot read \(path): \(kind), not a regular file")) { _ = try ByteFile.read(path) }
        }
    }

    @Test("a missing file: the system's reason")
    func missing() throws {
        let folder = try TestFolder.make()
        #expect(throws: FileStoreError("cannot read \(folder)/none.csv: No such file or directory")) {
            _ = try ByteFile.read(folder + "/none.csv")
        }
    }
}

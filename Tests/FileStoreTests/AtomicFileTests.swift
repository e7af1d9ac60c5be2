import FileStore
import Foundation
import Testing

/// Written files appear whole or not at all, and nothing is ever written over.
@Suite("Atomic files")
struct AtomicFileTests {
    func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("srdi-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func contents(_ folder: String) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    @Test("a new file is written; an existing one is kept unless overwriting is asked for")
    func noClobber() throws {
        let folder = try folder()
        let path = folder + "/out.txt"
        try AtomicFile.write(Array("first".utf8), to: path, overwrite: false)
        #expect(throws: AtomicFile.Failure("\(path) already exists; use --force to replace it")) {
            try AtomicFile.write(Array("second".utf8), to: path, overwrite: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        try AtomicFile.write(Array("third".utf8), to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "third")
        #expect(try contents(folder) == ["out.txt"], "no temporary file left")
    }

    @Test("a full disk (an injected write error) leaves no partial file and the old file intact")
    func diskFull() throws {
        let folder = try folder()
        let path = folder + "/out.txt"
        try AtomicFile.write(Array("kept".utf8), to: path, overwrite: false)
        // Writes 3 bytes, then fails as a full disk does.
        let full = AtomicFile.Writer { descriptor, bytes, count in
            if lseek(descriptor, 0, SEEK_CUR) >= 3 { errno = ENOSPC; return -1 }
            return write(descriptor, bytes, min(count, 3))
        }
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write(Array("a longer text".utf8), to: path, overwrite: true, writer: full)
        }
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write(Array("a longer text".utf8), to: folder + "/new.txt", overwrite: false, writer: full)
        }
        #expect(throws: AtomicFile.Failure.self) {
            _ = try AtomicFile.writeNew(Array("a longer text".utf8), directory: folder, stem: "snap", suffix: "txt", writer: full)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept")
        #expect(try contents(folder) == ["out.txt"])
    }

    @Test("a missing directory, or a file where the directory should be: a clear error, nothing written")
    func badDirectory() throws {
        let folder = try folder()
        try "x".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        for path in [folder + "/missing/out.txt", folder + "/file/out.txt"] {
            #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write([1], to: path, overwrite: false) }
        }
        #expect(throws: AtomicFile.Failure.self) { _ = try AtomicFile.writeNew([1], directory: folder + "/file", stem: "s", suffix: "txt") }
        #expect(try contents(folder) == ["file"])
    }

    @Test("new files never collide: a second one in the same second gets -2, then -3")
    func uniqueNames() throws {
        let folder = try folder()
        let first = try AtomicFile.writeNew(Array("1".utf8), directory: folder, stem: "srdi-湛江市-2025-06-30-20261121-153012", suffix: "txt")
        let second = try AtomicFile.writeNew(Array("2".utf8), directory: folder, stem: "srdi-湛江市-2025-06-30-20261121-153012", suffix: "txt")
        let third = try AtomicFile.writeNew(Array("3".utf8), directory: folder, stem: "srdi-湛江市-2025-06-30-20261121-153012", suffix: "txt")
        #expect(first.hasSuffix("/srdi-湛江市-2025-06-30-20261121-153012.txt"))
        #expect(second.hasSuffix("-153012-2.txt") && third.hasSuffix("-153012-3.txt"))
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "2")
        #expect(try contents(folder).count == 3)
    }

    @Test("reading gives the bytes exactly, and never changes the file")
    func reading() throws {
        let folder = try folder()
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/in.bin"))
        let before = try FileManager.default.attributesOfItem(atPath: folder + "/in.bin")[.modificationDate] as? Date
        #expect(try ByteFile.read(folder + "/in.bin") == bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: folder + "/in.bin")[.modificationDate] as? Date == before)
        #expect(throws: AtomicFile.Failure.self) { _ = try ByteFile.read(folder) }
        #expect(throws: AtomicFile.Failure.self) { _ = try ByteFile.read(folder + "/none") }
    }
}

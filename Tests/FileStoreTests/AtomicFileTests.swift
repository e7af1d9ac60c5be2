import FileStore
import Foundation
import Testing

/// Written files appear whole or not at all, and nothing is ever written over.
@Suite("Atomic files")
struct AtomicFileTests {
    @Test("a new file is written; an existing one is kept unless overwriting is asked for")
    func noClobber() throws {
        let folder = try TestFolder.make()
        let path = folder + "/out.txt"
        try AtomicFile.write(Array("first".utf8), to: path, overwrite: false)
        #expect(throws: FileStoreError("\(path) already exists; use --force to replace it")) {
            try AtomicFile.write(Array("second".utf8), to: path, overwrite: false)
        }
        #expect(try TestFolder.text(path) == "first")
        try AtomicFile.write(Array("third".utf8), to: path, overwrite: true)
        #expect(try TestFolder.text(path) == "third")
        #expect(try TestFolder.contents(folder) == ["out.txt"], "no temporary file left")
    }

    @Test("text streamed in many pieces, past several chunks, arrives whole and in order")
    func streamed() throws {
        let folder = try TestFolder.make()
        let path = folder + "/rows.txt"
        let lines = (0..<60_000).map { "第 \($0) 行 row \($0)\n" }
        try AtomicFile.write(to: path, overwrite: false) { output in
            for line in lines { output.write(line) }
        }
        #expect(try TestFolder.text(path) == lines.joined())
        #expect(try TestFolder.contents(folder) == ["rows.txt"])
    }

    @Test("an error thrown while producing the text leaves no file and is passed on")
    func producerFails() throws {
        struct Stop: Error {}
        let folder = try TestFolder.make()
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: folder + "/out.txt", overwrite: false) { output in
                output.write("half")
                throw Stop()
            }
        }
        #expect(throws: Stop.self) {
            _ = try AtomicFile.writeNew(directory: folder, stem: "snap", suffix: "txt") { _ in throw Stop() }
        }
        #expect(try TestFolder.contents(folder).isEmpty)
    }

    @Test("a missing directory, or a file where the directory should be: a clear error, nothing written")
    func badDirectory() throws {
        let folder = try TestFolder.make()
        try "x".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        #expect(throws: FileStoreError("cannot write \(folder)/missing/out.txt: \(folder)/missing is not a directory that exists")) {
            try AtomicFile.write([1], to: folder + "/missing/out.txt", overwrite: false)
        }
        #expect(throws: FileStoreError.self) { try AtomicFile.write([1], to: folder + "/file/out.txt", overwrite: false) }
        #expect(throws: FileStoreError("cannot write to \(folder)/file: not a directory that exists")) {
            _ = try AtomicFile.writeNew(directory: folder + "/file", stem: "s", suffix: "txt") { $0.write("x") }
        }
        #expect(try TestFolder.contents(folder) == ["file"])
    }

    @Test("new files never collide: a second one in the same second gets -2, then -3")
    func uniqueNames() throws {
        let folder = try TestFolder.make()
        let stem = "srdi-湛江市-2025-06-30-20261121-153012"
        let paths = try ["1", "2", "3"].map { text in
            try AtomicFile.writeNew(directory: folder, stem: stem, suffix: "txt") { $0.write(text) }
        }
        #expect(paths[0].hasSuffix("/srdi-湛江市-2025-06-30-20261121-153012.txt"))
        #expect(paths[1].hasSuffix("-153012-2.txt") && paths[2].hasSuffix("-153012-3.txt"))
        #expect(try TestFolder.text(paths[1]) == "2")
        #expect(try TestFolder.contents(folder).count == 3)
    }
}

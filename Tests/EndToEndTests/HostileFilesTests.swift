import Foundation
import Testing

/// Inputs and outputs that are not regular files: a clear one-line error naming the file, at
/// once, and nothing at those paths changed.
@Suite("Hostile files")
struct HostileFilesTests {
    @Test("an output that is a named pipe is refused even with --force, and stays a pipe")
    func pipeOutput() throws {
        let folder = try Binary.temporaryDirectory()
        let path = folder + "/pipe"
        #expect(mkfifo(path, 0o644) == 0)
        let result = try Binary.run(["export", "--output", path, "--force"])
        #expect(result.status != 0)
        #expect(result.error.contains("cannot write \(path): a named pipe (FIFO); only a regular file is replaced"))
        #expect(!result.error.contains("Usage"), "an I/O failure, not a usage error")
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("--force on a symbolic link replaces the link; the file it pointed to is untouched")
    func linkOutput() throws {
        let folder = try Binary.temporaryDirectory(), elsewhere = try Binary.temporaryDirectory()
        try "outside".write(toFile: elsewhere + "/kept.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/view.txt", withDestinationPath: elsewhere + "/kept.txt")
        #expect(try Binary.run(["export", "--output", folder + "/view.txt"]).error.contains("already exists"))
        #expect(try Binary.run(["export", "--output", folder + "/view.txt", "--force"]).status == 0)
        #expect(try String(contentsOfFile: folder + "/view.txt", encoding: .utf8).hasPrefix("SRDI progress · view export"))
        var info = stat()
        #expect(lstat(folder + "/view.txt", &info) == 0 && info.st_mode & S_IFMT == S_IFREG, "the link itself was replaced")
        #expect(try String(contentsOfFile: elsewhere + "/kept.txt", encoding: .utf8) == "outside")
    }

    @Test("an input that is a named pipe or a directory is refused at once, named with what it is")
    func pipeInput() throws {
        let folder = try Binary.temporaryDirectory()
        #expect(mkfifo(folder + "/list.csv", 0o644) == 0)
        let pipe = try Binary.run(["check", "--recognitions", folder + "/list.csv", "--lang", "en"])
        #expect(pipe.status != 0 && (pipe.output + pipe.error).contains("cannot read \(folder)/list.csv: a named pipe (FIFO), not a regular file"))
        let directory = try Binary.run(["check", "--recognitions", folder, "--lang", "en"])
        #expect(directory.status != 0 && (directory.output + directory.error).contains("cannot read \(folder): a directory, not a regular file"))
    }

    @Test("standard output gets the same export as a file, the written-at line aside")
    func standardOutput() throws {
        let folder = try Binary.temporaryDirectory()
        let arguments = ["export", "--view", "firms", "--as-of", "2025-06-30", "--lang", "zh"]
        let printed = try Binary.run(arguments)
        #expect(try Binary.run(arguments + ["--output", folder + "/firms.txt"]).status == 0)
        let written = try String(contentsOfFile: folder + "/firms.txt", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let lines = printed.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(printed.status == 0 && lines.count == written.count && lines.count > 5000)
        #expect(zip(lines, written).enumerated().allSatisfy { $0.offset == 7 || $0.element.0 == $0.element.1 })
    }
}

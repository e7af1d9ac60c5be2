import Foundation
import Testing

/// What the exit status tells a cron job: 0 clean, 1 errors in the data, 64 a mistyped command
/// line, 74 a file that could not be read or written; never a crash.
@Suite("Exit status")
struct ExitStatusTests {
    /// A copy of the bundled data with one line of `file` replaced.
    func data(_ file: String, replacing old: String, with new: String) throws -> String {
        let folder = try Binary.temporaryDirectory() + "/data"
        try FileManager.default.copyItem(atPath: Binary.root.appendingPathComponent("data").path, toPath: folder)
        let path = folder + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: old), "\(old) is in \(file)")
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a plan file that does not parse stops report, export and the piped dashboard with status 1, naming file:line",
          arguments: [["report"], ["export"], ["report", "--format", "json"], []])
    func brokenPlanFile(_ command: [String]) throws {
        let folder = try data("targets.yaml", replacing: "\nplans:", with: "\nplans: [")
        let result = try Binary.run(command + ["--data", folder, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty, "no empty report on standard output")
        #expect(result.error.contains("\(folder)/targets.yaml:57: error: invalid YAML"))
        #expect(result.error.contains("nothing was counted"))
    }

    @Test("an out-of-range value in the plan data stops every command with status 1 and the range",
          arguments: [["report", "--lang", "en"], ["check", "--lang", "en"], ["export", "--view", "firms", "--lang", "en"],
                      ["sample", "--output", "never.csv"]])
    func outOfRange(_ command: [String]) throws {
        let folder = try data("designations.yaml", replacing: "valid_years: 3", with: "valid_years: 8000")
        let result = try Binary.run(command + ["--data", folder], in: folder)
        #expect(result.status == 1, "\(result.error)")
        #expect(result.error.contains("designations.yaml:24: error: column \"valid_years\": value \"8000\": invalid valid_years; expected a whole number from 1 to 50"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/never.csv"))
    }

    @Test("an input that cannot be read: one line naming it and the system's reason, status 74, no usage text",
          arguments: [["report"], ["check"], ["export"]])
    func unreadableInput(_ command: [String]) throws {
        let result = try Binary.run(command + ["--recognitions", "/nonexistent/list.csv"])
        #expect(result.status == 74)
        #expect(result.error.contains("cannot read /nonexistent/list.csv: No such file or directory"))
        #expect(!result.error.contains("USAGE") && !result.error.contains("Usage"))
    }

    @Test("an --as-of outside 1900–2100 is a usage error naming the range", arguments: ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"])
    func asOfRange(_ day: String) throws {
        let result = try Binary.run(["export", "--view", "firms", "--as-of", day])
        #expect(result.status == 64)
        #expect(result.error.contains("--as-of must be a date from 1900-01-01…2100-12-31, written YYYY-MM-DD, not \"\(day)\""))
    }

    @Test("the edges of the date range count", arguments: ["1900-01-01", "2100-12-31"])
    func asOfEdges(_ day: String) throws {
        let result = try Binary.run(["export", "--view", "firms", "--as-of", day, "--format", "csv"])
        #expect(result.status == 0, "\(result.error)")
    }

    @Test("numeric options out of range are usage errors", arguments: [
        ["export", "--width", "100000"], ["export", "--width", "3"], ["sample", "--rows", "0", "--output", "x.csv"],
        ["sample", "--rows", "99999999999", "--output", "x.csv"], ["sample", "--until", "9999-01-01", "--output", "x.csv"],
    ])
    func optionRanges(_ arguments: [String]) throws {
        let folder = try Binary.temporaryDirectory()
        let result = try Binary.run(arguments, in: folder)
        #expect(result.status == 64)
        #expect(result.error.contains(arguments[arguments.count - (arguments[0] == "sample" ? 3 : 1)]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}

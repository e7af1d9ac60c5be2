import Foundation
import Testing

/// The real dashboard in a real terminal (tmux): drilling down, resizing, quitting, and the
/// terminal given back on every way out.
@Suite("Dashboard in tmux", .serialized, .enabled(if: Tmux.isAvailable))
struct DashboardTmuxTests {
    let arguments = ["--as-of", "2025-06-30", "--lang", "zh"]

    @Test("湛江市 → a county → its firms, resized to 80×24 and 60×15, then q: lines fit, terminal restored")
    func drillResizeQuit() throws {
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8"])
        var screen = try tmux.wait(for: "全部计划")
        #expect(screen[0].contains("专精特新培育进度"), "\(screen)")
        try tmux.keys("Enter")
        screen = try tmux.wait { $0[0].contains("湛江市") }
        #expect(screen.contains { $0.contains("优质中小企业(累计)") })
        try tmux.keys("Tab", "Down", "Down", "Down", "Down", "Down", "Enter")
        screen = try tmux.wait { $0[0].contains("遂溪县") }
        #expect(screen[0].contains("全国 › 广东省 › 湛江市 › 遂溪县"))
        try tmux.keys("Enter")
        screen = try tmux.wait { $0[0].contains("企业名单") }
        #expect(screen.contains { $0.contains("有限公司") })
        #expect(tmux.overflowing(screen).isEmpty)
        for (width, height) in [(80, 24), (60, 15)] {
            try tmux.resize(width: width, height: height)
            screen = try tmux.wait { lines in lines.first?.contains("企业名单") == true && tmux.overflowing(lines).isEmpty }
            #expect(tmux.overflowing(screen).isEmpty, "\(width)×\(height): \(tmux.overflowing(screen))")
            #expect(screen[0].contains("企业名单"))
        }
        #expect(try tmux.display("#{alternate_on}") == "1")
        try tmux.keys("q")
        screen = try tmux.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=0"))
        #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
    }

    @Test("海陵区 → its 2024 provincial quota → the firms it counts → a firm's record; then the changes since a month before")
    func openANumber() throws {
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8"])
        _ = try tmux.wait(for: "全部计划")
        try tmux.keys("Down", "Enter")
        var screen = try tmux.wait { $0[0].contains("海陵区") }
        // The seventh target, 省级专精特新中小企业(2024年新培育) (5 of the plan's 7), then its firms.
        try tmux.keys("7", "Enter", "Enter")
        screen = try tmux.wait(for: "计入企业")
        #expect(screen[0].contains("2024"), "\(screen[0])")
        #expect(screen.contains { $0.contains("计入 5 家") })
        #expect(screen.filter { $0.contains("有限公司") }.count == 5)
        try tmux.keys("Enter")
        screen = try tmux.wait(for: "计入的目标")
        #expect(screen.contains { $0.contains("recognitions.csv:") }, "events with their file and line")
        try tmux.keys("Escape", "Escape", "c")
        screen = try tmux.wait { $0[0].contains("变化") }
        // Its deadline, 2024-12-31, has passed: both dates are counted on it, and nothing moved.
        #expect(screen[1].contains("2024-12-31 → 2024-12-31:5 + 进 0 − 出 0 = 5"), "\(screen[1])")
        #expect(screen.contains { $0.contains("期限已过") })
        #expect(tmux.overflowing(screen).isEmpty)
        try tmux.keys("q")
    }

    @Test("重庆市 at 2024-06-30 lists 江北区 and 渝北区; at 2025-12-31, 两江新区")
    func datedTree() throws {
        for (date, shown, hidden) in [("2024-06-30", ["江北区", "渝北区"], "两江新区"), ("2025-12-31", ["两江新区"], "渝北区")] {
            let tmux = try Tmux(["--as-of", date, "--lang", "zh"], width: 100, height: 60, environment: ["LANG": "C.UTF-8"])
            _ = try tmux.wait(for: "全部计划")
            try tmux.keys("Down", "Down", "Enter")
            let screen = try tmux.wait { $0[0].contains("重庆市") && $0.contains { $0.contains("万州区") } }
            for name in shown { #expect(screen.contains { $0.contains(name) }, "\(name) at \(date)") }
            #expect(!screen.contains { $0.contains(hidden) }, "\(hidden) at \(date)")
            try tmux.keys("q")
        }
    }

    @Test("LANG=C and NO_COLOR: Chinese still shows, no colour, status labels remain")
    func plainTerminal() throws {
        let tmux = try Tmux(arguments, width: 80, height: 24, environment: ["LANG": "C", "LC_ALL": "", "NO_COLOR": "1"])
        let screen = try tmux.wait(for: "全部计划")
        #expect(screen.contains { $0.contains("湛江市培育优质中小企业") })
        #expect(screen.contains { $0.contains("有风险") })
        let raw = try tmux.screen(escapes: true).joined(separator: "\n")
        #expect(raw.range(of: "\u{1B}\\[[0-9;]*3[0-7]m", options: .regularExpression) == nil, "no foreground colour")
        #expect(tmux.overflowing(screen).isEmpty)
    }

    @Test("colour by default: the status of a plan at risk is red, with its label")
    func colour() throws {
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        _ = try tmux.wait(for: "全部计划")
        let raw = try tmux.screen(escapes: true).joined(separator: "\n")
        #expect(raw.range(of: "\u{1B}\\[[0-9;]*31m[^\u{1B}]*有风险", options: .regularExpression) != nil)
    }

    @Test("Ctrl-C ends the dashboard and gives the terminal back")
    func interrupt() throws {
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8"])
        _ = try tmux.wait(for: "全部计划")
        try tmux.keys("C-c")
        let screen = try tmux.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=130"))
        #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
    }

    @Test("Ctrl-\\ ends the dashboard like Ctrl-C and gives the terminal back")
    func quit() throws {
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8"])
        _ = try tmux.wait(for: "全部计划")
        try tmux.keys("C-\\")
        let screen = try tmux.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=131"))
        #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
    }

    @Test("an unknown terminal type gets a clear message, not a library exit")
    func unknownTerminal() throws {
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8", "TERM": "no-such-terminal"])
        let screen = try tmux.wait(for: "EXIT=")
        #expect(screen.contains { $0.contains("cannot use the terminal type \"no-such-terminal\"") })
        #expect(screen.contains("EXIT=1"))
    }
}

/// A crash in the real dashboard (Swift's runtime traps arrive as SIGILL on x86-64 and SIGTRAP on
/// arm64; a bad pointer or a stack overflow as SIGSEGV): the terminal is given back, then comes
/// what srdi wrote on standard error meanwhile (where the runtime writes "Fatal error: …"), then the
/// signal and what to do. The tests write to the dashboard's standard error as the runtime would.
@Suite("Dashboard crashes in tmux", .serialized, .enabled(if: Tmux.isAvailable))
struct DashboardCrashTests {
    let arguments = ["--as-of", "2025-06-30", "--lang", "en"]
    let runtimeMessage = "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n"

    @Test("a crash gives the terminal back, then what was written on stderr, then the signal and a hint",
          arguments: zip([SIGILL, SIGTRAP, SIGSEGV], ["SIGILL", "SIGTRAP", "SIGSEGV"]))
    func crash(signal: Int32, name: String) throws {
        let errors = try Binary.temporaryDirectory() + "/stderr.txt"
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8"], standardError: errors)
        _ = try tmux.wait(for: "All plans")
        let program = try tmux.programID()
        try writeToStandardError(of: program, runtimeMessage)
        let drawn = try tmux.wait { lines in !lines.contains { $0.contains("Fatal error") } }
        #expect(!drawn.contains { $0.contains("Fatal error") }, "standard error is not drawn over the dashboard")
        kill(program, signal)
        let screen = try tmux.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=\(128 + signal)"), "the process ends by the signal")
        #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
        let lines = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first.map { $0 + "\n" } == runtimeMessage)
        #expect(lines.last?.hasPrefix("srdi: the dashboard stopped on \(name).") == true, "\(lines)")
        #expect(lines.last?.contains("run `srdi check` with the same data options") == true)
    }

    @Test("what is written on stderr while the dashboard runs comes out after q")
    func standardErrorAfterQuit() throws {
        let errors = try Binary.temporaryDirectory() + "/stderr.txt"
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8"], standardError: errors)
        _ = try tmux.wait(for: "All plans")
        try writeToStandardError(of: try tmux.programID(), "a warning\n")
        try tmux.keys("q")
        #expect(try tmux.wait(for: "EXIT=").contains("EXIT=0"))
        #expect(try String(contentsOfFile: errors, encoding: .utf8) == "a warning\n")
    }

    @Test("with SWIFT_BACKTRACE set, Swift's backtrace follows the cause, and the process ends")
    func backtracer() throws {
        let errors = try Binary.temporaryDirectory() + "/stderr.txt"
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no,color=no"],
                            standardError: errors)
        _ = try tmux.wait(for: "All plans")
        kill(try tmux.programID(), SIGILL)
        #expect(try tmux.wait(for: "EXIT=").contains("EXIT=132"))
        #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
        let written = try String(contentsOfFile: errors, encoding: .utf8)
        let cause = try #require(written.range(of: "srdi: the dashboard stopped on SIGILL."), "\(written)")
        let backtrace = try #require(written.range(of: "Program crashed: Illegal instruction"), "\(written)")
        #expect(cause.upperBound < backtrace.lowerBound)
    }

    /// Writes to the running program's standard error, as its own runtime would.
    private func writeToStandardError(of program: pid_t, _ text: String) throws {
        let descriptor = open("/proc/\(program)/fd/2", O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        #expect(write(descriptor, text, text.utf8.count) == text.utf8.count)
    }
}

/// `e` in the real dashboard, against `srdi export` and the JSON report.
@Suite("Export from the dashboard", .serialized, .enabled(if: Tmux.isAvailable))
struct ExportTmuxTests {
    @Test("e on 湛江市 writes the screen's rows in full; srdi export gives the same bytes but the written-at line")
    func exportMatchesCommand() throws {
        let folder = try Binary.temporaryDirectory()
        let tmux = try Tmux(["--as-of", "2025-06-30", "--lang", "zh", "--export-dir", folder], environment: ["LANG": "C.UTF-8"])
        _ = try tmux.wait(for: "全部计划")
        try tmux.keys("Enter")
        let screen = try tmux.wait { $0.first?.contains("湛江市") == true }
        try tmux.keys("e")
        _ = try tmux.wait(for: "导出格式")
        try tmux.keys("t")
        let status = try tmux.wait(for: "已导出")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1)
        let name = try #require(files.first)
        #expect(name.hasPrefix("srdi-湛江市-2025-06-30-") && name.hasSuffix(".txt"))
        #expect(status.contains { $0.contains(name) }, "the status bar names the file")
        let written = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        let cli = try Binary.run(["export", "--view", "region", "--region", "湛江市", "--as-of", "2025-06-30", "--lang", "zh"])
        #expect(cli.status == 0)
        let a = written.split(separator: "\n", omittingEmptySubsequences: false)
        let b = cli.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(a.count == b.count)
        let differing = zip(a, b).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differing.allSatisfy { $0 == 7 }, "only the written-at line may differ")
        #expect(a[7].hasPrefix("导出时间:"))
        for row in screen.prefix(screen.count - 3) where !row.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(a.contains { $0 == Substring(row.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)) }, "\(row)")
        }
        let json = try Binary.run(["report", "--format", "json", "--as-of", "2025-06-30", "--region", "湛江市"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let targets = try #require(report["targets"] as? [[String: Any]])
        for target in targets {
            let name = try #require(target["name"] as? String), actual = try #require(target["actual"] as? Int)
            #expect(a.contains { $0.contains(name.prefix(6)) && $0.contains(" \(actual) ") }, "\(name) \(actual)")
        }
        try tmux.keys("e")
        try tmux.keys("t")
        _ = try tmux.wait { _ in (try? FileManager.default.contentsOfDirectory(atPath: folder).count) == 2 }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2, "a second export in the same second does not collide")
        let second = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0 != name })
        _ = try tmux.wait(for: second)
        // CSV: one file per table (the targets, the regions below), Chinese headers in the Chinese interface.
        try tmux.keys("e")
        try tmux.keys("c")
        _ = try tmux.wait(for: "等 2 个文件")
        let csvs = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(csvs.count == 2)
        let targetsCSV = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + csvs[0])))
        #expect(targetsCSV.starts(with: [0xEF, 0xBB, 0xBF]), "a byte order mark, for Excel")
        #expect(String(decoding: targetsCSV.dropFirst(3), as: UTF8.self).hasPrefix("id,目标,方式,目标值,实际"))
        try tmux.keys("q")
    }

    @Test("an export directory that cannot be written: the reason in the status bar, the dashboard goes on")
    func exportFailure() throws {
        let folder = try Binary.temporaryDirectory()
        try "x".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        let tmux = try Tmux(["--as-of", "2025-06-30", "--lang", "en", "--export-dir", folder + "/file"], environment: ["LANG": "C.UTF-8"])
        _ = try tmux.wait(for: "All plans")
        try tmux.keys("e")
        try tmux.keys("t")
        let screen = try tmux.wait(for: "Export failed")
        #expect(screen.contains { $0.contains("Export failed: cannot write to \(folder)/file") })
        try tmux.keys("Enter")
        #expect(try tmux.wait { $0.first?.contains("湛江市") == true }.first?.contains("湛江市") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
        try tmux.keys("q")
        #expect(try tmux.wait(for: "EXIT=").contains("EXIT=0"))
    }
}

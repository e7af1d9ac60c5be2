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

    @Test("an unknown terminal type gets a clear message, not a library exit")
    func unknownTerminal() throws {
        let tmux = try Tmux(arguments, environment: ["LANG": "C.UTF-8", "TERM": "no-such-terminal"])
        let screen = try tmux.wait(for: "EXIT=")
        #expect(screen.contains { $0.contains("cannot use the terminal type \"no-such-terminal\"") })
        #expect(screen.contains("EXIT=1"))
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
        _ = try tmux.wait { _ in (try? FileManager.default.contentsOfDirectory(atPath: folder).count) == 2 }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2, "a second export in the same second does not collide")
        try tmux.keys("q")
    }

    @Test("an export directory that cannot be written: the reason in the status bar, the dashboard goes on")
    func exportFailure() throws {
        let folder = try Binary.temporaryDirectory()
        try "x".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        let tmux = try Tmux(["--as-of", "2025-06-30", "--lang", "en", "--export-dir", folder + "/file"], environment: ["LANG": "C.UTF-8"])
        _ = try tmux.wait(for: "All plans")
        try tmux.keys("e")
        let screen = try tmux.wait(for: "Export failed")
        #expect(screen.contains { $0.contains("Export failed: cannot write to \(folder)/file") })
        try tmux.keys("Enter")
        #expect(try tmux.wait { $0.first?.contains("湛江市") == true }.first?.contains("湛江市") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
        try tmux.keys("q")
        #expect(try tmux.wait(for: "EXIT=").contains("EXIT=0"))
    }
}

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
            screen = try tmux.settle { lines in lines.first?.contains("企业名单") == true && tmux.overflowing(lines).isEmpty }
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

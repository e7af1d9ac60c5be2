import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ProgressModel

/// A tmux server of its own (private socket) running the real `srdi`, driven like a user would.
final class Tmux {
    let socket = "srdi-test-\(UUID().uuidString.prefix(8))"
    private(set) var width: Int
    private(set) var height: Int

    static var isAvailable: Bool { (try? run(["-V"], capture: false))?.status == 0 }

    /// Starts `srdi arguments` in a window of the given size; after it ends the pane prints
    /// `EXIT=<status>` and stays open. With `standardError`, srdi's standard error goes to that file.
    init(_ arguments: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
         standardError: String? = nil) throws {
        self.width = width
        self.height = height
        let quoted = ([Binary.path] + arguments).map(Tmux.quoted).joined(separator: " ")
        let exports = environment.map { "export \($0.key)='\($0.value)'; " }.joined()
        let redirection = standardError.map { " 2>" + Tmux.quoted($0) } ?? ""
        // `swift test` runs tests with NO_COLOR=1: the pane starts without it (and without a
        // backtracer setting) unless a test sets it. A crash leaves no core file behind.
        let script = "cd '\(Binary.root.path)'; unset NO_COLOR SWIFT_BACKTRACE; ulimit -c 0; \(exports)\(quoted)\(redirection); echo EXIT=$?; sleep 600"
        _ = try Tmux.run(["-L", socket, "-u", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "bash", "-c", script], capture: false)
    }

    private static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    deinit { _ = try? Tmux.run(["-L", socket, "kill-server"], capture: false) }

    func keys(_ keys: String...) throws { _ = try Tmux.run(["-L", socket, "send-keys"] + keys) }

    func resize(width: Int, height: Int) throws {
        self.width = width
        self.height = height
        _ = try Tmux.run(["-L", socket, "resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as lines of text; with `escapes`, with the colour and attribute sequences.
    func screen(escapes: Bool = false) throws -> [String] {
        let output = try Tmux.run(["-L", socket, "capture-pane", "-p"] + (escapes ? ["-e"] : [])).output
        return output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The process id of the running srdi (the pane's shell's child).
    func programID() throws -> pid_t {
        let shell = try display("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let first = children.split(separator: " ").first, let id = pid_t(first) else { throw POSIXError(.ESRCH) }
        return id
    }

    func display(_ format: String) throws -> String {
        try Tmux.run(["-L", socket, "display", "-p", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits (up to 15 s) until the screen satisfies `condition` on two captures in a row, and
    /// returns the screen either way. One capture is not enough: tmux may have taken in part of
    /// a frame (the header, not yet the rows), and reflows a resized window before the program
    /// redraws it.
    @discardableResult
    func wait(until condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(15)
        var previous: [String] = []
        var lines = try screen()
        while !(lines == previous && condition(lines)) && Date() < deadline {
            usleep(100_000)
            previous = lines
            lines = try screen()
        }
        return lines
    }

    func wait(for text: String) throws -> [String] { try wait { $0.contains { $0.contains(text) } } }

    /// Lines wider than the window (measured as the terminal measures: Han two columns).
    func overflowing(_ lines: [String]) -> [String] { lines.filter { DisplayWidth.standard.columns(of: $0) > width } }

    /// Runs tmux and waits for it (posix_spawn and waitpid: Foundation's `Process` did not
    /// notice the client exit when the client had started a server). Commands that may start a
    /// server must not `capture`: the server, a daemon, would keep the pipe open.
    @discardableResult
    static func run(_ arguments: [String], capture: Bool = true) throws -> (status: Int32, output: String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipe: [Int32] = [-1, -1]
        if capture {
            guard Glibc.pipe(&pipe) == 0 else { throw POSIXError(.EMFILE) }
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipe[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        environment.removeValue(forKey: "NO_COLOR")
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The test runner blocks some signals, and children inherit the mask: start tmux (and so
        // the dashboard) as a shell would, with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, envp)
        if capture { close(pipe[1]) }
        guard spawned == 0 else {
            if capture { close(pipe[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
        var output: [UInt8] = []
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let got = read(pipe[0], &buffer, buffer.count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { break }
                output += buffer[0..<got]
            }
            close(pipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exited, String(decoding: output, as: UTF8.self))
    }
}

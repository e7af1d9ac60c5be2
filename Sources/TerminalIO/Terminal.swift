import CNcursesw
import Dashboard
#if canImport(Glibc)
import Glibc
#endif

/// The terminal while the dashboard runs: set up with `newterm` (which, unlike `initscr`, reports
/// an unknown terminal instead of exiting), restored by `end()` on every way out.
public final class Terminal {
    public enum Failure: Error, CustomStringConvertible {
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .unknownTerminal(let name):
                return "cannot use the terminal type \"\(name)\" (TERM); set TERM to a known type such as xterm-256color"
            }
        }
    }

    private let screen: OpaquePointer
    private let colors: Bool
    private var ended = false

    /// Takes over the terminal. `colors`: use colour where the terminal has it. `crashMessage`:
    /// what to print on standard error, once the terminal is given back, when the process crashes
    /// on the signal named (SIGILL, SIGSEGV…).
    public init(colors: Bool, crashMessage: (_ signal: String) -> String) throws {
        Terminal.useUTF8Locale()
        var shellMode = termios()
        tcgetattr(STDOUT_FILENO, &shellMode)
        Signals.catchStops()
        guard let screen = newterm(nil, srdi_stdout(), srdi_stdin()) else {
            Signals.restore()
            throw Failure.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        keypad(srdi_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(srdi_stdscr(), 200)
        self.colors = colors && has_colors()
        if self.colors {
            start_color()
            use_default_colors()
            init_pair(1, Int16(COLOR_GREEN), -1)
            init_pair(2, Int16(COLOR_YELLOW), -1)
            init_pair(3, Int16(COLOR_RED), -1)
            init_pair(4, Int16(COLOR_CYAN), -1)
            init_pair(5, Int16(COLOR_BLUE), -1)
        }
        CrashReport.arm(terminal: STDOUT_FILENO, shellMode: shellMode, restore: Terminal.restoreSequence(),
                        cause: crashMessage)
        Signals.catchCrashes()
    }

    deinit { end() }

    /// Gives the terminal back: normal screen, cursor shown, input echoed; then what was written
    /// to standard error meanwhile.
    public func end() {
        guard !ended else { return }
        ended = true
        curs_set(1)
        endwin()
        delscreen(screen)
        CrashReport.disarm()
        Signals.restore()
    }

    /// What `endwin` sends to give the screen back (attributes off, cursor shown, keypad off,
    /// normal screen), for a signal handler, which cannot call curses.
    private static func restoreSequence() -> [UInt8] {
        ["sgr0", "cnorm", "rmkx", "rmcup"].flatMap { name -> [UInt8] in
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
            return withoutPadding(UnsafeRawBufferPointer(start: value, count: strlen(value)).map { $0 })
        }
    }

    /// A terminfo string without its delays (`$<5>`), which `tputs` would turn into waits.
    private static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// Without a UTF-8 locale ncursesw silently drops every Han character: keep the user's
    /// locale when it is UTF-8, else use C.UTF-8 for characters.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(Int32(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(srdi_stdscr())), Int(getmaxy(srdi_stdscr())))
    }

    /// Paints a buffer: every cell in place (a wide character once, over its two cells); curses
    /// sends only what changed.
    public func draw(_ buffer: ScreenBuffer) {
        var text = [wchar_t](repeating: 0, count: 8)
        for y in 0..<min(buffer.height, size.height) {
            for x in 0..<min(buffer.width, size.width) {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if x + cell.width > size.width { break }
                var count = 0
                for scalar in cell.text.unicodeScalars.prefix(5) {
                    text[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                if count == 0 { text[0] = 32; count = 1 }
                text[count] = 0
                _ = srdi_put_cell(Int32(y), Int32(x), text, attributes(cell.style), pair(cell.style))
            }
        }
        refresh()
    }

    private func attributes(_ style: Style) -> attr_t {
        var value = srdi_normal()
        if style.bold { value |= srdi_bold() }
        if style.reverse { value |= srdi_reverse() }
        if style.dim { value |= srdi_dim() }
        if style.underline { value |= srdi_underline() }
        return value
    }

    private func pair(_ style: Style) -> Int16 {
        guard colors else { return 0 }
        switch style.color {
        case .normal, .muted: return 0
        case .good: return 1
        case .warning: return 2
        case .bad: return 3
        case .accent: return 4
        }
    }

    /// What the terminal reported: a key, a new size, nothing within the wait, or that it is gone.
    public enum Input: Equatable {
        case key(Key)
        case resize(width: Int, height: Int)
        case none
        /// Reading failed at once, again and again: the terminal was closed.
        case hangup
    }

    private var failedReads = 0

    /// Waits up to 200 ms for input.
    public func read() -> Input {
        var character: wint_t = 0
        var started = timespec()
        clock_gettime(CLOCK_MONOTONIC, &started)
        let result = get_wch(&character)
        if result == ERR {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let waited = Double(now.tv_sec - started.tv_sec) + Double(now.tv_nsec - started.tv_nsec) / 1e9
            // A timeout takes its 200 ms; a closed terminal fails at once.
            failedReads = waited < 0.05 ? failedReads + 1 : 0
            return failedReads >= 20 ? .hangup : .none
        }
        failedReads = 0
        if result == srdi_key_code_yes() {
            if Int32(character) == KEY_RESIZE { return .resize(width: size.width, height: size.height) }
            return KeyDecoding.functionKey(Int32(character)).map(Input.key) ?? .none
        }
        return KeyDecoding.character(UInt32(character)).map(Input.key) ?? .none
    }
}

import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// What a crash leaves behind while the dashboard owns the terminal: the terminal given back,
/// then what was written to standard error meanwhile (Swift's "Fatal error: …" with its file and
/// line; kept in an unlinked file, since on the screen curses would paint over it), then the cause.
/// Everything the signal handler needs is prepared here beforehand, because a handler may not
/// allocate; the handler itself is C (`crash_report.h`).
enum CrashReport {
    /// The signals a crash arrives as. Swift's runtime traps (a bad index, an overflow) are
    /// SIGILL on x86-64 and SIGTRAP on arm64.
    static let signals: [(number: Int32, name: String)] = [
        (SIGILL, "SIGILL"), (SIGTRAP, "SIGTRAP"), (SIGABRT, "SIGABRT"),
        (SIGBUS, "SIGBUS"), (SIGFPE, "SIGFPE"), (SIGSEGV, "SIGSEGV"),
    ]

    nonisolated(unsafe) private static let state: UnsafeMutablePointer<srdi_crash_report> = {
        let state = UnsafeMutablePointer<srdi_crash_report>.allocate(capacity: 1)
        state.initialize(to: srdi_crash_report())
        state.pointee.standard_error = -1
        state.pointee.captured = -1
        return state
    }()

    /// Prepares and arms the report: the terminal on `descriptor` goes back to `shellMode` after
    /// `restore` is written to it; `cause` gives the message for a signal's name (up to 512 bytes
    /// of each are kept). Standard error
    /// is captured from here on (left alone if no temporary file can be made). Call before the
    /// crash signals are caught: when SWIFT_BACKTRACE is set, their handlers now (Swift's
    /// backtracer, as configured there) run after the report; otherwise the process ends by the
    /// signal at once (on a terminal the backtracer would wait for a key).
    static func arm(terminal descriptor: Int32, shellMode: termios, restore: [UInt8], cause: (String) -> String) {
        state.pointee.terminal = descriptor
        state.pointee.shell_mode = shellMode
        restore.withUnsafeBytes { srdi_crash_set_restore(state, $0.baseAddress, $0.count) }
        let keepsBacktracer = getenv("SWIFT_BACKTRACE") != nil
        for signal in signals {
            let text = Array(cause(signal.name).utf8)
            text.withUnsafeBytes { srdi_crash_set_cause(state, signal.number, $0.baseAddress, $0.count) }
            var chained = sigaction()
            if keepsBacktracer { sigaction(signal.number, nil, &chained) }
            srdi_crash_set_chained(state, signal.number, &chained)
        }
        let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(directory)/srdi-stderr-XXXXXX".utf8CString)
        _ = srdi_crash_capture_standard_error(state, &template)
        srdi_crash_arm(state)
    }

    /// The normal way out: standard error points at the real one again, with everything written
    /// to it meanwhile; a later crash no longer touches the terminal.
    static func disarm() {
        srdi_crash_disarm(state)
    }

    /// The signal handler's work (async-signal-safe).
    static func handle(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
        srdi_crash_handle(state, signal, info, context)
    }
}

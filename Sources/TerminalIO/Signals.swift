#if canImport(Glibc)
import Glibc
#endif

/// Signal handling while the terminal is taken over. Ctrl-C, Ctrl-\, SIGTERM and SIGHUP ask the
/// loop to finish, so that the terminal is restored the normal way and an export under way is
/// completed; a crash gives the terminal back from the handler (`CrashReport`) before the process
/// ends by that signal. Without this, Swift's backtracer would take SIGQUIT and the crash signals
/// and wait for a key on a screen it cannot show. Once the terminal is given back, every signal
/// does what it did before.
public enum Signals {
    /// Set by SIGINT, SIGTERM, SIGHUP or SIGQUIT; read by the loop between keys.
    nonisolated(unsafe) public static var stopRequested: Int32 = 0

    private static let stopSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// What each signal we took did before.
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    /// Catches the stop signals. Before `newterm`, which would otherwise install ncurses' own
    /// handlers for some of them.
    static func catchStops() {
        for number in stopSignals {
            take(number) { $0.__sigaction_handler.sa_handler = { caught in Signals.stopRequested = caught } }
        }
    }

    /// Catches the crash signals; `CrashReport` must be armed first. The handler runs on a stack
    /// of its own, so that a stack overflow (SIGSEGV) is reported too: Swift's runtime sets one up
    /// for its backtracer, and this one when the backtracer is off.
    static func catchCrashes() {
        var current = stack_t()
        sigaltstack(nil, &current)
        if current.ss_flags & Int32(SS_DISABLE) != 0 {
            var own = stack_t()
            own.ss_size = 65_536
            own.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: own.ss_size, alignment: 16)
            sigaltstack(&own, nil)
        }
        for signal in CrashReport.signals {
            take(signal.number) {
                $0.__sigaction_handler.sa_sigaction = { caught, info, context in CrashReport.handle(caught, info, context) }
                // Swift's backtracer, when chained, reads memory from a thread that inherits this
                // handler's mask and catches the SIGSEGV of an address that is gone: leave the
                // crash signals unblocked, this one included.
                $0.sa_flags |= SA_SIGINFO | Int32(SA_NODEFER)
                for other in CrashReport.signals { sigdelset(&$0.sa_mask, other.number) }
            }
        }
    }

    /// Gives every signal taken back what it did before.
    static func restore() {
        for (number, action) in previous {
            var action = action
            sigaction(number, &action, nil)
        }
        previous = [:]
    }

    /// Installs the handler that `configure` sets, keeping what was there.
    private static func take(_ number: Int32, _ configure: (inout sigaction) -> Void) {
        // A parent may have blocked the signal (a mask is inherited): make sure it arrives.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, number)
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
        var action = sigaction()
        sigfillset(&action.sa_mask)
        action.sa_flags = SA_RESTART | SA_ONSTACK
        configure(&action)
        var before = sigaction()
        sigaction(number, &action, &before)
        if previous[number] == nil { previous[number] = before }
    }
}

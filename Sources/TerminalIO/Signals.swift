#if canImport(Glibc)
import Glibc
#endif

/// Signals while the terminal is taken over: Ctrl-C, SIGTERM and SIGHUP ask the loop to finish
/// (so the terminal is restored the normal way); a crash restores it before the process dies.
public enum Signals {
    /// Set by SIGINT, SIGTERM or SIGHUP; read by the loop between keys.
    nonisolated(unsafe) public static var stopRequested: Int32 = 0
    /// Restores the terminal on a crash; set while the terminal is taken over.
    nonisolated(unsafe) static var onCrash: (() -> Void)?

    static func install() {
        // A parent may have blocked signals (they are inherited): make sure these arrive.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] { sigaddset(&unblocked, number) }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { caught in Signals.stopRequested = caught }
        }
        // Swift's runtime traps (overflow, bad index) arrive as SIGILL or SIGTRAP.
        for number in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(number) { caught in
                Signals.onCrash?()
                Signals.onCrash = nil
                signal(caught, SIG_DFL)
                raise(caught)
            }
        }
    }
}

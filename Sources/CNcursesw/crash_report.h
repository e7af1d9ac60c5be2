// What a crash with the terminal taken over must do from inside its signal handler: give the
// terminal back, point standard error back at the real one with what was written to it meanwhile
// (Swift's "Fatal error: …" line), say why, and end the process by the signal. A signal handler
// may not allocate or lock, so the handler uses only async-signal-safe calls (write, read, lseek,
// dup2, close, tcsetattr, signal, raise) on memory prepared beforehand, and, when asked for,
// Swift's backtracer, which is made to run in a signal handler.
//
// The functions keep no state of their own (each object file that calls a static inline function
// gets its own copy of it): everything lives in the `srdi_crash_report` they are given.
#ifndef SRDI_CRASH_REPORT_H
#define SRDI_CRASH_REPORT_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

enum { SRDI_CRASH_SIGNALS = 32, SRDI_CRASH_TEXT = 512 };

struct srdi_crash_report {
    int armed;                                          // 1 while the terminal is taken over
    int terminal;                                       // the descriptor curses draws on
    struct termios shell_mode;                          // its mode before curses changed it
    char restore[SRDI_CRASH_TEXT];                      // attributes off, cursor shown, keypad off, normal screen
    size_t restore_length;
    int standard_error;                                 // the real standard error while fd 2 is captured, else -1
    int captured;                                       // the unlinked file fd 2 points at meanwhile, else -1
    char cause[SRDI_CRASH_SIGNALS][SRDI_CRASH_TEXT];    // what to say after a crash on each signal
    size_t cause_length[SRDI_CRASH_SIGNALS];
    struct sigaction chained[SRDI_CRASH_SIGNALS];       // a handler to call once reported, or SIG_DFL
    int chain_started;                                  // 1 once a chained handler was called
};

static inline void srdi_crash_copy_text(char *destination, size_t *length, const char *text, size_t text_length) {
    *length = text_length < SRDI_CRASH_TEXT ? text_length : SRDI_CRASH_TEXT;
    memcpy(destination, text, *length);
}

static inline void srdi_crash_set_restore(struct srdi_crash_report *report, const char *text, size_t length) {
    srdi_crash_copy_text(report->restore, &report->restore_length, text, length);
}

static inline void srdi_crash_set_cause(struct srdi_crash_report *report, int number, const char *text, size_t length) {
    if (number <= 0 || number >= SRDI_CRASH_SIGNALS) return;
    srdi_crash_copy_text(report->cause[number], &report->cause_length[number], text, length);
}

static inline void srdi_crash_set_chained(struct srdi_crash_report *report, int number, const struct sigaction *action) {
    if (number <= 0 || number >= SRDI_CRASH_SIGNALS) return;
    report->chained[number] = *action;
}

static inline void srdi_crash_write(int descriptor, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(descriptor, bytes, length);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        bytes += written;
        length -= (size_t)written;
    }
}

// Points fd 2 at a new unlinked file made from `path_template` (ending in XXXXXX), keeping the
// real standard error aside. Returns 0, or -1 with fd 2 untouched.
static inline int srdi_crash_capture_standard_error(struct srdi_crash_report *report, char *path_template) {
    int captured = mkstemp(path_template);
    if (captured < 0) return -1;
    unlink(path_template);
    fcntl(captured, F_SETFD, FD_CLOEXEC);
    fcntl(captured, F_SETFL, O_APPEND);
    int standard_error = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (standard_error < 0 || dup2(captured, STDERR_FILENO) < 0) {
        if (standard_error >= 0) close(standard_error);
        close(captured);
        return -1;
    }
    report->standard_error = standard_error;
    report->captured = captured;
    return 0;
}

// Points fd 2 back at the real standard error and copies there what was written meanwhile.
static inline void srdi_crash_release_standard_error(struct srdi_crash_report *report) {
    if (report->standard_error < 0) return;
    dup2(report->standard_error, STDERR_FILENO);
    close(report->standard_error);
    report->standard_error = -1;
    char buffer[4096];
    if (lseek(report->captured, 0, SEEK_SET) == 0) {
        for (;;) {
            ssize_t got = read(report->captured, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) break;
            srdi_crash_write(STDERR_FILENO, buffer, (size_t)got);
        }
    }
    close(report->captured);
    report->captured = -1;
}

// Starts the report: from now on a crash gives the terminal back.
static inline void srdi_crash_arm(struct srdi_crash_report *report) {
    __atomic_store_n(&report->armed, 1, __ATOMIC_SEQ_CST);
}

// Ends the report on the normal way out: the handler will no longer touch the terminal, and
// standard error is back with everything written to it.
static inline void srdi_crash_disarm(struct srdi_crash_report *report) {
    if (__atomic_exchange_n(&report->armed, 0, __ATOMIC_SEQ_CST))
        srdi_crash_release_standard_error(report);
}

// The signal handler's work. The first crashing thread gives the terminal back, releases
// standard error and writes the cause; then the chained handler runs (Swift's backtracer, when
// asked for), once: a crash inside it ends the process rather than entering it again. Last, the
// process ends by the signal, even one sent by `kill` (after which a handler that returns would
// let the process run on).
static inline void srdi_crash_handle(struct srdi_crash_report *report, int number, siginfo_t *info, void *context) {
    if (number <= 0 || number >= SRDI_CRASH_SIGNALS) return;
    if (__atomic_exchange_n(&report->armed, 0, __ATOMIC_SEQ_CST)) {
        srdi_crash_write(report->terminal, report->restore, report->restore_length);
        tcsetattr(report->terminal, TCSADRAIN, &report->shell_mode);
        srdi_crash_release_standard_error(report);
        srdi_crash_write(STDERR_FILENO, report->cause[number], report->cause_length[number]);
    }
    const struct sigaction *chained = &report->chained[number];
    if (chained->sa_handler != SIG_DFL && chained->sa_handler != SIG_IGN
        && !__atomic_exchange_n(&report->chain_started, 1, __ATOMIC_SEQ_CST)) {
        if (chained->sa_flags & SA_SIGINFO) chained->sa_sigaction(number, info, context);
        else chained->sa_handler(number);
    }
    signal(number, SIG_DFL);
    raise(number);
}

#endif

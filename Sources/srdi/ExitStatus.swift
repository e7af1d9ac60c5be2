/// What srdi's exit status tells a script or a cron job.
enum ExitStatus {
    /// Everything loaded and was written.
    static let clean: Int32 = 0
    /// The data has errors: `check` found some, the plan data cannot be used, or `--strict` saw a
    /// problem.
    static let dataErrors: Int32 = 1
    /// A mistyped command line (swift-argument-parser's own code, with the usage text).
    static let usage: Int32 = 64
    /// An input could not be read or an output could not be written (EX_IOERR); one line names
    /// the path and the system's reason, without the usage text.
    static let ioFailure: Int32 = 74
}

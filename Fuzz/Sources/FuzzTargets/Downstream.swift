import ProgressModel

/// What happens to loaded data after loading: counting, the reports and the dashboard's pages,
/// at an as-of date taken from the input. A value that loads but breaks a count, a report or a
/// screen crashes here.
public enum Downstream {
    /// One input in this many is counted and drawn (`--deep=N`); 1, the default, means every
    /// input. A long run raises it, since counting and drawing take 50 times as long as loading.
    nonisolated(unsafe) public static var oneIn = 1
    /// How many inputs were counted and drawn in this process.
    nonisolated(unsafe) public private(set) static var exercised = 0

    public static func exercise(_ data: DataSet, _ input: FuzzInput) {
        // The hash mixed again, so that which inputs go deep is independent of the choices
        // the input makes further on.
        guard Int((input.hash &* 0x9E37_79B9_7F4A_7C15) >> 40) % max(oneIn, 1) == 0 else { return }
        exercised += 1
        let tally = Tally(data: data)
        if let asOf = AsOfDates.chosen(data, input) {
            Reports.render(tally, at: asOf, input)
            DashboardPages.render(tally, at: asOf, input)
        }
    }
}

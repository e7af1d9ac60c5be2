import ProgressModel

/// What happens to loaded data after loading: counting, the reports and the dashboard's pages,
/// at an as-of date taken from the input. A value that loads but breaks a count, a report or a
/// screen crashes here.
public enum Downstream {
    public static func exercise(_ data: DataSet, _ input: FuzzInput) {
        let tally = Tally(data: data)
        if let asOf = AsOfDates.chosen(data, input) {
            Reports.render(tally, at: asOf, input)
            DashboardPages.render(tally, at: asOf, input)
        }
    }
}

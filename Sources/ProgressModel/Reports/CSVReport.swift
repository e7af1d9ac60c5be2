/// The report as CSV, one row per target, for spreadsheets: cells guarded against formula
/// injection; the caller adds the byte order mark or converts the encoding.
public struct CSVReport {
    public let report: ProgressReport

    public init(_ report: ProgressReport) { self.report = report }

    static let columns = ["plan", "id", "name", "region_code", "region", "mode", "count", "designations", "metric",
                          "window_start", "deadline", "comparator", "value", "value_max", "unit", "counted_at", "actual",
                          "expected", "percent", "status", "projected", "needed_per_year", "parent", "quote"]

    public func render() -> String {
        let data = report.data
        var lines = [CSVReport.columns.joined(separator: ",")]
        let number = { (value: Double?) in value.map { NumberText.plain(($0 * 10).rounded() / 10) } ?? "" }
        for section in report.sections {
            for progress in section.targets {
                let target = progress.target
                let cells = [
                    target.planID, target.id, target.name, data.regions[target.region].code, data.regions[target.region].name,
                    target.mode.rawValue, target.counting.rawValue, target.designations.map { data.designations[$0].code }.joined(separator: " "),
                    target.metric ?? "", target.windowStart?.description ?? "", target.deadline.description, target.comparator.rawValue,
                    NumberText.plain(target.value), target.valueMax.map(NumberText.plain) ?? "", target.unit, progress.countedAt.description,
                    number(progress.actual), number(progress.expected), number(progress.percent), progress.status.rawValue,
                    number(progress.projected), number(progress.neededPerYear), target.parent ?? "", target.quote,
                ]
                lines.append(cells.map(CSVText.safeField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// Values every row of a list shares when its columns leave them out: a published list (a
/// province's yearly SRDI list, a batch of little giants) names its designation and date in its
/// title, not in a column. A cell of the list, where it has one, wins over the default.
public struct ListDefaults: Sendable, Hashable {
    /// A designation's code, name or alias, as `designations.yaml` spells it.
    public var designation: String?
    /// `YYYY-MM-DD`, or a year `YYYY` (counted as 31 December, as a year column is).
    public var date: String?

    public init(designation: String? = nil, date: String? = nil) {
        self.designation = designation
        self.date = date
    }

    public var isEmpty: Bool { designation == nil && date == nil }

    /// What is wrong with the defaults for `catalog`, for a message naming the option; nil
    /// when both can be used.
    public func problem(_ catalog: DesignationCatalog) -> String? {
        if let designation, catalog.lookup(designation) == nil {
            return "--designation \"\(designation)\" names no designation of designations.yaml; give a code such as "
                + catalog.all.map(\.code).joined(separator: ", ")
        }
        if let date, parsedDate(date) == nil {
            return "--date must be a date YYYY-MM-DD or a year YYYY from 1990 to 2100 (as a list's dates are), not \"\(date)\""
        }
        return nil
    }

    /// The defaults as a row reader uses them: nil for what is not given or cannot be used.
    func resolved(_ catalog: DesignationCatalog) -> RowDefaults {
        RowDefaults(designation: designation.flatMap { catalog.lookup($0) }, date: date.flatMap(parsedDate))
    }

    private func parsedDate(_ text: String) -> (day: Day, yearOnly: Bool)? {
        var parsed = text.utf8.withContiguousStorageIfAvailable(CellParsing.date) ?? nil
        if parsed == nil, text.count == 4, let year = Int(text), ValidRange.plausibleYears.contains(year) { parsed = (Day.endOfYear(year), true) }
        guard let parsed, ValidRange.isPlausible(parsed.day) else { return nil }
        return parsed
    }
}

/// `ListDefaults` looked up: a designation index and a day.
struct RowDefaults: Sendable {
    var designation: Int?
    var date: (day: Day, yearOnly: Bool)?
}

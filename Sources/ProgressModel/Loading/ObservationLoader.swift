/// Reads observations files: `metric`/指标, `region`/地区 (or province/city/district columns),
/// `date`/日期 or `year`/年度, `value`/数值; other columns are ignored. Every problem is reported
/// with file, line, column and value; rows with errors are left out, all other rows load.
public struct ObservationLoader {
    public let regions: RegionTree
    public let metrics: Set<String>

    public init(regions: RegionTree, metrics: Set<String>) {
        self.regions = regions
        self.metrics = metrics
    }

    enum Column: HeaderColumn {
        case metric, region, province, city, district, date, year, value

        static let bySpelling = HeaderMatch<Column>.spellingTable()

        var spellings: [String] {
            switch self {
            case .metric: return ["metric", "指标", "指标代码"]
            case .region: return ["region", "地区", "区域", "地区代码"]
            case .province: return RecognitionColumn.province.spellings
            case .city: return RecognitionColumn.city.spellings
            case .district: return RecognitionColumn.district.spellings
            case .date: return ["date", "日期"] + RecognitionColumn.date.spellings.filter { $0 != "date" && $0 != "日期" }
            case .year: return RecognitionColumn.year.spellings
            case .value: return ["value", "数值", "值", "数量"]
            }
        }
    }

    public func load(_ raw: [UInt8], path: String, into table: inout ObservationTable, log: inout DiagnosticLog) {
        var summary = InputSummary(path: path)
        let input = table.inputs.count
        defer { table.inputs.append(summary) }
        guard let decoded = CSVInput.open(raw, path: path, log: &log) else { return }
        summary.encoding = decoded.encoding
        decoded.withText { text in
            var scanner = CSVScanner(text: text, delimiter: CSVScanner.detectDelimiter(text))
            guard let header = CSVInput.header(&scanner, path: path, unreadable: decoded.unreadableLines, log: &log,
                                               isHeader: { HeaderMatch<Column>($0).positions.count >= 2 }),
                  var reader = ObservationRowReader(loader: self, path: path, input: input, header: header,
                                                    unreadable: decoded.unreadableLines, log: &log)
            else { return }
            var fields: [CSVScanner.Field] = []
            loop: while true {
                switch scanner.next(into: &fields) {
                case .end: break loop
                case .unterminatedQuote(let line):
                    summary.rows += 1
                    summary.rejected += 1
                    log.add(Diagnostic(.error, file: path, line: line, .unterminatedQuote))
                    break loop
                case .textAfterClosingQuote(let line):
                    summary.rows += 1
                    summary.rejected += 1
                    log.add(Diagnostic(.error, file: path, line: line, .textAfterClosingQuote))
                case .record(let line):
                    let outcome = fields.withUnsafeBufferPointer { reader.read($0, of: scanner, line: line, into: &table) }
                    for problem in reader.problems { log.add(problem) }
                    if outcome != .skipped { summary.rows += 1 }
                    if outcome == .loaded { summary.loaded += 1 }
                    if outcome == .rejected { summary.rejected += 1 }
                }
            }
            if summary.rows == 0 { log.add(Diagnostic(.warning, file: path, line: 0, .headerOnly)) }
        }
    }
}

/// Reads the rows of one observations file once its header is known.
struct ObservationRowReader {
    typealias Column = ObservationLoader.Column

    let path: String
    let input: Int
    let headers: [String]
    let metrics: Set<String>
    let resolver: RegionResolver
    let columns: [Column: Int]
    /// The file's unreadable lines: rows on them are left out.
    let unreadable: [LineProblem]
    private(set) var problems: [Diagnostic] = []

    /// Nil (with a diagnostic each) when the header lacks a required column, names one twice,
    /// or names none at all.
    init?(loader: ObservationLoader, path: String, input: Int, header: CSVHeader, unreadable: [LineProblem], log: inout DiagnosticLog) {
        self.path = path
        self.input = input
        headers = header.cells
        self.unreadable = unreadable
        metrics = loader.metrics
        resolver = RegionResolver(tree: loader.regions)
        let match = HeaderMatch<Column>(headers)
        columns = match.positions
        var missing: [[Column]] = []
        if columns[.metric] == nil { missing.append([.metric]) }
        if columns[.value] == nil { missing.append([.value]) }
        if columns[.date] == nil && columns[.year] == nil { missing.append([.date, .year]) }
        if [Column.region, .province, .city, .district].allSatisfy({ columns[$0] == nil }) { missing.append([.region]) }
        let problems = match.problems(path: path, header: header, missing: missing)
        for problem in problems { log.add(problem) }
        if !problems.isEmpty { return nil }
    }

    /// Reads one record into `table`. Its problems are in `problems`.
    mutating func read(_ fields: UnsafeBufferPointer<CSVScanner.Field>, of scanner: CSVScanner, line: Int,
                       into table: inout ObservationTable) -> RowOutcome {
        problems.removeAll(keepingCapacity: true)
        if let found = unreadable.first(from: line, before: max(scanner.line, line + 1)) {
            problems.append(Diagnostic(.error, file: path, line: found.line, found.problem))
            return .rejected
        }
        let extraIsEmpty = fields.count > headers.count && fields[headers.count...].allSatisfy { scanner.trimmed($0).isEmpty }
        if fields.count != headers.count && !extraIsEmpty {
            problems.append(Diagnostic(.error, file: path, line: line, .fieldCount(expected: headers.count, found: fields.count)))
            return CSVInput.rejected(fields, of: scanner, headers: headers, path: path, line: line, problems: &problems)
        }
        func cell(_ column: Column) -> String {
            guard let position = columns[column], position < fields.count else { return "" }
            return Sanitizer.clean(scanner.string(fields[position]))
        }
        func report(_ column: Column, _ value: String, _ problem: Problem) {
            problems.append(Diagnostic(.error, file: path, line: line, column: headers[columns[column]!], value: value, problem))
        }
        let metric = cell(.metric)
        if metric.isEmpty {
            report(.metric, metric, .missingValue)
        } else if !metrics.contains(metric) {
            report(.metric, metric, .unknownMetric)
        }
        let valueText = cell(.value)
        let number = Double(valueText.replacingPercent())
        let value = number.flatMap { ValidRange.observationValue.contains($0) ? $0 : nil }
        if value == nil {
            report(.value, valueText, valueText.isEmpty ? .missingValue : number?.isFinite == true ? .outOfRange(ValidRange.observationValueText) : .badNumber)
        }
        let dateColumn: Column = !cell(.date).isEmpty || columns[.year] == nil ? .date : .year
        let dateText = cell(dateColumn)
        var day = Array(dateText.utf8).withUnsafeBufferPointer { CellParsing.date($0) }?.day
        if day == nil {
            report(dateColumn, dateText, dateText.isEmpty ? .missingValue : .badDate)
        } else if let found = day, !ValidRange.isPlausible(found) {
            report(dateColumn, dateText, .implausibleDate)
            day = nil
        }
        var cells: [(column: String, text: String)] = []
        for column in [Column.province, .city, .district, .region] {
            if let position = columns[column] { cells.append((headers[position], cell(column))) }
        }
        let resolution = resolver.resolve(cells)
        if resolution.region == resolver.tree.root {
            // Nothing placed the value below the country: a cell naming no known region, or none filled in.
            if let named = cells.last(where: { !$0.text.isEmpty }) {
                problems.append(Diagnostic(.error, file: path, line: line, column: named.column, value: named.text,
                                           .unknownRegion(within: resolver.tree[resolver.tree.root].name)))
            } else {
                problems.append(Diagnostic(.error, file: path, line: line, column: cells.last?.column, .missingValue))
            }
        } else {
            for finding in resolution.findings {
                problems.append(Diagnostic(finding.severity, file: path, line: line, column: finding.column, value: finding.value,
                                           finding.problem))
            }
            if resolution.region == nil && resolution.findings.isEmpty {
                problems.append(Diagnostic(.error, file: path, line: line, column: cells.first?.column, .missingValue))
            }
        }
        guard !problems.contains(where: { $0.severity == .error }), let value, let day, let region = resolution.region else {
            return CSVInput.rejected(fields, of: scanner, headers: headers, path: path, line: line, problems: &problems)
        }
        table.observations.append(Observation(metric: metric, region: region, day: day, value: value, line: line, input: input))
        return .loaded
    }
}

extension String {
    /// `3.5%` → `3.5`, `１２` stays as is (not a number).
    func replacingPercent() -> String {
        var text = self
        if text.hasSuffix("%") || text.hasSuffix("％") { text.removeLast() }
        return text.trimmingCharacters(in: " ")
    }
}

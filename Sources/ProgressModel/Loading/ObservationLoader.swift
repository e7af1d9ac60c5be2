/// Reads observations files: `metric`/指标, `region`/地区 (or province/city/district columns),
/// `date`/日期 or `year`/年度, `value`/数值; other columns are ignored.
public struct ObservationLoader {
    public let regions: RegionTree
    public let metrics: Set<String>

    public init(regions: RegionTree, metrics: Set<String>) {
        self.regions = regions
        self.metrics = metrics
    }

    enum Column: CaseIterable {
        case metric, region, province, city, district, date, year, value

        var spellings: [String] {
            switch self {
            case .metric: return ["metric", "指标", "指标代码"]
            case .region: return ["region", "地区", "区域", "地区代码"]
            case .province: return RecognitionColumn.province.spellings
            case .city: return RecognitionColumn.city.spellings
            case .district: return RecognitionColumn.district.spellings
            case .date: return RecognitionColumn.date.spellings
            case .year: return RecognitionColumn.year.spellings
            case .value: return ["value", "数值", "值", "数量"]
            }
        }
    }

    public func load(_ raw: [UInt8], path: String, into table: inout ObservationTable, log: inout DiagnosticLog) {
        var summary = InputSummary(path: path)
        let input = table.inputs.count
        defer { table.inputs.append(summary) }
        let decoded = TextDecoding.decode(raw)
        summary.encoding = decoded.encoding
        let resolver = RegionResolver(tree: regions)
        decoded.withText { text in
            var scanner = CSVScanner(text: text, delimiter: CSVScanner.detectDelimiter(text))
            var fields: [CSVScanner.Field] = []
            guard case .record = scanner.next(into: &fields) else {
                log.add(Diagnostic(.error, file: path, line: 0, .emptyFile))
                return
            }
            let headers = fields.map { scanner.string($0) }
            var lookup: [String: Column] = [:]
            for column in Column.allCases { for spelling in column.spellings { lookup[RecognitionColumn.normalized(spelling)] = column } }
            var columns: [Column: Int] = [:]
            for (position, header) in headers.enumerated() {
                if let column = lookup[RecognitionColumn.normalized(header)], columns[column] == nil { columns[column] = position }
            }
            var missing: [String] = []
            if columns[.metric] == nil { missing.append("metric/指标") }
            if columns[.value] == nil { missing.append("value/数值") }
            if columns[.date] == nil && columns[.year] == nil { missing.append("date/日期 or year/年度") }
            if columns[.region] == nil && columns[.province] == nil && columns[.city] == nil && columns[.district] == nil {
                missing.append("region/地区")
            }
            for name in missing { log.add(Diagnostic(.error, file: path, line: 1, .missingColumn([name]))) }
            guard missing.isEmpty else { return }
            loop: while true {
                let outcome = scanner.next(into: &fields)
                let line: Int
                switch outcome {
                case .end: break loop
                case .unterminatedQuote(let at):
                    summary.rows += 1; summary.rejected += 1
                    log.add(Diagnostic(.error, file: path, line: at, .unterminatedQuote))
                    break loop
                case .textAfterClosingQuote(let at):
                    summary.rows += 1; summary.rejected += 1
                    log.add(Diagnostic(.error, file: path, line: at, .textAfterClosingQuote))
                    continue loop
                case .record(let at): line = at
                }
                summary.rows += 1
                func cell(_ column: Column) -> String {
                    guard let position = columns[column], position < fields.count else { return "" }
                    return Sanitizer.clean(scanner.string(fields[position]))
                }
                var problems: [Diagnostic] = []
                let metric = cell(.metric)
                if !metrics.contains(metric) {
                    problems.append(Diagnostic(.error, file: path, line: line, column: headers[columns[.metric]!], value: metric, .unknownMetric))
                }
                let valueText = cell(.value).replacingPercent()
                let value = Double(valueText)
                if value == nil {
                    problems.append(Diagnostic(.error, file: path, line: line, column: headers[columns[.value]!], value: cell(.value), .badNumber))
                }
                let dateColumn: Column = !cell(.date).isEmpty || columns[.year] == nil ? .date : .year
                let dateText = cell(dateColumn)
                let day = Array(dateText.utf8).withUnsafeBufferPointer { CellParsing.date($0) }
                if day == nil {
                    problems.append(Diagnostic(.error, file: path, line: line, column: headers[columns[dateColumn]!], value: dateText,
                                               dateText.isEmpty ? .missingValue : .badDate))
                }
                var cells: [(column: String, text: String)] = []
                for column in [Column.province, .city, .district] { if let position = columns[column] { cells.append((headers[position], cell(column))) } }
                if let position = columns[.region] { cells.append((headers[position], cell(.region))) }
                let resolution = resolver.resolve(cells)
                for finding in resolution.findings {
                    problems.append(Diagnostic(finding.severity, file: path, line: line, column: finding.column, value: finding.value, finding.problem))
                }
                if resolution.region == nil && resolution.findings.isEmpty {
                    problems.append(Diagnostic(.error, file: path, line: line, column: cells.first?.column, .missingValue))
                }
                for problem in problems { log.add(problem) }
                guard !problems.contains(where: { $0.severity == .error }), let value, let day, let region = resolution.region else {
                    summary.rejected += 1
                    continue
                }
                summary.loaded += 1
                table.observations.append(Observation(metric: metric, region: region, day: day.day, value: value, line: line, input: input))
            }
        }
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

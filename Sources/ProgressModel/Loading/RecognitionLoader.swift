/// Reads recognition lists (one event per row) into a `RecognitionTable`, reporting every
/// problem with file, line, column, value and what was expected. Rows with errors are left out;
/// all other rows load.
public struct RecognitionLoader {
    public let regions: RegionTree
    public let designations: DesignationCatalog

    public init(regions: RegionTree, designations: DesignationCatalog) {
        self.regions = regions
        self.designations = designations
    }

    /// Loads the bytes of one file (named `path` in messages) into `table`.
    public func load(_ raw: [UInt8], path: String, into table: inout RecognitionTable, log: inout DiagnosticLog) {
        var summary = InputSummary(path: path)
        let inputIndex = table.inputs.count
        defer { table.inputs.append(summary) }
        if raw.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            log.add(Diagnostic(.error, file: path, line: 0, .emptyFile))
            return
        }
        let decoded = TextDecoding.decode(raw)
        summary.encoding = decoded.encoding
        for line in decoded.linesWithInvalidBytes {
            log.add(Diagnostic(.warning, file: path, line: line, .invalidEncoding(decoded.encoding == "UTF-8" ? "UTF-8" : decoded.encoding)))
        }
        decoded.bytes.withUnsafeBufferPointer { text in
            var pass = Pass(loader: self, path: path, inputIndex: inputIndex, text: text)
            pass.run(table: &table, summary: &summary, log: &log)
        }
    }

    /// One reading of one file.
    private struct Pass {
        let loader: RecognitionLoader
        let path: String
        let inputIndex: Int
        var scanner: CSVScanner
        var fields: [CSVScanner.Field] = []
        var columns: [RecognitionColumn: Int] = [:]
        var headers: [String] = []
        var designationCache = CellCache<Int?>()
        var actionCache = CellCache<Action?>()
        var regionCache = CellCache<RegionResolver.Resolution>()
        var regionKey: [UInt8] = []
        var rowProblems: [Diagnostic] = []
        let resolver: RegionResolver

        init(loader: RecognitionLoader, path: String, inputIndex: Int, text: UnsafeBufferPointer<UInt8>) {
            self.loader = loader
            self.path = path
            self.inputIndex = inputIndex
            self.scanner = CSVScanner(text: text, delimiter: CSVScanner.detectDelimiter(text))
            self.resolver = RegionResolver(tree: loader.regions)
        }

        mutating func run(table: inout RecognitionTable, summary: inout InputSummary, log: inout DiagnosticLog) {
            guard readHeader(log: &log) else { return }
            table.reserve(table.eventCount + scanner.text.count / 80)
            var sawRow = false
            loop: while true {
                switch scanner.next(into: &fields) {
                case .end: break loop
                case .unterminatedQuote(let line):
                    summary.rows += 1; summary.rejected += 1
                    log.add(Diagnostic(.error, file: path, line: line, .unterminatedQuote))
                    break loop
                case .textAfterClosingQuote(let line):
                    summary.rows += 1; summary.rejected += 1
                    log.add(Diagnostic(.error, file: path, line: line, .textAfterClosingQuote))
                    sawRow = true
                case .record(let line):
                    sawRow = true
                    summary.rows += 1
                    if readRow(line: line, table: &table) {
                        summary.loaded += 1
                    } else {
                        summary.rejected += 1
                    }
                    for problem in rowProblems { log.add(problem) }
                }
            }
            if !sawRow { log.add(Diagnostic(.warning, file: path, line: 0, .headerOnly)) }
        }

        private mutating func readHeader(log: inout DiagnosticLog) -> Bool {
            guard case .record = scanner.next(into: &fields) else {
                log.add(Diagnostic(.error, file: path, line: 0, .emptyFile))
                return false
            }
            headers = fields.map { scanner.string($0) }
            columns = RecognitionColumn.map(headers)
            var missing: [[RecognitionColumn]] = []
            if columns[.designation] == nil { missing.append([.designation]) }
            if columns[.date] == nil && columns[.year] == nil { missing.append([.date, .year]) }
            if columns[.firm] == nil && columns[.creditCode] == nil { missing.append([.creditCode, .firm]) }
            if columns[.province] == nil && columns[.city] == nil && columns[.district] == nil && columns[.town] == nil {
                missing.append([.province, .city, .district, .town])
            }
            for group in missing {
                let names = group.map { "\($0.spellings[0])/\($0.spellings.first { $0.utf8.first! >= 0x80 } ?? "")" }
                log.add(Diagnostic(.error, file: path, line: 1, .missingColumn(names)))
            }
            return missing.isEmpty
        }

        private func header(_ column: RecognitionColumn) -> String { headers[columns[column]!] }

        private func text(_ column: RecognitionColumn) -> String {
            guard let position = columns[column], position < fields.count else { return "" }
            return Sanitizer.clean(scanner.string(fields[position]))
        }

        private mutating func problem(_ severity: Diagnostic.Severity, _ line: Int, _ column: RecognitionColumn?, _ problem: Problem) {
            let value = column.map { text($0) }
            rowProblems.append(Diagnostic(severity, file: path, line: line, column: column.map { header($0) }, value: value, problem))
        }

        /// Reads one record; true when it was loaded.
        private mutating func readRow(line: Int, table: inout RecognitionTable) -> Bool {
            rowProblems.removeAll(keepingCapacity: true)
            if fields.count != headers.count {
                let extraIsEmpty = fields.count > headers.count
                    && fields[headers.count...].allSatisfy { scanner.withTrimmedBytes($0) { $0.isEmpty } }
                if !extraIsEmpty {
                    rowProblems.append(Diagnostic(.error, file: path, line: line, .fieldCount(expected: headers.count, found: fields.count)))
                    return false
                }
            }
            let designation = readDesignation(line: line)
            let date = readDate(line: line)
            let action = readAction(line: line)
            let code = readCreditCode(line: line)
            let region = readRegion(line: line)
            let hasName = columns[.firm].map { !scanner.withTrimmedBytes(fields[$0]) { $0.isEmpty } } ?? false
            if code == nil && !hasName && !rowProblems.contains(where: { $0.column == (columns[.creditCode].map { headers[$0] }) && $0.severity == .error }) {
                problem(.error, line, columns[.firm] != nil ? .firm : .creditCode, .missingValue)
            }
            guard let designation, let date, let action, let region, !rowProblems.contains(where: { $0.severity == .error }) else {
                return false
            }
            let firm: Int32
            if let code {
                firm = table.firm(code: code) { text(.firm) }
            } else {
                firm = table.firm(name: text(.firm))
            }
            table.append(firm: firm, region: Int32(region), designation: designation, day: date.day, yearOnly: date.yearOnly,
                         action: action, line: line, input: inputIndex)
            return true
        }

        private mutating func readDesignation(line: Int) -> Int? {
            let position = columns[.designation]!
            guard position < fields.count else { return nil }
            let catalog = loader.designations
            let found = scanner.withTrimmedBytes(fields[position]) { bytes in
                designationCache.value(for: bytes) { catalog.lookup(String(decoding: $0, as: UTF8.self)) }
            }
            if found == nil {
                let empty = scanner.withTrimmedBytes(fields[position]) { $0.isEmpty }
                problem(.error, line, .designation, empty ? .missingValue : .unknownDesignation)
            }
            return found
        }

        private mutating func readDate(line: Int) -> (day: Day, yearOnly: Bool)? {
            var result: (day: Day, yearOnly: Bool)?
            var usedColumn = RecognitionColumn.date
            if let position = columns[.date], position < fields.count, !scanner.withTrimmedBytes(fields[position], { $0.isEmpty }) {
                result = scanner.withTrimmedBytes(fields[position]) { CellParsing.date($0) }
                if result == nil { problem(.error, line, .date, .badDate); return nil }
            } else if let position = columns[.year], position < fields.count, !scanner.withTrimmedBytes(fields[position], { $0.isEmpty }) {
                usedColumn = .year
                if let year = scanner.withTrimmedBytes(fields[position], { CellParsing.year($0) }) {
                    result = (Day.endOfYear(year), true)
                } else {
                    problem(.error, line, .year, .badDate)
                    return nil
                }
            } else {
                problem(.error, line, columns[.date] != nil ? .date : .year, .missingValue)
                return nil
            }
            guard let found = result else { return nil }
            if !CellParsing.isPlausible(found.day) {
                problem(.error, line, usedColumn, .implausibleDate)
                return nil
            }
            if usedColumn == .date, let position = columns[.year], position < fields.count,
               let year = scanner.withTrimmedBytes(fields[position], { CellParsing.year($0) }), year != found.day.year {
                problem(.warning, line, .date, .dateDisagreesWithYear(year))
            }
            return found
        }

        private mutating func readAction(line: Int) -> Action? {
            guard let position = columns[.action], position < fields.count else { return .grant }
            let found = scanner.withTrimmedBytes(fields[position]) { bytes in
                actionCache.value(for: bytes) { ActionNames.lookup(String(decoding: $0, as: UTF8.self)) }
            }
            if found == nil { problem(.error, line, .action, .unknownAction) }
            return found
        }

        private mutating func readCreditCode(line: Int) -> CreditCode? {
            guard let position = columns[.creditCode], position < fields.count else { return nil }
            let reading = scanner.withTrimmedBytes(fields[position]) { $0.isEmpty ? nil : CreditCode.read($0) }
            switch reading {
            case nil: return nil
            case .valid(let code): return code
            case .wrongCheckCharacter(let code, let expected):
                problem(.warning, line, .creditCode, .creditCodeCheckCharacter(expected: String(expected)))
                return code
            case .malformed:
                problem(.error, line, .creditCode, .malformedCreditCode)
                return nil
            }
        }

        private mutating func readRegion(line: Int) -> Int? {
            let regionColumns: [RecognitionColumn] = [.province, .city, .district, .town]
            regionKey.removeAll(keepingCapacity: true)
            var names: [String?] = []
            for column in regionColumns {
                if let position = columns[column], position < fields.count {
                    scanner.withTrimmedBytes(fields[position]) { regionKey.append(contentsOf: $0) }
                }
                names.append(columns[column].map { headers[$0] })
                regionKey.append(0x1F)
            }
            let resolver = self.resolver
            let resolution = regionKey.withUnsafeBufferPointer { key in
                regionCache.value(for: key) { bytes in
                    let texts = bytes.split(separator: 0x1F, omittingEmptySubsequences: false)
                    let cells = zip(names, texts).compactMap { name, text in
                        name.map { (column: $0, text: Sanitizer.clean(String(decoding: text, as: UTF8.self))) }
                    }
                    return resolver.resolve(cells)
                }
            }
            for finding in resolution.findings {
                rowProblems.append(Diagnostic(finding.severity, file: path, line: line, column: finding.column, value: finding.value, finding.problem))
            }
            if resolution.region == nil && resolution.findings.isEmpty {
                problem(.error, line, columns[.district] != nil ? .district : regionColumns.first { columns[$0] != nil }!, .missingValue)
            }
            return resolution.region
        }
    }
}

/// The spellings of the 状态 column.
enum ActionNames {
    static let table: [String: Action] = {
        var table: [String: Action] = ["": .grant]
        let spellings: [(Action, [String])] = [
            (.grant, ["grant", "granted", "认定", "新认定", "入选", "入库", "通过", "公布", "首次认定"]),
            (.renew, ["renew", "renewed", "review", "复核", "复核通过", "续期", "重新认定"]),
            (.revoke, ["revoke", "revoked", "撤销", "取消", "移出", "撤销认定", "取消资格"]),
            (.expire, ["expire", "expired", "到期", "过期", "失效", "期满"]),
        ]
        for (action, names) in spellings { for name in names { table[name] = action } }
        return table
    }()

    static func lookup(_ text: String) -> Action? { table[text.lowercased()] }
}

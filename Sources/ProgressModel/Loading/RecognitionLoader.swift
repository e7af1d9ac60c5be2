/// Reads recognition lists (one event per row) into a `RecognitionTable`, reporting every
/// problem with file, line, column, value and what was expected. Rows with errors are left out;
/// all other rows load.
public struct RecognitionLoader: Sendable {
    public let regions: RegionTree
    public let designations: DesignationCatalog
    /// Made once per loader, not per file: it indexes the region tree by name.
    let designationReader: DesignationReader

    public init(regions: RegionTree, designations: DesignationCatalog) {
        self.regions = regions
        self.designations = designations
        designationReader = DesignationReader(catalog: designations, regions: regions)
    }

    /// Loads the bytes of one file (named `path` in messages) into `table`, reading it in `parts`
    /// stretches at the same time (default: one per core; one when some lines are unreadable,
    /// so that their line numbers are known while reading) when its rows hold more than
    /// `splitAbove` bytes. The result does not depend on either (the recognitions fuzzer checks
    /// that by cutting small texts too).
    public func load(_ raw: consuming [UInt8], path: String, into table: inout RecognitionTable, log: inout DiagnosticLog,
                     defaults: ListDefaults = ListDefaults(), parts: Int? = nil, splitAbove: Int = 1 << 20) {
        var summary = InputSummary(path: path)
        let inputIndex = table.inputs.count
        defer { table.inputs.append(summary) }
        guard var decoded = CSVInput.open(consume raw, path: path, log: &log) else { return }
        summary.encoding = decoded.encoding
        let count = decoded.unreadableLines.isEmpty ? parts ?? Parallel.parts : 1
        let parts = decoded.withText { text in
            read(text, path: path, input: inputIndex, unreadable: decoded.unreadableLines, defaults: defaults.resolved(designations),
                 parts: count, splitAbove: splitAbove, log: &log)
        }
        // The file's bytes are not needed any more: free them before the parts are put together.
        decoded = DecodedText(bytes: [], encoding: decoded.encoding)
        guard var parts else { return }
        let noRows = parts.allSatisfy { $0.rows == 0 }
        table.reserveFirms(parts.reduce(0) { $0 + $1.table.firmCount })
        var shift = 0
        while !parts.isEmpty {
            let part = parts.removeFirst()
            table.absorb(part.table, shiftedBy: Int32(shift))
            log.absorb(part.log, shiftedBy: shift)
            summary.rows += part.rows
            summary.loaded += part.loaded
            summary.rejected += part.rows - part.loaded
            shift += part.endLine - 1
            if part.endedInsideQuotes { break }
        }
        if noRows { log.add(Diagnostic(.warning, file: path, line: 0, .headerOnly)) }
    }

    /// Reads the header, then the rows in parts at the same time; nil when the header is unusable.
    private func read(_ text: UnsafeBufferPointer<UInt8>, path: String, input: Int, unreadable: [LineProblem], defaults: RowDefaults,
                      parts count: Int, splitAbove: Int,
                      log: inout DiagnosticLog) -> [Part]? {
        var scanner = CSVScanner(text: text, delimiter: CSVScanner.detectDelimiter(text))
        // Two known columns make a header; a title row names at most one by chance.
        guard let header = CSVInput.header(&scanner, path: path, unreadable: unreadable, log: &log,
                                           isHeader: { HeaderMatch<RecognitionColumn>($0).positions.count >= 2 }),
              let reader = RowReader(loader: self, path: path, input: input, header: header, unreadable: unreadable, defaults: defaults,
                                     log: &log)
        else { return nil }
        let delimiter = scanner.delimiter, bodyStart = scanner.position, firstLine = scanner.line
        let bounds = ChunkSplit.bounds(text, from: bodyStart, parts: count, splitAbove: splitAbove)
        nonisolated(unsafe) let shared = text
        let parts = Parallel.map(bounds.count - 1) { part in
            var read = Part.read(UnsafeBufferPointer(rebasing: shared[bounds[part]..<bounds[part + 1]]), delimiter: delimiter,
                                 reader: reader, firstLine: part == 0 ? firstLine : 1)
            if part > 0 { read.dropLookups() }
            return read
        }
        if parts.dropLast().contains(where: \.endedInsideQuotes) {
            // The quote count misjudged a cut: read the whole text in one part.
            return [Part.read(UnsafeBufferPointer(rebasing: text[bodyStart...]), delimiter: delimiter, reader: reader, firstLine: firstLine)]
        }
        return parts
    }

    /// One stretch of a file, read on its own: its rows in a table of their own, lines counted
    /// from the stretch's start.
    struct Part {
        var table = RecognitionTable()
        var log = DiagnosticLog()
        var rows = 0
        var loaded = 0
        var endLine = 1
        var endedInsideQuotes = false

        static func read(_ text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, reader: RowReader, firstLine: Int) -> Part {
            var part = Part()
            var reader = reader
            var scanner = CSVScanner(text: text, delimiter: delimiter, firstLine: firstLine)
            var fields: [CSVScanner.Field] = []
            part.table.reserve(text.count / 120)
            part.table.reserveFirms(text.count / 240)
            loop: while true {
                switch scanner.next(into: &fields) {
                case .end: break loop
                case .unterminatedQuote(let line):
                    part.rows += 1
                    part.endedInsideQuotes = true
                    part.log.add(Diagnostic(.error, file: reader.path, line: line, .unterminatedQuote))
                    break loop
                case .textAfterClosingQuote(let line):
                    part.rows += 1
                    part.log.add(Diagnostic(.error, file: reader.path, line: line, .textAfterClosingQuote))
                case .record(let line):
                    let outcome = fields.withUnsafeBufferPointer { reader.read($0, of: scanner, line: line, into: &part.table) }
                    if outcome != .skipped { part.rows += 1 }
                    if outcome == .loaded { part.loaded += 1 }
                    for problem in reader.problems { part.log.add(problem) }
                }
            }
            part.endLine = scanner.line
            return part
        }

        /// After reading, a later part's code lookup is not needed (the merge looks its firms up
        /// in the first part's): dropping it lowers the peak memory of a big load.
        mutating func dropLookups() { table.dropLookups() }
    }
}

/// Reads the rows of one file once its header is known. A struct mutated in place through a
/// local variable: no closure captures it, so rows cost neither copies nor runtime exclusivity
/// checks.
struct RowReader {
    let path: String
    let input: Int
    let headers: [String]
    let designationReader: DesignationReader
    let resolver: RegionResolver
    let position: ColumnPositions
    /// Header of each region column (province … town, place), nil where the file has none.
    let regionHeaders: [String?]
    /// The file's unreadable lines: rows on them are left out.
    let unreadable: [LineProblem]
    /// The designation and date of rows whose file has no such column or leaves the cell empty.
    let defaults: RowDefaults
    private(set) var problems: [Diagnostic] = []
    private var designations = CellCache<DesignationReading>()
    private var actions = CellCache<Action?>()
    private var places = CellCache<RegionResolver.Resolution>()

    static let regionColumns: [RecognitionColumn] = [.province, .city, .district, .town, .place]

    /// Nil (with a diagnostic each) when the header lacks a required column, names one twice,
    /// or names none at all.
    init?(loader: RecognitionLoader, path: String, input: Int, header: CSVHeader, unreadable: [LineProblem], defaults: RowDefaults,
          log: inout DiagnosticLog) {
        self.path = path
        self.defaults = defaults
        self.input = input
        headers = header.cells
        self.unreadable = unreadable
        designationReader = loader.designationReader
        resolver = RegionResolver(tree: loader.regions)
        let match = HeaderMatch<RecognitionColumn>(headers)
        var position = ColumnPositions()
        for (column, at) in match.positions { position[column] = at }
        self.position = position
        regionHeaders = RowReader.regionColumns.map { position[$0] >= 0 ? header.cells[position[$0]] : nil }
        func has(_ column: RecognitionColumn) -> Bool { position[column] >= 0 }
        var missing: [[RecognitionColumn]] = []
        if !has(.designation) && defaults.designation == nil { missing.append([.designation]) }
        if !has(.date) && !has(.year) && defaults.date == nil { missing.append([.date, .year]) }
        if !has(.firm) && !has(.creditCode) { missing.append([.creditCode, .firm]) }
        if !RowReader.regionColumns.contains(where: has) { missing.append(RowReader.regionColumns) }
        let problems = match.problems(path: path, header: header, missing: missing)
        for problem in problems + match.unreadColumns(path: path, header: header) { log.add(problem) }
        if !problems.isEmpty { return nil }
    }

    private func has(_ column: RecognitionColumn) -> Bool { position[column] >= 0 }

    private func header(_ column: RecognitionColumn) -> String { headers[position[column]] }

    /// Reads one record into `table`. Its problems are in `problems`.
    mutating func read(_ fields: UnsafeBufferPointer<CSVScanner.Field>, of scanner: CSVScanner, line: Int,
                       into table: inout RecognitionTable) -> RowOutcome {
        if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
        if !unreadable.isEmpty, let found = unreadable.first(from: line, before: max(scanner.line, line + 1)) {
            problems.append(Diagnostic(.error, file: path, line: found.line, found.problem))
            return .rejected
        }
        if fields.count != headers.count {
            let extraIsEmpty = fields.count > headers.count && fields[headers.count...].allSatisfy { scanner.trimmed($0).isEmpty }
            if !extraIsEmpty {
                problems.append(Diagnostic(.error, file: path, line: line, .fieldCount(expected: headers.count, found: fields.count)))
                return CSVInput.rejected(fields, of: scanner, headers: headers, path: path, line: line, problems: &problems)
            }
        }
        let row = Row(fields: UnsafeBufferPointer(rebasing: fields.prefix(headers.count)), scanner: scanner, position: position)
        let reading = readDesignation(row, line: line)
        let date = readDate(row, line: line, designationYear: reading?.year)
        let action = readAction(row, line: line, designationAction: reading?.action)
        let code = readCreditCode(row, line: line)
        let region = readRegion(row, line: line)
        if let slot = reading?.slot, let issuer = designations.values[slot].issuer, let region {
            checkIssuer(issuer, contains: region, row, line: line)
        }
        if code == nil && row.isEmpty(.firm) && row.isEmpty(.creditCode) {
            problem(.error, line, has(.firm) ? .firm : .creditCode, row, .missingValue)
        }
        guard let designation = reading?.designation, let date, let action, let region,
              !problems.contains(where: { $0.severity == .error }) else {
            return CSVInput.rejected(fields, of: scanner, headers: headers, path: path, line: line, problems: &problems)
        }
        // A name that is not UTF-8: a line in another encoding is left out; a damaged name is
        // kept (with U+FFFD in place of its bad bytes) and reported. Checked on every row, also of
        // firms already known by their code, so that the outcome does not depend on which rows
        // came before (nor on where a file is cut to be read in parts).
        if let bytes = row.bytes(.firm), TextDecoding.checkUTF8(bytes).invalid > 0 {
            if let other = CSVInput.otherEncoding(fields, of: scanner, path: path, line: line) {
                problems = [other]
                return .rejected
            }
            problem(.warning, line, .firm, row, .invalidEncoding("UTF-8"))
        }
        let firm: Int32
        if let code, let known = table.firm(code: code) {
            firm = known
            // Nearly every row names its firm as the first did: those bytes are compared only.
            if let bytes = row.bytes(.firm), !table.hasName(known, bytes) {
                row.withCleanBytes(.firm) { table.note(name: $0, of: known, code: code, line: line, input: input) }
            }
        } else {
            if let code {
                firm = row.withCleanBytes(.firm) { table.addFirm(code: code, name: $0) }
            } else {
                firm = table.firm(name: row.text(.firm))
            }
        }
        table.append(firm: firm, region: Int32(region), designation: designation, day: date.day, yearOnly: date.yearOnly,
                     action: action, line: line, input: input, batch: readBatch(row, line: line) ?? reading?.batch)
        return .loaded
    }

    /// The cells of the current record.
    struct Row {
        let fields: UnsafeBufferPointer<CSVScanner.Field>
        let scanner: CSVScanner
        let position: ColumnPositions

        func field(_ column: RecognitionColumn) -> CSVScanner.Field? {
            let at = position[column]
            return at >= 0 && at < fields.count ? fields[at] : nil
        }

        func bytes(_ column: RecognitionColumn) -> UnsafeBufferPointer<UInt8>? { field(column).map(scanner.trimmed) }

        func isEmpty(_ column: RecognitionColumn) -> Bool { bytes(column)?.isEmpty ?? true }

        /// The cell's value as clean UTF-8 bytes (the text itself when it needs no cleaning).
        func withCleanBytes<R>(_ column: RecognitionColumn, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if let field = field(column), !field.hasDoubledQuotes {
                let bytes = scanner.trimmed(field)
                if Sanitizer.isCleanUTF8(bytes) { return body(bytes) }
            }
            var text = self.text(column)
            return text.withUTF8(body)
        }

        func text(_ column: RecognitionColumn) -> String {
            guard let field = field(column) else { return "" }
            return field.hasDoubledQuotes ? Sanitizer.clean(scanner.string(field)) : Sanitizer.clean(utf8: scanner.trimmed(field))
        }
    }

    private mutating func problem(_ severity: Diagnostic.Severity, _ line: Int, _ column: RecognitionColumn, _ row: Row, _ problem: Problem) {
        problems.append(Diagnostic(severity, file: path, line: line, column: header(column), value: row.text(column), problem))
    }

    /// What a row takes from its designation cell, in plain values (a reading's issuer and
    /// findings hold references, which a million rows would each retain and release): the
    /// reading's slot in `designations` gives the rest.
    struct DesignationCell {
        var designation: Int?
        var year: Int?
        var batch: Int?
        var action: Action?
        var slot: Int?
    }

    /// The designation cell's reading (decorations included), or the file's default; nil, with
    /// an error, when the cell is empty and there is none.
    private mutating func readDesignation(_ row: Row, line: Int) -> DesignationCell? {
        guard let bytes = row.bytes(.designation), !bytes.isEmpty else {
            if let designation = defaults.designation { return DesignationCell(designation: designation) }
            problem(.error, line, .designation, row, .missingValue)
            return nil
        }
        let slot = designations.slot(for: bytes, resolve: designationReader.read)
        if !designations.values[slot].findings.isEmpty {
            for finding in designations.values[slot].findings { problem(finding.severity, line, .designation, row, finding.problem) }
        }
        return DesignationCell(designation: designations.values[slot].designation, year: designations.values[slot].year,
                               batch: designations.values[slot].batch, action: designations.values[slot].action, slot: slot)
    }

    /// The batch cell's number (第五批, 5); nil, with a warning, for one that names no batch.
    private mutating func readBatch(_ row: Row, line: Int) -> Int? {
        guard let bytes = row.bytes(.batch), !bytes.isEmpty else { return nil }
        let text = row.text(.batch)
        if let batch = DecorationParsing.batchCell(text) { return batch }
        problem(.warning, line, .batch, row, .badBatch)
        return nil
    }

    /// A designation cell's issuer must contain the row's region (江苏省 for a firm in 泰州市).
    private mutating func checkIssuer(_ issuer: DesignationIssuer, contains region: Int, _ row: Row, line: Int) {
        let tree = resolver.tree
        guard !issuer.regions.contains(where: { tree.isWithin(region, $0) }) else { return }
        let place = tree.path(to: region).dropFirst().map { tree[$0].name }.joined()
        problem(.warning, line, .designation, row, .issuerOutsideRegion(issuer: issuer.name, region: place))
    }

    /// The row's date: its date cell, else its year cell, else the year its designation cell names,
    /// else the file's default.
    private mutating func readDate(_ row: Row, line: Int, designationYear: Int?) -> (day: Day, yearOnly: Bool)? {
        let found: (day: Day, yearOnly: Bool)
        let used: RecognitionColumn
        if let bytes = row.bytes(.date), !bytes.isEmpty {
            used = .date
            guard let parsed = CellParsing.date(bytes) else {
                problem(.error, line, .date, row, .badDate)
                return nil
            }
            found = parsed
        } else if let bytes = row.bytes(.year), !bytes.isEmpty {
            used = .year
            guard let year = CellParsing.year(bytes) else {
                problem(.error, line, .year, row, .badDate)
                return nil
            }
            found = (Day.endOfYear(year), true)
        } else if let designationYear {
            used = .designation
            found = (Day.endOfYear(designationYear), true)
        } else if let date = defaults.date {
            return date
        } else {
            problem(.error, line, has(.date) ? .date : .year, row, .missingValue)
            return nil
        }
        if !ValidRange.isPlausible(found.day) {
            problem(.error, line, used, row, .implausibleDate)
            return nil
        }
        if used == .date, let bytes = row.bytes(.year), let year = CellParsing.year(bytes), year != found.day.year {
            problem(.warning, line, .date, row, .dateDisagreesWithYear(year))
        }
        if used != .designation, let designationYear, designationYear != found.day.year {
            problem(.warning, line, used, row, .dateDisagreesWithDesignationYear(date: found.day.year, designation: designationYear))
        }
        return found
    }

    /// The row's action: its action cell, else the status its designation cell names, else grant.
    private mutating func readAction(_ row: Row, line: Int, designationAction: Action?) -> Action? {
        guard let bytes = row.bytes(.action), !bytes.isEmpty else { return designationAction ?? .grant }
        let found = actions.value(for: bytes, resolve: ActionNames.lookup)
        if found == nil { problem(.error, line, .action, row, .unknownAction) }
        if let found, let designationAction, found != designationAction {
            problem(.error, line, .action, row, .actionDisagreesWithDesignation(action: found, designation: designationAction))
            return nil
        }
        return found
    }

    private mutating func readCreditCode(_ row: Row, line: Int) -> CreditCode? {
        guard let bytes = row.bytes(.creditCode), !bytes.isEmpty else { return nil }
        switch CreditCode.read(bytes) {
        case .valid(let code): return code
        case .wrongCheckCharacter(let code, let expected):
            problem(.warning, line, .creditCode, row, .creditCodeCheckCharacter(expected: String(expected)))
            return code
        case .malformed:
            problem(.error, line, .creditCode, row, ScientificNotation.matches(bytes) ? .creditCodeStoredAsNumber : .malformedCreditCode)
            return nil
        }
    }

    /// The region of a row: the place cell (the whole place in one cell) first, then the
    /// province, city, district and town cells under it.
    private mutating func readRegion(_ row: Row, line: Int) -> Int? {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        let cells = (row.bytes(.province) ?? empty, row.bytes(.city) ?? empty, row.bytes(.district) ?? empty, row.bytes(.town) ?? empty,
                     row.bytes(.place) ?? empty)
        let found = withUnsafeBytes(of: cells) { raw in
            places.find(parts: raw.bindMemory(to: UnsafeBufferPointer<UInt8>.self))
        }
        let slot: Int
        if let found {
            slot = found
        } else {
            var key: [UInt8] = []
            for part in [cells.0, cells.1, cells.2, cells.3, cells.4] { key.append(contentsOf: part); key.append(0x1F) }
            let texts = [cells.0, cells.1, cells.2, cells.3, cells.4].map { Sanitizer.clean(utf8: $0) }
            let named = [4, 0, 1, 2, 3].compactMap { at in regionHeaders[at].map { (column: $0, text: texts[at]) } }
            slot = key.withUnsafeBufferPointer { places.add($0, resolver.resolve(named)) }
        }
        let resolution = places.values[slot]
        if resolution.region == resolver.tree.root {
            // Nothing placed the firm below the country: a cell that names no known region, or
            // none filled in (a firm is always somewhere; the district is the cell to fill in).
            if let named = RowReader.regionColumns.last(where: { !row.isEmpty($0) }) {
                problem(.error, line, named, row, .unknownRegion(within: resolver.tree[resolver.tree.root].name))
            } else {
                problem(.error, line, [RecognitionColumn.district, .city, .province, .town, .place].first(where: has)!, row, .missingValue)
            }
            return nil
        }
        for finding in resolution.findings {
            problems.append(Diagnostic(finding.severity, file: path, line: line, column: finding.column, value: finding.value, finding.problem))
        }
        if resolution.region == nil && resolution.findings.isEmpty {
            problem(.error, line, RowReader.regionColumns.last(where: has)!, row, .missingValue)
        }
        return resolution.region
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

/// Where each column is in a file's rows (-1 when absent): plain integers, so that reading a row
/// touches no shared reference counts.
struct ColumnPositions {
    /// As many slots as `RecognitionColumn` has cases at most (a test holds it to that).
    static let capacity = 12
    private var positions: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) = (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)

    subscript(column: RecognitionColumn) -> Int {
        get {
            withUnsafeBytes(of: positions) { $0.load(fromByteOffset: column.rawValue * MemoryLayout<Int>.stride, as: Int.self) }
        }
        set {
            withUnsafeMutableBytes(of: &positions) { $0.storeBytes(of: newValue, toByteOffset: column.rawValue * MemoryLayout<Int>.stride, as: Int.self) }
        }
    }
}


/// A bureau's register of its firms: each firm's credit code, its name and former names, and
/// where it is (district, town). Optional; given, it puts codes on rows that name a firm without
/// one (a published list names firms only), joins a renamed firm's rows under its code without a
/// warning, and places firms of a list that gives only their district in their town.
public struct FirmRegister: Sendable {
    struct Entry: Sendable {
        let code: CreditCode
        /// The region the register gives: a town where it names one, else the district.
        let region: Int?
        let line: Int
        let file: String
    }

    private(set) var entries: [Entry] = []
    /// Every name and former name, by `FirmNameKey`, to its entry.
    private(set) var byName: [String: Int] = [:]
    /// Each code's entry.
    private(set) var byCode: [CreditCode: Int] = [:]
    /// The regions the entries are placed in.
    private var tree: RegionTree?

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }

    /// The columns of a register.
    enum Column: HeaderColumn {
        case creditCode, firm, formerNames, district, town

        static let bySpelling = HeaderMatch<Column>.spellingTable()

        var spellings: [String] {
            switch self {
            case .creditCode: return RecognitionColumn.creditCode.spellings
            case .firm: return RecognitionColumn.firm.spellings
            case .formerNames: return ["former_names", "曾用名", "原名称", "曾用名称", "原企业名称"]
            case .district: return RecognitionColumn.district.spellings
            case .town: return RecognitionColumn.town.spellings
            }
        }
    }

    /// Reads the register in `raw` (named `path` in messages) against `regions`: every row needs
    /// a valid code and a name; a code or a name given twice is an error on its second row.
    public mutating func load(_ raw: [UInt8], path: String, regions: RegionTree, log: inout DiagnosticLog) {
        tree = regions
        guard let decoded = CSVInput.open(raw, path: path, log: &log) else { return }
        decoded.withText { text in
            var scanner = CSVScanner(text: text, delimiter: CSVScanner.detectDelimiter(text))
            guard let header = CSVInput.header(&scanner, path: path, unreadable: decoded.unreadableLines, log: &log,
                                               isHeader: { HeaderMatch<Column>($0).positions.count >= 2 }) else { return }
            let match = HeaderMatch<Column>(header.cells)
            let problems = match.problems(path: path, header: header, missing: [[.creditCode], [.firm]].filter { match.positions[$0[0]] == nil })
            for problem in problems { log.add(problem) }
            guard problems.isEmpty else { return }
            let resolver = RegionResolver(tree: regions)
            var fields: [CSVScanner.Field] = []
            while case .record(let line) = scanner.next(into: &fields) {
                func cell(_ column: Column) -> String {
                    guard let at = match.positions[column], at < fields.count else { return "" }
                    return Sanitizer.clean(scanner.string(fields[at])).trimmingSpaces
                }
                func error(_ column: Column, _ problem: Problem) {
                    log.add(Diagnostic(.error, file: path, line: line, column: match.positions[column].map { header.cells[$0] }, value: cell(column), problem))
                }
                let codeText = cell(.creditCode), name = cell(.firm)
                if codeText.isEmpty && name.isEmpty { continue }
                let code: CreditCode
                switch codeText.utf8.withContiguousStorageIfAvailable(CreditCode.read) {
                case .valid(let valid)?: code = valid
                default:
                    error(.creditCode, codeText.isEmpty ? .missingValue : .malformedCreditCode)
                    continue
                }
                guard !name.isEmpty else {
                    error(.firm, .missingValue)
                    continue
                }
                if let earlier = byCode[code] {
                    error(.creditCode, .registeredTwice(at: "\(entries[earlier].file):\(entries[earlier].line)"))
                    continue
                }
                let cells = [(header.cells[match.positions[.district] ?? 0], cell(.district)), (header.cells[match.positions[.town] ?? 0], cell(.town))]
                    .filter { !$0.1.isEmpty }
                let region = cells.isEmpty ? nil : resolver.resolve(cells.map { (column: $0.0, text: $0.1) }).region
                let index = entries.count
                entries.append(Entry(code: code, region: region, line: line, file: path))
                byCode[code] = index
                let formerNames = cell(.formerNames).split(whereSeparator: { "；;、/|".contains($0) }).map { String($0).trimmingSpaces }
                for spelling in [name] + formerNames where !spelling.isEmpty {
                    let key = FirmNameKey.key(spelling)
                    if let other = byName[key], other != index {
                        error(.firm, .registeredTwice(at: "\(entries[other].file):\(entries[other].line)"))
                    } else {
                        byName[key] = index
                    }
                }
            }
        }
    }

    /// True when `name` is `code`'s name or one of its former names.
    func isName(_ name: String, of code: CreditCode) -> Bool {
        guard let index = byCode[code] else { return false }
        return byName[FirmNameKey.key(name)] == index
    }

    /// Where the firm with `code` is, given a row that places it in `region`: the register's
    /// town (or district) where it lies within `region`, else `region`.
    func place(_ code: CreditCode, in region: Int) -> Int {
        guard let tree, let registered = byCode[code].flatMap({ entries[$0].region }), tree.isWithin(registered, region) else { return region }
        return registered
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\u{3000}" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\u{3000}" { text = text.dropLast() }
        return String(text)
    }
}

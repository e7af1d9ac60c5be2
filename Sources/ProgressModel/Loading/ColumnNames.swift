/// The columns a recognitions list may have, and the header spellings (English or Chinese)
/// that name them. Headers are matched after `HeaderMatch.normalized`, and again without a
/// bracketed part, a leading 所属/所在 or a trailing 名称, so that 所属镇街(园区), 所在区县 and
/// 区县名称 need no entry of their own.
enum RecognitionColumn: Int, HeaderColumn {
    case creditCode, firm, province, city, district, town, designation, date, year, action, batch
    /// One cell naming the whole place (广东省湛江市遂溪县), split against the region tree.
    case place

    static let bySpelling = HeaderMatch<RecognitionColumn>.spellingTable()

    var defaultOption: String? {
        switch self {
        case .designation: return "--designation"
        case .date, .year: return "--date"
        default: return nil
        }
    }

    var spellings: [String] {
        switch self {
        case .creditCode: return ["credit_code", "uscc", "统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "社会统一信用代码"]
        case .firm: return ["firm", "firm_name", "name", "company", "企业名称", "企业", "公司名称", "单位名称", "企业全称", "公司", "单位", "申报企业",
                            "申报单位", "名称"]
        case .province: return ["province", "省", "省份", "省(自治区、直辖市)", "省(区、市)", "省区市"]
        case .city: return ["city", "市", "地市", "城市", "设区市", "地级市", "市(州)", "市州", "州市", "地区(市、州)"]
        case .district: return ["district", "county", "区县", "区/县", "县区", "县(市、区)", "区", "县", "区(县)", "县(区)", "县(市区)", "县市区",
                                "区县(市)", "县(市)", "区(市、县)", "区县市"]
        case .town: return ["town", "street", "park", "镇街", "镇街园区", "街道", "乡镇", "园区", "镇(街道)", "镇", "乡镇街道", "镇街道", "街镇",
                            "乡镇(街道)", "镇(街)", "镇街(园区)", "镇(街道、园区)"]
        case .designation: return ["designation", "type", "list", "认定类型", "类型", "称号", "荣誉称号", "认定称号", "级别", "类别", "认定级别",
                                   "认定类别", "名单类型", "企业类别", "层级"]
        case .date: return ["date", "认定日期", "日期", "认定时间", "公布日期", "发布日期", "公示日期", "公布时间", "发文日期"]
        case .year: return ["year", "年度", "年份", "认定年度", "认定年份", "公布年度", "入库年度"]
        case .action: return ["action", "status", "状态", "操作", "变动类型", "认定状态", "变动情况", "变动"]
        case .batch: return ["batch", "批次", "认定批次", "公布批次", "批"]
        case .place: return ["place", "地区", "所在地区", "所在地"]
        }
    }

    /// Words by which an unread header looks like one of the columns srdi reads: such a header
    /// gets a warning, since its values are left unread (a town column spelt 所在乡镇街道名称,
    /// a date spelt 认定公布日期).
    static func resemblance(_ normalized: String) -> RecognitionColumn? {
        let hints: [(RecognitionColumn, [String])] = [
            (.date, ["日期", "时间", "date"]), (.year, ["年度", "年份", "year"]), (.batch, ["批次"]),
            (.town, ["镇", "街道", "乡", "园区", "社区", "村"]), (.district, ["区县", "县区", "县", "区"]), (.city, ["市", "州"]), (.province, ["省"]),
            (.designation, ["类型", "级别", "称号", "类别"]), (.creditCode, ["代码"]),
        ]
        return hints.first { $0.1.contains { normalized.contains($0) } }?.0
    }
}

/// Headers of columns that lists carry and srdi does not read, passed over without a word: a
/// row number, remarks, contacts, what a firm makes, its address.
enum UnreadHeaders {
    static let spellings: Set<String> = Set([
        "序号", "编号", "no", "no.", "#", "id", "备注", "说明", "附注", "联系人", "联系电话", "电话", "手机", "邮箱", "法定代表人", "法人代表",
        "主导产品", "主营产品", "主要产品", "产品名称", "细分领域", "所属行业", "行业", "行业类别", "所属领域", "领域", "注册地址", "地址",
        "通讯地址", "注册资本", "成立日期", "成立时间", "注册时间", "remarks", "notes", "note",
    ].map(HeaderMatch<RecognitionColumn>.normalized))
}

/// A column a CSV input may have, named in its header by any of several spellings.
protocol HeaderColumn: Hashable, CaseIterable {
    /// The spellings that name the column: English first, then Chinese.
    var spellings: [String] { get }
    /// Every spelling, normalised as headers are, to its column: built once per type, since a
    /// small file's load would otherwise spend most of its time normalising the spellings.
    static var bySpelling: [String: Self] { get }
    /// The column an unread header looks like, for a warning; nil when it looks like none.
    static func resemblance(_ normalized: String) -> Self?
    /// The command-line option that gives the column's value to a whole file, if any.
    var defaultOption: String? { get }
}

extension HeaderColumn {
    static func resemblance(_ normalized: String) -> Self? { nil }
    var defaultOption: String? { nil }
}

extension HeaderColumn {
    /// The English and the first Chinese spelling, such as `firm/企业名称`, for messages.
    var label: String { "\(spellings[0])/\(spellings.first { $0.utf8.first! >= 0x80 } ?? "")" }
}

/// Where a header puts each known column. Headers are compared without spaces and quotes,
/// Latin letters case-insensitive; cells naming no known column are ignored. Two cells that
/// name the same column (`企业名称,企业名称`, or `firm` and `企业名称`) are a problem: which of
/// them holds the value cannot be guessed.
struct HeaderMatch<Column: HeaderColumn> {
    private(set) var positions: [Column: Int] = [:]
    private(set) var duplicates: [Problem] = []
    /// Headers that name no column but look like one: (position, header, the column it looks like).
    private(set) var resembling: [(position: Int, header: String, column: Column)] = []

    init(_ headers: [String]) {
        for (position, header) in headers.enumerated() {
            guard let column = HeaderMatch.column(named: header) else {
                let key = HeaderMatch.normalized(header)
                if !key.isEmpty, !UnreadHeaders.spellings.contains(key), let like = Column.resemblance(key) {
                    resembling.append((position, header, like))
                }
                continue
            }
            if let first = positions[column] {
                duplicates.append(.duplicateColumn(meaning: column.label, first: first + 1, firstHeader: headers[first],
                                                   second: position + 1, secondHeader: header))
            } else {
                positions[column] = position
            }
        }
    }

    /// The problems of `header`: duplicate columns; or no known column at all (not a header,
    /// or cells separated by something else), showing the header; or else a problem per group
    /// of `missing` columns (a group is satisfied by any one of its columns). Empty when the
    /// columns can be read.
    func problems(path: String, header: CSVHeader, missing: [[Column]]) -> [Diagnostic] {
        let line = header.line
        if !duplicates.isEmpty { return duplicates.map { Diagnostic(.error, file: path, line: line, $0) } }
        if positions.isEmpty {
            let found = String(header.cells.joined(separator: ",").prefix(80))
            return [Diagnostic(.error, file: path, line: line, value: found, .noKnownColumn(expected: missing.map(\.[0].label)))]
        }
        return missing.map { group in
            Diagnostic(.error, file: path, line: line, .missingColumn(group.map(\.label), accepted: group.flatMap { HeaderMatch.accepted($0) },
                                                                      option: group.first?.defaultOption))
        }
    }

    /// Warnings for headers that look like a column but are not read (none when the header
    /// names no known column: it is not a header then).
    func unreadColumns(path: String, header: CSVHeader) -> [Diagnostic] {
        guard !positions.isEmpty else { return [] }
        return resembling.map { found in
            Diagnostic(.warning, file: path, line: header.line,
                       .unreadColumn(position: found.position + 1, header: found.header, looksLike: found.column.label,
                                     accepted: HeaderMatch.accepted(found.column)))
        }
    }

    /// The column `header` names: its spelling, or the spelling left without its bracketed parts
    /// (or its brackets, when all of it is bracketed), a leading 所属 or 所在, or a trailing 名称.
    static func column(named header: String) -> Column? {
        var key = normalized(header)
        if let column = Column.bySpelling[key] { return column }
        if key.contains("(") {
            // 企业(单位)名称 → 企业名称; 【认定类型】 → 认定类型.
            let outside = key.replacing(/\([^()]*\)/, with: "")
            key = outside.isEmpty ? key.filter { $0 != "(" && $0 != ")" } : outside
            if let column = Column.bySpelling[key] { return column }
        }
        for prefix in ["所属", "所在"] where key.hasPrefix(prefix) {
            key = String(key.dropFirst(prefix.count))
            if let column = Column.bySpelling[key] { return column }
        }
        if key.hasSuffix("名称"), key.count > 2 { return Column.bySpelling[String(key.dropLast(2))] }
        return nil
    }

    /// The spellings accepted for `column`, for messages: each as written in the table.
    static func accepted(_ column: Column) -> [String] { column.spellings }

    /// `Column`'s spellings, normalised, for `HeaderColumn.bySpelling`.
    static func spellingTable() -> [String: Column] {
        var table: [String: Column] = [:]
        for column in Column.allCases { for spelling in column.spellings { table[normalized(spelling)] = column } }
        return table
    }

    /// A header without spaces and quotes, full-width letters, digits and brackets made
    /// half-width (【】〔〕[] become ()), Latin letters in lower case.
    static func normalized(_ header: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in header.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x3000, 0xFEFF, 0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D: continue
            case 0xFF08, 0x3010, 0x3014, 0x5B: result.append("(")
            case 0xFF09, 0x3011, 0x3015, 0x5D: result.append(")")
            case 0xFF01...0xFF5E: result.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            default: result.append(scalar)
            }
        }
        return String(result).lowercased()
    }
}

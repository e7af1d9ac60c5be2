/// The columns a recognitions list may have, and the header spellings (English or Chinese)
/// that name them.
enum RecognitionColumn: Int, HeaderColumn {
    case creditCode, firm, province, city, district, town, designation, date, year, action
    /// One cell naming the whole place (广东省湛江市遂溪县), split against the region tree.
    case place

    static let bySpelling = HeaderMatch<RecognitionColumn>.spellingTable()

    var spellings: [String] {
        switch self {
        case .creditCode: return ["credit_code", "uscc", "统一社会信用代码", "社会信用代码", "信用代码"]
        case .firm: return ["firm", "firm_name", "name", "company", "企业名称", "企业", "公司名称", "单位名称"]
        case .province: return ["province", "省", "省份", "所在省", "省(自治区、直辖市)", "省(区、市)"]
        case .city: return ["city", "市", "地市", "所在市", "城市", "设区市"]
        case .district: return ["district", "county", "区县", "区/县", "县区", "县(市、区)", "所在区县", "区"]
        case .town: return ["town", "street", "park", "镇街", "镇街园区", "街道", "乡镇", "园区", "镇(街道)"]
        case .designation: return ["designation", "type", "list", "认定类型", "类型", "称号", "荣誉称号", "认定称号", "级别", "类别"]
        case .date: return ["date", "认定日期", "日期", "认定时间", "公布日期", "发布日期"]
        case .year: return ["year", "年度", "年份", "认定年度"]
        case .action: return ["action", "status", "状态", "操作", "变动类型"]
        case .place: return ["place", "地区", "所在地区", "所在地"]
        }
    }
}

/// A column a CSV input may have, named in its header by any of several spellings.
protocol HeaderColumn: Hashable, CaseIterable {
    /// The spellings that name the column: English first, then Chinese.
    var spellings: [String] { get }
    /// Every spelling, normalised as headers are, to its column: built once per type, since a
    /// small file's load would otherwise spend most of its time normalising the spellings.
    static var bySpelling: [String: Self] { get }
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

    init(_ headers: [String]) {
        for (position, header) in headers.enumerated() {
            guard let column = Column.bySpelling[HeaderMatch.normalized(header)] else { continue }
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
        return missing.map { Diagnostic(.error, file: path, line: line, .missingColumn($0.map(\.label))) }
    }

    /// `Column`'s spellings, normalised, for `HeaderColumn.bySpelling`.
    static func spellingTable() -> [String: Column] {
        var table: [String: Column] = [:]
        for column in Column.allCases { for spelling in column.spellings { table[normalized(spelling)] = column } }
        return table
    }

    static func normalized(_ header: String) -> String {
        var result = ""
        for scalar in header.unicodeScalars where !" \u{3000}\u{FEFF}\"“”'".unicodeScalars.contains(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result.lowercased()
    }
}

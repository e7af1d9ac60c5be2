/// One problem found in an input file: where it is (file, line, column), the offending value
/// and what was expected. Errors reject the row (or the file); warnings keep it.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public let severity: Severity
    public let file: String
    /// 1-based physical line where the record starts; 0 for a problem with the whole file.
    public let line: Int
    public let column: String?
    public let value: String?
    public let problem: Problem

    public init(_ severity: Severity, file: String, line: Int, column: String? = nil, value: String? = nil, _ problem: Problem) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.value = value.map(Sanitizer.clean)
        self.problem = problem
    }

    /// The same problem `lines` further down (for rows read in parts).
    func shifted(by lines: Int) -> Diagnostic {
        lines == 0 || line == 0 ? self
            : Diagnostic(severity, file: file, line: line + lines, column: column, value: value, problem)
    }

    /// `file:line: error: column "x": value "y": message`, the form compilers use, so that
    /// editors and terminals can jump to the place.
    public func formatted(_ language: Language) -> String {
        var text = line > 0 ? "\(file):\(line): " : "\(file): "
        text += severity == .error ? (language == .chinese ? "错误: " : "error: ") : (language == .chinese ? "警告: " : "warning: ")
        if let column { text += language == .chinese ? "列“\(column)”: " : "column \"\(column)\": " }
        if let value { text += language == .chinese ? "值“\(value)”: " : "value \"\(value)\": " }
        return text + problem.message(language)
    }
}

/// What is wrong, in terms a user can act on. Each case renders in Chinese and English.
public enum Problem: Sendable, Hashable {
    case cannotRead(String)
    case emptyFile
    case headerOnly
    case missingColumn([String])
    case unterminatedQuote
    case textAfterClosingQuote
    case fieldCount(expected: Int, found: Int)
    case invalidEncoding(String)
    case missingValue
    case unknownDesignation
    case unknownRegion(within: String)
    case ambiguousRegion([String])
    case regionOutside(String)
    case regionMerged(into: String, note: String)
    case townNotFound(countedAt: String)
    case regionNotUnder(name: String, parent: String, nearest: [String])
    case badDate
    case implausibleDate
    case dateDisagreesWithYear(Int)
    case malformedCreditCode
    case creditCodeCheckCharacter(expected: String)
    case unknownAction
    case duplicateRow(firstLine: Int)
    case renewWithoutGrant
    case firmMoved(from: String, to: String)
    case badNumber
    case outOfRange(String)
    case unknownMetric
    case invalidYAML(String)
    case missingField(String)
    case invalidField(String, expected: String)
    case duplicateID(String)
    case unknownReference(String)
    case referenceLoop([String])
    case unknownField(String, known: [String])
    case quoteNotInDocument(String)
    case missingDocument(String)
    case duplicateColumn(meaning: String, first: Int, firstHeader: String, second: Int, secondHeader: String)
    case noKnownColumn(expected: [String])
    case mixedEncoding(line: String, file: String)
    case nulByte
    case binaryFile(format: String)
    case blankRow
    case repeatedHeader

    /// The name of the case, to group problems of one kind.
    var kind: String {
        switch self {
        case .cannotRead: return "cannotRead"
        case .emptyFile: return "emptyFile"
        case .headerOnly: return "headerOnly"
        case .missingColumn: return "missingColumn"
        case .unterminatedQuote: return "unterminatedQuote"
        case .textAfterClosingQuote: return "textAfterClosingQuote"
        case .fieldCount: return "fieldCount"
        case .invalidEncoding: return "invalidEncoding"
        case .missingValue: return "missingValue"
        case .unknownDesignation: return "unknownDesignation"
        case .unknownRegion: return "unknownRegion"
        case .ambiguousRegion: return "ambiguousRegion"
        case .regionOutside: return "regionOutside"
        case .regionMerged: return "regionMerged"
        case .townNotFound: return "townNotFound"
        case .regionNotUnder: return "regionNotUnder"
        case .badDate: return "badDate"
        case .implausibleDate: return "implausibleDate"
        case .dateDisagreesWithYear: return "dateDisagreesWithYear"
        case .malformedCreditCode: return "malformedCreditCode"
        case .creditCodeCheckCharacter: return "creditCodeCheckCharacter"
        case .unknownAction: return "unknownAction"
        case .duplicateRow: return "duplicateRow"
        case .renewWithoutGrant: return "renewWithoutGrant"
        case .firmMoved: return "firmMoved"
        case .badNumber: return "badNumber"
        case .outOfRange: return "outOfRange"
        case .unknownMetric: return "unknownMetric"
        case .invalidYAML: return "invalidYAML"
        case .missingField: return "missingField"
        case .invalidField: return "invalidField"
        case .duplicateID: return "duplicateID"
        case .unknownReference: return "unknownReference"
        case .referenceLoop: return "referenceLoop"
        case .unknownField: return "unknownField"
        case .quoteNotInDocument: return "quoteNotInDocument"
        case .missingDocument: return "missingDocument"
        case .duplicateColumn: return "duplicateColumn"
        case .noKnownColumn: return "noKnownColumn"
        case .mixedEncoding: return "mixedEncoding"
        case .nulByte: return "nulByte"
        case .binaryFile: return "binaryFile"
        case .blankRow: return "blankRow"
        case .repeatedHeader: return "repeatedHeader"
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .cannotRead(let reason): return zh ? "无法读取文件(\(reason))" : "cannot read the file (\(reason))"
        case .emptyFile: return zh ? "文件为空,需要表头行和数据行" : "the file is empty; expected a header row and data rows"
        case .headerOnly: return zh ? "只有表头,没有数据行" : "the file has a header but no data rows"
        case .missingColumn(let names):
            return zh ? "缺少必需的列:\(names.joined(separator: " 或 "))" : "missing required column: \(names.joined(separator: " or "))"
        case .unterminatedQuote:
            return zh ? "引号未闭合:从此行起到文件末尾的内容无法读取" : "unterminated quote: the rest of the file from this line cannot be read"
        case .textAfterClosingQuote: return zh ? "闭合引号后还有文字;期望逗号或换行" : "text after a closing quote; expected a delimiter or a line end"
        case .fieldCount(let expected, let found):
            return zh ? "本行有 \(found) 个字段,表头有 \(expected) 个" : "\(found) fields in this row; the header has \(expected)"
        case .invalidEncoding(let encoding):
            return zh ? "含有不合法的\(encoding)字节,已替换为 �" : "invalid \(encoding) bytes, replaced by �"
        case .missingValue: return zh ? "此列不能为空" : "this column must not be empty"
        case .unknownDesignation:
            return zh ? "未知的认定类型;期望 designations.yaml 中的代码、名称或别名" : "unknown designation; expected a code, name or alias from designations.yaml"
        case .unknownRegion(let within):
            return zh ? "在“\(within)”下找不到该地区;期望 regions.csv 中的名称或代码" : "no such region in \(within); expected a name or code from regions.csv"
        case .ambiguousRegion(let names):
            return zh ? "地区名称不唯一(\(names.joined(separator: "、"))),请填写上级地区或代码" : "ambiguous region name (\(names.joined(separator: ", "))); give the parent region or a code"
        case .regionOutside(let scope):
            return zh ? "地区代码不在“\(scope)”之内" : "region code is not within \(scope)"
        case .regionMerged(let successor, let note):
            return zh ? "该地区已撤销,计入“\(successor)”(\(note))" : "abolished region, counted under \(successor) (\(note))"
        case .townNotFound(let place):
            return zh ? "镇街园区不在地区表中,计入“\(place)”" : "town, street or park not in the region table; counted under \(place)"
        case .regionNotUnder(let name, let parent, let nearest):
            if nearest.isEmpty {
                return zh ? "“\(parent)”下没有“\(name)”;期望 regions.csv 中的名称或代码" : "no \(name) under \(parent); expected a name or code from regions.csv"
            }
            return zh ? "“\(parent)”下没有“\(name)”;是否应为“\(nearest.joined(separator: "”或“"))”?"
                : "no \(name) under \(parent); did you mean \(nearest.joined(separator: " or "))?"
        case .badDate:
            return zh ? "日期无法识别;期望 2024-05-01、2024/5/1、2024年5月1日 或 2024" : "unreadable date; expected 2024-05-01, 2024/5/1, 2024年5月1日 or 2024"
        case .implausibleDate: return zh ? "日期不在 1990—2100 年之间" : "date outside 1990–2100"
        case .dateDisagreesWithYear(let year):
            return zh ? "日期与年度列(\(year))不一致,采用日期" : "date disagrees with the year column (\(year)); the date is used"
        case .malformedCreditCode:
            return zh ? "统一社会信用代码格式不对;期望 18 位数字或大写字母(不含 I O S V Z)" : "malformed unified social credit code; expected 18 digits or capital letters (no I, O, S, V, Z)"
        case .creditCodeCheckCharacter(let expected):
            return zh ? "统一社会信用代码校验位不符(应为 \(expected)),仍按此代码识别企业" : "credit code check character does not match (expected \(expected)); the code is still used to identify the firm"
        case .unknownAction:
            return zh ? "未知的状态;期望 认定、复核、撤销 或 到期(空白视为认定)" : "unknown action; expected grant, renew, revoke or expire (empty means grant)"
        case .duplicateRow(let first):
            return zh ? "与第 \(first) 行重复,只计一次" : "duplicate of line \(first); counted once"
        case .renewWithoutGrant:
            return zh ? "复核之前没有该企业的认定记录" : "renewal without an earlier grant of the firm in the data"
        case .firmMoved(let from, let to):
            return zh ? "企业地区由“\(from)”变为“\(to)”,按截至日期前最后一条记录计" : "firm moved from \(from) to \(to); its latest record on or before the as-of date decides"
        case .badNumber: return zh ? "不是数字" : "not a number"
        case .outOfRange(let range): return zh ? "超出范围 \(range)" : "outside the range \(range)"
        case .unknownMetric: return zh ? "未知的指标;期望 targets.yaml 中 metrics 的代码" : "unknown metric; expected a code from the metrics of targets.yaml"
        case .invalidYAML(let detail): return zh ? "YAML 格式错误:\(detail)" : "invalid YAML: \(detail)"
        case .missingField(let name): return zh ? "缺少字段 \(name)" : "missing field \(name)"
        case .invalidField(let name, let expected):
            return zh ? "字段 \(name) 的值不对;期望\(expected)" : "invalid \(name); expected \(expected)"
        case .duplicateID(let id): return zh ? "重复的标识 \(id)" : "duplicate id \(id)"
        case .unknownReference(let id): return zh ? "引用了不存在的 \(id)" : "refers to unknown \(id)"
        case .referenceLoop(let chain):
            return zh ? "引用形成循环:\(chain.joined(separator: " → "))" : "references go round in a loop: \(chain.joined(separator: " → "))"
        case .unknownField(let name, let known):
            return zh ? "未知字段 \(name);可用字段:\(known.joined(separator: "、"))" : "unknown field \(name); expected one of \(known.joined(separator: ", "))"
        case .quoteNotInDocument(let document):
            return zh ? "原文引用在文件 \(document) 中找不到" : "quote not found verbatim in \(document)"
        case .missingDocument(let document): return zh ? "找不到文件 \(document)" : "document \(document) not found"
        case .duplicateColumn(let meaning, let first, let firstHeader, let second, let secondHeader):
            let a = Problem.spreadsheetColumn(first), b = Problem.spreadsheetColumn(second)
            return zh ? "第 \(first) 列(\(a))“\(firstHeader)”与第 \(second) 列(\(b))“\(secondHeader)”都是 \(meaning) 列;请只保留一列"
                : "columns \(first) (\(a)) \"\(firstHeader)\" and \(second) (\(b)) \"\(secondHeader)\" both give \(meaning); keep one of them"
        case .noKnownColumn(let expected):
            return zh ? "第一行没有可识别的列名;期望表头行,列名如 \(expected.joined(separator: "、")),以逗号或制表符分隔"
                : "the first row names no known column; expected a header row naming columns such as \(expected.joined(separator: ", ")), separated by commas or tabs"
        case .mixedEncoding(let line, let file):
            return zh ? "此行是 \(line) 编码,文件其余部分是 \(file);请将整个文件存为同一种编码"
                : "this line is \(line) while the rest of the file is \(file); save the whole file in one encoding"
        case .nulByte:
            return zh ? "此行含有 NUL 字节(二进制文件或文件已损坏)" : "NUL byte in this line (a binary or damaged file)"
        case .binaryFile(let format):
            return zh ? "这不是 CSV 文本,而是二进制文件(\(format));请在表格软件中另存为 CSV(UTF-8)"
                : "this is not CSV text but a binary file (\(format)); save it as CSV (UTF-8) from the spreadsheet program"
        case .blankRow: return zh ? "此行只有分隔符,没有内容;已跳过" : "the row holds only delimiters; skipped"
        case .repeatedHeader:
            return zh ? "此行重复了表头(多个文件拼接?);已跳过" : "the row repeats the header (files joined together?); skipped"
        }
    }

    /// The spreadsheet letters of a 1-based column position: 1 is A, 27 is AA.
    static func spreadsheetColumn(_ position: Int) -> String {
        var letters: [Character] = []
        var rest = position
        while rest > 0 {
            rest -= 1
            letters.insert(Character(UnicodeScalar(UInt8(ascii: "A") + UInt8(rest % 26))), at: 0)
            rest /= 26
        }
        return String(letters)
    }
}

/// The problems of a load, kept in order. A file with a million bad rows would otherwise hold a
/// million messages: after `limitPerKind` of one kind in one file, further ones are only counted.
public struct DiagnosticLog: Sendable {
    public private(set) var items: [Diagnostic] = []
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    /// Problems counted but not kept, by file.
    public private(set) var omitted: [String: Int] = [:]
    private var perKind: [String: Int] = [:]
    public let limitPerKind: Int

    public init(limitPerKind: Int = 500) { self.limitPerKind = limitPerKind }

    public mutating func add(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 } else { warningCount += 1 }
        let key = diagnostic.file + "\u{1}" + diagnostic.problem.kind
        let seen = perKind[key, default: 0]
        perKind[key] = seen + 1
        if seen < limitPerKind { items.append(diagnostic) } else { omitted[diagnostic.file, default: 0] += 1 }
    }

    /// Adds the problems of a log kept for a later part of the same input, `lines` further down.
    mutating func absorb(_ other: DiagnosticLog, shiftedBy lines: Int) {
        let keptErrors = other.items.filter { $0.severity == .error }.count
        for item in other.items { add(item.shifted(by: lines)) }
        errorCount += other.errorCount - keptErrors
        warningCount += other.warningCount - (other.items.count - keptErrors)
        for (file, count) in other.omitted { omitted[file, default: 0] += count }
    }

    public var isEmpty: Bool { errorCount + warningCount == 0 }
    public var totalOmitted: Int { omitted.values.reduce(0, +) }
}

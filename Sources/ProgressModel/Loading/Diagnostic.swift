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
    /// `option`: the command-line option that gives the value for the whole file instead.
    case missingColumn([String], accepted: [String], option: String?)
    /// A header that looks like a column srdi reads (position from 1), under a name it does not read.
    case unreadColumn(position: Int, header: String, looksLike: String, accepted: [String])
    /// A batch cell that names no batch.
    case badBatch
    /// A code or name the firm register gives twice (`at`: the first, file:line).
    case registeredTwice(at: String)
    /// A credit code given with another name than on its first row (`at`: file:line).
    case codeWithOtherName(code: String, name: String, at: String)
    /// A firm name given with two credit codes.
    case nameWithOtherCode(code: String, otherCode: String, at: String)
    /// A firm named without a code whose name differs from a coded firm's only in 有限公司/有限责任公司.
    case nameDiffersInSuffix(name: String, code: String, at: String)
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
    /// A record dated before its region was created from several others (两江新区 before
    /// 2025-11-06): none of them can be chosen, so it counts in the region as listed.
    case regionNotYetCreated(region: String, created: Day)
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
    case unknownDesignationNear(alias: String, nearest: [String], code: String?)
    case designationLevelNotATier(DesignationLevel, tiers: [DesignationLevel])
    case designationLevelDisagrees(level: DesignationLevel, issuer: String?, designation: String, designationLevel: DesignationLevel)
    case issuerOutsideRegion(issuer: String, region: String)
    case dateDisagreesWithDesignationYear(date: Int, designation: Int)
    case actionDisagreesWithDesignation(action: Action, designation: Action)
    case oldExcelWorkbook
    case unreadableWorkbook(chinese: String, english: String)
    case unknownSheet(String, sheets: [String])
    case creditCodeStoredAsNumber

    /// The name of the case, to group problems of one kind.
    var kind: String {
        switch self {
        case .cannotRead: return "cannotRead"
        case .emptyFile: return "emptyFile"
        case .headerOnly: return "headerOnly"
        case .missingColumn: return "missingColumn"
        case .unreadColumn: return "unreadColumn"
        case .badBatch: return "badBatch"
        case .registeredTwice: return "registeredTwice"
        case .codeWithOtherName: return "codeWithOtherName"
        case .nameWithOtherCode: return "nameWithOtherCode"
        case .nameDiffersInSuffix: return "nameDiffersInSuffix"
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
        case .regionNotYetCreated: return "regionNotYetCreated"
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
        case .unknownDesignationNear: return "unknownDesignationNear"
        case .designationLevelNotATier: return "designationLevelNotATier"
        case .designationLevelDisagrees: return "designationLevelDisagrees"
        case .issuerOutsideRegion: return "issuerOutsideRegion"
        case .dateDisagreesWithDesignationYear: return "dateDisagreesWithDesignationYear"
        case .actionDisagreesWithDesignation: return "actionDisagreesWithDesignation"
        case .oldExcelWorkbook: return "oldExcelWorkbook"
        case .unreadableWorkbook: return "unreadableWorkbook"
        case .unknownSheet: return "unknownSheet"
        case .creditCodeStoredAsNumber: return "creditCodeStoredAsNumber"
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .cannotRead(let reason): return zh ? "无法读取文件(\(reason))" : "cannot read the file (\(reason))"
        case .emptyFile: return zh ? "文件为空,需要表头行和数据行" : "the file is empty; expected a header row and data rows"
        case .headerOnly: return zh ? "只有表头,没有数据行" : "the file has a header but no data rows"
        case .missingColumn(let names, let accepted, let option):
            let whole = option.map { zh ? ";若整个文件都相同(如公布的名单),可用 \($0) 给出" : "; if the whole file shares one (a published list), give it with \($0)" } ?? ""
            return zh ? "缺少必需的列:\(names.joined(separator: " 或 "));可用的列名:\(accepted.joined(separator: "、"))\(whole)"
                : "missing required column: \(names.joined(separator: " or ")); a header may name it \(accepted.joined(separator: ", "))\(whole)"
        case .registeredTwice(let at):
            return zh ? "企业名录中已在 \(at) 登记;同一代码或名称只能登记一次,此行未用" : "already in the firm register at \(at); a code or name is registered once, so this row is not used"
        case .badBatch:
            return zh ? "批次无法识别;应为“第五批”“第5批”或数字,此行不记批次" : "not a batch; expected 第五批, 第5批 or a number; the row is kept without one"
        case .codeWithOtherName(let code, let name, let at):
            return zh ? "信用代码 \(code) 在 \(at) 的企业名称为“\(name)”,此处名称不同;按一家企业统计(用前一名称)"
                : "credit code \(code) is named \"\(name)\" at \(at); counted as one firm, under that name"
        case .nameWithOtherCode(let code, let otherCode, let at):
            return zh ? "同一企业名称有两个信用代码:此处 \(code),\(at) 为 \(otherCode);按两家企业统计,若为同一家请改正代码"
                : "the same name has two credit codes: \(code) here, \(otherCode) at \(at); counted as two firms: if they are one, correct the code"
        case .nameDiffersInSuffix(let name, let code, let at):
            return zh ? "无信用代码,名称与 \(at) 的“\(name)”(\(code))仅差“有限公司/有限责任公司”;未合并,若为同一家请补上代码"
                : "no credit code, and the name differs from \"\(name)\" (\(code), \(at)) only in 有限公司/有限责任公司; not joined: if they are one firm, give its code"
        case .unreadColumn(let position, let header, let looksLike, let accepted):
            let letter = Problem.spreadsheetColumn(position)
            return zh ? "第 \(position) 列(\(letter))“\(header)”像是 \(looksLike) 列,但未被读取;若是,请将列名改为 \(accepted.joined(separator: "、")) 之一"
                : "column \(position) (\(letter)) \"\(header)\" looks like \(looksLike) but is not read; if it is, name it one of \(accepted.joined(separator: ", "))"
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
        case .regionNotYetCreated(let region, let created):
            return zh ? "“\(region)”于 \(created) 设立,晚于本条记录的日期;仍计入“\(region)”"
                : "\(region) was created on \(created), after this record's date; counted there all the same"
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
        case .unknownDesignationNear(let alias, let nearest, let code):
            let guess = nearest.isEmpty ? (zh ? ";期望 designations.yaml 中的代码、名称或别名" : "; expected a code, name or alias from designations.yaml")
                : zh ? "(是否为 \(Problem.either(nearest, zh))?)" : " (did you mean \(Problem.either(nearest, zh))?)"
            return zh ? "未知的认定类型\(guess);如需接受此写法,请在 designations.yaml 中\(code.map { " \($0) " } ?? "相应认定类型")的 aliases 里加入“\(alias)”"
                : "unknown designation\(guess); to accept it, add \"\(alias)\" to the aliases of \(code ?? "its designation") in designations.yaml"
        case .designationLevelNotATier(let level, let tiers):
            return zh ? "designations.yaml 中此认定类型没有\(level.word)这一层级;期望 \(Problem.either(tiers.map(\.word), zh))"
                : "designations.yaml has no \(level.name(in: .english)) (\(level.word)) tier of this designation; expected \(Problem.either(tiers.map { "\($0.name(in: .english)) (\($0.word))" }, zh))"
        case .designationLevelDisagrees(let level, let issuer, let designation, let own):
            if let issuer {
                return zh ? "发布单位\(issuer)为\(level.word),而\(designation)是\(own.word)名单;按\(designation)计"
                    : "the issuer \(issuer) is \(level.name(in: .english)), but \(designation) is a \(own.name(in: .english)) list; counted as \(designation)"
            }
            return zh ? "单元格注明\(level.word),而\(designation)是\(own.word)名单;按\(designation)计"
                : "the cell says \(level.name(in: .english)) (\(level.word)), but \(designation) is a \(own.name(in: .english)) list; counted as \(designation)"
        case .issuerOutsideRegion(let issuer, let region):
            return zh ? "发布单位\(issuer)不包含企业所在地区\(region);请核对发布单位或地区"
                : "the issuer \(issuer) does not contain the firm's region \(region); check the issuer or the region"
        case .dateDisagreesWithDesignationYear(let date, let designation):
            return zh ? "日期的年份(\(date))与认定类型中的年份(\(designation))不一致,采用日期"
                : "the date's year (\(date)) disagrees with the year in the designation (\(designation)); the date is used"
        case .actionDisagreesWithDesignation(let action, let designation):
            return zh ? "状态(\(action.name(in: .chinese)))与认定类型中的状态(\(designation.name(in: .chinese)))不一致;请改为一致,或将状态留空"
                : "the action (\(action.code)) disagrees with the status in the designation (\(designation.code)); make them agree or leave the action empty"
        case .oldExcelWorkbook:
            return zh ? "这是 Excel 97–2003 工作簿(.xls),无法读取;请在 Excel 或 WPS 中另存为 Excel 工作簿(.xlsx)"
                : "this is an Excel 97–2003 workbook (.xls), which cannot be read; save it as an Excel Workbook (.xlsx) from Excel or WPS"
        case .unreadableWorkbook(let chinese, let english):
            return zh ? "无法读取此 Excel 工作簿:\(chinese)" : "this Excel workbook cannot be read: \(english)"
        case .unknownSheet(let name, let sheets):
            let numbered = sheets.enumerated().map { (number: $0.offset + 1, name: $0.element) }
            return zh ? "工作簿中没有工作表“\(name)”;其工作表:\(numbered.map { "\($0.number) “\($0.name)”" }.joined(separator: "、"));请用 --sheet 给出其中一个的名称或序号"
                : "the workbook has no sheet \"\(name)\"; its sheets: \(numbered.map { "\($0.number) \"\($0.name)\"" }.joined(separator: ", ")); give --sheet one of these names or numbers"
        case .creditCodeStoredAsNumber:
            return zh ? "统一社会信用代码被存成了数字,表格软件只保留 15 位有效数字,后几位已丢失;请把此列设为文本格式并重新录入代码"
                : "the credit code was stored as a number, and spreadsheets keep only 15 significant digits, so its last digits are lost; format the column as text and enter the codes again"
        }
    }

    /// "a", "a or b", "a, b or c" (甲、乙或丙).
    static func either(_ items: [String], _ zh: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: zh ? "、" : ", ") + (zh ? "或" : " or ") + items.last!
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

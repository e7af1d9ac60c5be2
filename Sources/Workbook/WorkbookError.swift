/// Why a workbook's sheet could not be turned into CSV text: each case says what the user can do.
public enum WorkbookError: Error, Equatable {
    /// An Excel 97–2003 file (.xls, an OLE2 compound document), which is not read.
    case oldExcelFormat
    /// `--sheet` names no sheet of the workbook; `sheets` are its sheets in order.
    case unknownSheet(requested: String, sheets: [String])
    /// The file is a damaged or unusual workbook.
    case damaged(WorkbookDamage)
}

/// What is wrong inside a workbook, in Chinese and English.
public enum WorkbookDamage: Equatable, Sendable {
    /// The zip archive cannot be opened: most often a file cut short in copying or downloading.
    case unreadableArchive
    /// A part the workbook refers to is not in the archive.
    case missingPart(String)
    /// A part cannot be decompressed, or is larger than the limit.
    case unreadablePart(String)
    /// A part is not UTF-8 text.
    case notUTF8(part: String)
    /// A part is not well-formed XML.
    case malformedXML(part: String, line: Int, reason: String)
    /// The workbook lists no sheets.
    case noSheets
    /// A cell or row reference that is not one (`A0`, `XFE1`), or out of order.
    case badReference(part: String, reference: String)
    /// A cell of type shared string that points past the end of the shared strings.
    case missingSharedString(cell: String, index: String)
    /// A formula cell without the value the spreadsheet program computed: the file was written by
    /// a program that does not compute formulas.
    case formulaWithoutValue(cell: String)

    public var english: String {
        switch self {
        case .unreadableArchive:
            return "the zip archive cannot be opened (the file may be cut short or damaged); open it in Excel or WPS and save it again"
        case .missingPart(let part): return "its part \(part) is missing; open it in Excel or WPS and save it again"
        case .unreadablePart(let part):
            return "its part \(part) cannot be decompressed (it is damaged, or expands to more than 2 GiB); open it in Excel or WPS and save it again"
        case .notUTF8(let part): return "its part \(part) is not UTF-8 text; open it in Excel or WPS and save it again"
        case .malformedXML(let part, let line, let reason):
            return "its part \(part) is not well-formed XML (line \(line): \(reason)); open it in Excel or WPS and save it again"
        case .noSheets: return "it has no sheets"
        case .badReference(let part, let reference):
            return "its part \(part) has the cell or row reference \"\(reference)\", which is not valid or out of order; open it in Excel or WPS and save it again"
        case .missingSharedString(let cell, let index):
            return "cell \(cell) refers to shared string \(index), which does not exist; open it in Excel or WPS and save it again"
        case .formulaWithoutValue(let cell):
            return "cell \(cell) holds a formula without a computed value (the file was written by a program that does not compute formulas); open it in Excel or WPS and save it, which stores the values"
        }
    }

    public var chinese: String {
        switch self {
        case .unreadableArchive: return "无法打开其 zip 压缩包(文件可能不完整或已损坏);请在 Excel 或 WPS 中打开并重新保存"
        case .missingPart(let part): return "缺少其组成部分 \(part);请在 Excel 或 WPS 中打开并重新保存"
        case .unreadablePart(let part): return "其组成部分 \(part) 无法解压(已损坏,或解压后超过 2 GiB);请在 Excel 或 WPS 中打开并重新保存"
        case .notUTF8(let part): return "其组成部分 \(part) 不是 UTF-8 文本;请在 Excel 或 WPS 中打开并重新保存"
        case .malformedXML(let part, let line, let reason):
            return "其组成部分 \(part) 不是格式正确的 XML(第 \(line) 行:\(reason));请在 Excel 或 WPS 中打开并重新保存"
        case .noSheets: return "其中没有工作表"
        case .badReference(let part, let reference):
            return "其组成部分 \(part) 中的单元格或行引用“\(reference)”无效或顺序错乱;请在 Excel 或 WPS 中打开并重新保存"
        case .missingSharedString(let cell, let index):
            return "单元格 \(cell) 引用的共享字符串 \(index) 不存在;请在 Excel 或 WPS 中打开并重新保存"
        case .formulaWithoutValue(let cell):
            return "单元格 \(cell) 是没有计算结果的公式(文件由不计算公式的程序写成);请在 Excel 或 WPS 中打开并保存,以存入计算结果"
        }
    }
}

/// The columns a recognitions list may have, and the header spellings (English or Chinese)
/// that name them. Headers are compared without spaces and quotes, Latin letters case-insensitive.
enum RecognitionColumn: Int, CaseIterable {
    case creditCode, firm, province, city, district, town, designation, date, year, action

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
        }
    }

    static func normalized(_ header: String) -> String {
        var result = ""
        for scalar in header.unicodeScalars where !" \u{3000}\u{FEFF}\"“”'".unicodeScalars.contains(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result.lowercased()
    }

    /// Column positions by header, first match wins; unknown headers are ignored.
    static func map(_ headers: [String]) -> [RecognitionColumn: Int] {
        var lookup: [String: RecognitionColumn] = [:]
        for column in allCases { for spelling in column.spellings { lookup[normalized(spelling)] = column } }
        var result: [RecognitionColumn: Int] = [:]
        for (position, header) in headers.enumerated() {
            if let column = lookup[normalized(header)], result[column] == nil { result[column] = position }
        }
        return result
    }
}

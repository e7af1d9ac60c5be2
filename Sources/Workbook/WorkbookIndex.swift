/// What the workbook part says: its sheets in tab order, where their parts and the shared
/// strings and styles are, and which date system its serial numbers count in.
struct WorkbookIndex {
    struct Sheet {
        let name: String
        /// The worksheet part; nil when the workbook's relationships do not give it.
        let path: String?
    }

    let sheets: [Sheet]
    /// True when day 0 is 1904-01-01 (old Mac workbooks) rather than Excel's 1900 system.
    let date1904: Bool
    let sharedStringsPath: String?
    let stylesPath: String?

    /// The workbook part's path: the package's main document (`_rels/.rels`), else the usual place.
    /// Nil when the package is no workbook.
    static func workbookPath(in parts: PackageParts) throws(WorkbookError) -> String? {
        let main = try parts.relationships(of: "").values.first { $0.isA("officeDocument") }?.path
        for candidate in [main, "xl/workbook.xml"].compactMap({ $0 }) where parts.contains(candidate) { return candidate }
        return nil
    }

    init(parts: PackageParts, workbookPath: String) throws(WorkbookError) {
        let relationships = try parts.relationships(of: workbookPath)
        var sheets: [Sheet] = []
        var date1904 = false
        try XMLElements.scan(try parts.require(workbookPath), part: workbookPath) { element, attributes in
            switch element {
            case "sheet":
                sheets.append(Sheet(name: attributes["name"] ?? "", path: attributes["id"].flatMap { relationships[$0]?.path }))
            case "workbookPr":
                date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
            default: break
            }
        }
        self.sheets = sheets
        self.date1904 = date1904
        sharedStringsPath = relationships.values.first { $0.isA("sharedStrings") }?.path
        stylesPath = relationships.values.first { $0.isA("styles") }?.path
    }

    /// The sheet `--sheet` asks for: a sheet of that name, else the sheet at that 1-based position;
    /// the first sheet when none is asked for.
    func sheet(_ requested: String?) throws(WorkbookError) -> Sheet {
        guard let first = sheets.first else { throw .damaged(.noSheets) }
        guard let requested else { return first }
        if let named = sheets.first(where: { $0.name == requested }) { return named }
        if let position = Int(requested), sheets.indices.contains(position - 1) { return sheets[position - 1] }
        throw .unknownSheet(requested: requested, sheets: sheets.map(\.name))
    }
}

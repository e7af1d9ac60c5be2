import ProgressModel

/// The view's tables as markdown, CSV and JSON, written to an output as they are made, row by
/// row.
public enum ExportFormats {
    public static func markdown<Output: TextOutputStream>(_ state: DashboardState, writtenAt: String, to output: inout Output) {
        for (index, line) in ViewExport.header(state, writtenAt: writtenAt).enumerated() {
            output.write((index == 0 ? "# " : "- ") + line + "\n")
        }
        for section in ViewTables.sections(state) {
            output.write("\n## " + escape(section.title) + "\n")
            for paragraph in section.text { output.write("\n" + escape(paragraph) + "\n") }
            guard !section.columns.isEmpty else { continue }
            output.write("\n| " + section.columns.map(escape).joined(separator: " | ") + " |\n")
            output.write("|" + section.columns.map { _ in "---|" }.joined() + "\n")
            ListLines.write(count: section.rowCount, append: { index, out in
                out += "|"
                for cell in section.row(index) {
                    out += " "
                    out += escape(cell)
                    out += " |"
                }
                out += "\n"
            }) { output.write($0) }
        }
    }

    /// One CSV table per section, a blank line between them, lines ended by CR LF; cells guarded
    /// against formula injection (see `CSVText.safeField`).
    public static func csv<Output: TextOutputStream>(_ state: DashboardState, to output: inout Output) {
        var tables = 0
        for section in csvTables(state) {
            if tables > 0 { output.write("\r\n") }
            tables += 1
            output.write(CSVText.safeField(section.title) + "\r\n")
            csv(section, to: &output)
        }
        if tables == 0 { output.write("\r\n") }
    }

    /// The view's tables that have columns: what CSV writes, one table each.
    public static func csvTables(_ state: DashboardState) -> [ExportSection] {
        ViewTables.sections(state).filter { !$0.columns.isEmpty }
    }

    /// One table as a CSV file of its own: the header row, then the rows.
    public static func csv<Output: TextOutputStream>(_ section: ExportSection, to output: inout Output) {
        output.write(section.columns.map(CSVText.safeField).joined(separator: ",") + "\r\n")
        ListLines.write(count: section.rowCount, append: { index, out in
            for (position, cell) in section.row(index).enumerated() {
                if position > 0 { out += "," }
                CSVText.appendSafeField(cell, to: &out)
            }
            out += "\r\n"
        }) { output.write($0) }
    }

    /// The view as one JSON object, pretty-printed as `JSONValue` prints it; each row is an
    /// object of its columns.
    public static func json<Output: TextOutputStream>(_ state: DashboardState, writtenAt: String, to output: inout Output) {
        func member(_ key: String, _ value: JSONValue, indent: String) -> String {
            indent + JSONValue.string(key).serialized() + ": " + value.serialized() + ",\n"
        }
        let top = [
            ("view", JSONValue.string(ViewExport.viewName(state))),
            ("path", .array(DashboardView.breadcrumb(state).map { .string($0) })), ("as_of", .string(state.asOf.description)),
            ("filter", .string(state.top.filter)), ("language", .string(state.language.rawValue)), ("written_at", .string(writtenAt)),
        ]
        output.write("{\n")
        for (key, value) in top { output.write(member(key, value, indent: "  ")) }
        let sections = ViewTables.sections(state)
        output.write(sections.isEmpty ? "  \"sections\": []\n}\n" : "  \"sections\": [\n")
        for (position, section) in sections.enumerated() {
            output.write("    {\n")
            output.write(member("title", .string(section.title), indent: "      "))
            output.write(member("columns", .array(section.columns.map { .string($0) }), indent: "      "))
            output.write(section.rowCount == 0 ? "      \"rows\": [],\n" : "      \"rows\": [\n")
            // Each row as `JSONValue` prints an object four levels in, its keys quoted once, each
            // with what comes before it and the quote that opens a value that needs no escape (nearly
            // all): three appends a cell, where there were five.
            let keys = section.columns.enumerated().map { ($0 == 0 ? "\n" : ",\n") + "          " + JSONValue.string($1).serialized() + ": " }
            let quotedKeys = keys.map { $0 + "\"" }
            ListLines.write(count: section.rowCount, append: { index, out in
                out += "        {"
                var first = true
                for (column, cell) in section.row(index).enumerated() where column < keys.count {
                    first = false
                    if JSONValue.needsNoEscape(cell) {
                        out += quotedKeys[column]
                        out += cell
                        out += "\""
                    } else {
                        out += keys[column]
                        JSONValue.writeString(cell, to: &out)
                    }
                }
                out += first ? "}" : "\n        }"
                out += index == section.rowCount - 1 ? "\n      ],\n" : ",\n"
            }) { output.write($0) }
            output.write("      \"text\": " + JSONValue.array(section.text.map { .string($0) }).serialized() + "\n")
            output.write(position == sections.count - 1 ? "    }\n  ]\n}\n" : "    },\n")
        }
    }

    /// Markdown table cells: pipes escaped, line breaks removed.
    static func escape(_ text: String) -> String {
        let clean = Sanitizer.clean(text)
        guard clean.utf8.contains(UInt8(ascii: "|")) else { return clean }
        return clean.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}

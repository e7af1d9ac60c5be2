import ProgressModel

/// The view's tables as markdown, CSV and JSON.
public enum ExportFormats {
    public static func markdown(_ state: DashboardState, writtenAt: String) -> String {
        var out = ViewExport.header(state, writtenAt: writtenAt).enumerated().map { $0.offset == 0 ? "# " + $0.element : "- " + $0.element }
        for section in ViewTables.sections(state) {
            out.append("")
            out.append("## " + escape(section.title))
            for paragraph in section.text { out.append(""); out.append(escape(paragraph)) }
            guard !section.columns.isEmpty else { continue }
            out.append("")
            out.append("| " + section.columns.map(escape).joined(separator: " | ") + " |")
            out.append("|" + section.columns.map { _ in "---|" }.joined())
            for row in section.rows { out.append("| " + row.map(escape).joined(separator: " | ") + " |") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One CSV table per section, a blank line between them; cells guarded against formula
    /// injection (see `CSVText.safeField`).
    public static func csv(_ state: DashboardState) -> String {
        var blocks: [String] = []
        for section in ViewTables.sections(state) where !section.columns.isEmpty {
            var lines = [CSVText.safeField(section.title)]
            lines.append(section.columns.map(CSVText.safeField).joined(separator: ","))
            lines += section.rows.map { $0.map(CSVText.safeField).joined(separator: ",") }
            blocks.append(lines.joined(separator: "\r\n"))
        }
        return blocks.joined(separator: "\r\n\r\n") + "\r\n"
    }

    public static func json(_ state: DashboardState, writtenAt: String) -> String {
        let sections = ViewTables.sections(state).map { section -> JSONValue in
            .object([
                ("title", .string(section.title)), ("columns", .array(section.columns.map { .string($0) })),
                ("rows", .array(section.rows.map { row in
                    .object(zip(section.columns, row).map { ($0, .string($1)) })
                })),
                ("text", .array(section.text.map { .string($0) })),
            ])
        }
        return JSONValue.object([
            ("view", .string(ViewExport.viewName(state))), ("path", .array(DashboardView.breadcrumb(state).map { .string($0) })),
            ("as_of", .string(state.asOf.description)), ("filter", .string(state.top.filter)), ("language", .string(state.language.rawValue)),
            ("written_at", .string(writtenAt)), ("sections", .array(sections)),
        ]).serialized() + "\n"
    }

    /// Markdown table cells: pipes escaped, line breaks removed.
    static func escape(_ text: String) -> String {
        Sanitizer.clean(text).split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}

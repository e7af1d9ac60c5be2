/// Reads `designations.yaml`: the vocabulary of lists with their names, aliases, ranks and validity.
public enum DesignationFile {
    public static func load(_ text: String, file: String, log: inout DiagnosticLog) -> DesignationCatalog {
        guard let root = YAMLRecord.parse(text, file: file, log: &log) else { return DesignationCatalog([]) }
        guard let entries = root.sequence else {
            log.add(Diagnostic(.error, file: file, line: root.mark?.line ?? 1, .invalidField("designations", expected: "a list of designations")))
            return DesignationCatalog([])
        }
        var designations: [Designation] = []
        var seen: Set<String> = []
        for node in entries {
            let record = YAMLRecord(node: node, file: file)
            guard let code = record.required("code", log: &log), let name = record.required("name", log: &log) else { continue }
            if !seen.insert(code).inserted {
                log.add(Diagnostic(.error, file: file, line: record.line, value: code, .duplicateID(code)))
                continue
            }
            if designations.count == DesignationSet.maximumCount {
                log.add(Diagnostic(.error, file: file, line: record.line, value: code,
                                   .invalidField("code", expected: "at most \(DesignationSet.maximumCount) designations")))
                continue
            }
            let rank = record.int("rank", log: &log)
            let valid = record.int("valid_years", log: &log)
            if let valid, valid <= 0 {
                record.invalid("valid_years", String(valid), expected: "a positive number of years", log: &log)
            }
            designations.append(Designation(
                index: designations.count, code: code, name: name, nameEnglish: record.string("name_en") ?? code,
                shortName: record.string("short"), shortNameEnglish: record.string("short_en"),
                aliases: record.strings("aliases", log: &log) ?? [], rank: rank, validYears: valid.flatMap { $0 > 0 ? $0 : nil }))
        }
        return DesignationCatalog(designations)
    }
}

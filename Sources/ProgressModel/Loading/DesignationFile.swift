/// Reads `designations.yaml`: the vocabulary of lists with their names, aliases, ranks and validity.
/// Ranks and validity are held to their `ValidRange`; a spelling may name one designation only.
public enum DesignationFile {
    static let fields: Set = ["code", "name", "name_en", "short", "short_en", "aliases", "rank", "valid_years"]

    public static func load(_ text: String, file: String, log: inout DiagnosticLog) -> DesignationCatalog {
        guard let root = YAMLRecord.parse(text, file: file, log: &log) else { return DesignationCatalog([]) }
        guard let entries = root.sequence else {
            log.add(Diagnostic(.error, file: file, line: root.mark?.line ?? 1, .invalidField("designations", expected: "a list of designations")))
            return DesignationCatalog([])
        }
        var designations: [Designation] = []
        var seen: Set<String> = []
        var spellings: [String: String] = [:]
        for node in entries {
            guard node.mapping != nil else {
                log.add(Diagnostic(.error, file: file, line: node.mark?.line ?? 1, value: node.scalar?.string,
                                   .invalidField("designations", expected: "an entry with fields (code: …, name: …)")))
                continue
            }
            let record = YAMLRecord(node: node, file: file)
            record.checkFields(fields, log: &log)
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
            // A rank or validity out of range is an error, but the designation stays in the
            // vocabulary, so that the lists using it do not add an error on every row.
            let rank = record.int("rank", in: ValidRange.rank, log: &log)
            let valid = record.int("valid_years", in: ValidRange.validityYears, log: &log)
            let aliases = record.strings("aliases", log: &log) ?? []
            var clash = false
            for spelling in [code, name, record.string("name_en") ?? code] + aliases {
                let key = DesignationCatalog.key(spelling)
                if let other = spellings[key], other != code {
                    log.add(Diagnostic(.error, file: file, line: record.lineOf("aliases"), column: "aliases", value: spelling,
                                       .invalidField("aliases", expected: "a spelling not already used by designation \(other)")))
                    clash = true
                }
                spellings[key] = code
            }
            if clash { continue }
            designations.append(Designation(
                index: designations.count, code: code, name: name, nameEnglish: record.string("name_en") ?? code,
                shortName: record.string("short"), shortNameEnglish: record.string("short_en"),
                aliases: aliases, rank: rank, validYears: valid))
        }
        return DesignationCatalog(designations)
    }
}

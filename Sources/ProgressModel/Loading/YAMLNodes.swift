import Yams

/// A YAML mapping being read, with its file for messages: fields that are missing or malformed
/// become diagnostics with the line they are on, and reading goes on.
struct YAMLRecord {
    let node: Node
    let file: String

    var line: Int { node.mark?.line ?? 0 }

    /// Parses a whole file; nil (with a diagnostic) when the YAML itself is broken.
    static func parse(_ text: String, file: String, log: inout DiagnosticLog) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.add(Diagnostic(.error, file: file, line: 0, .emptyFile))
                return nil
            }
            return node
        } catch let error as YamlError {
            log.add(Diagnostic(.error, file: file, line: YAMLRecord.line(of: error), .invalidYAML(YAMLRecord.summary(of: error))))
        } catch {
            log.add(Diagnostic(.error, file: file, line: 0, .invalidYAML(String(describing: error))))
        }
        return nil
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 0
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return String(describing: error)
        }
    }

    func has(_ key: String) -> Bool { node.mapping?[key] != nil }

    func child(_ key: String) -> Node? { node.mapping?[key] }

    /// A scalar field as text; nil when absent or YAML null.
    func string(_ key: String) -> String? {
        guard let value = child(key), let scalar = value.scalar else { return nil }
        if scalar.tag == Tag(.null) || (scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)) { return nil }
        return scalar.string
    }

    func isNull(_ key: String) -> Bool { has(key) && string(key) == nil && child(key)?.scalar != nil }

    /// A required text field; records a diagnostic when it is missing.
    func required(_ key: String, log: inout DiagnosticLog) -> String? {
        if let value = string(key), !value.isEmpty { return value }
        log.add(Diagnostic(.error, file: file, line: line, .missingField(key)))
        return nil
    }

    func int(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let text = string(key) else { return nil }
        if let value = Int(text) { return value }
        invalid(key, text, expected: "a whole number", log: &log)
        return nil
    }

    /// A list of scalars (`[a, b]` or a block list).
    func strings(_ key: String, log: inout DiagnosticLog) -> [String]? {
        guard let value = child(key) else { return nil }
        if let sequence = value.sequence { return sequence.compactMap { $0.scalar?.string } }
        if let scalar = value.scalar { return [scalar.string] }
        invalid(key, nil, expected: "a list", log: &log)
        return nil
    }

    func records(_ key: String) -> [YAMLRecord] {
        child(key)?.sequence?.map { YAMLRecord(node: $0, file: file) } ?? []
    }

    func invalid(_ key: String, _ value: String?, expected: String, log: inout DiagnosticLog) {
        let line = child(key)?.mark?.line ?? self.line
        log.add(Diagnostic(.error, file: file, line: line, column: key, value: value, .invalidField(key, expected: expected)))
    }

    /// A date written `2024-05-01` or a year (`2022` meaning its first day, or its last day when
    /// `yearMeansEnd`).
    func day(_ key: String, yearMeansEnd: Bool = false, log: inout DiagnosticLog) -> Day? {
        guard let text = string(key) else { return nil }
        if let day = Day(iso: text) { return day }
        if text.count == 4, let year = Int(text), (1900...2100).contains(year) {
            return yearMeansEnd ? Day.endOfYear(year) : Day.startOfYear(year)
        }
        invalid(key, text, expected: "a date YYYY-MM-DD or a year", log: &log)
        return nil
    }
}

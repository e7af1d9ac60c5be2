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
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            let first = context.mark.line
            let key = keys.sorted().first ?? ""
            let again = YAMLRecord.lineOfKey(key, after: first, in: text) ?? first
            log.add(Diagnostic(.error, file: file, line: again, column: key,
                               .invalidYAML("duplicate key \(keys.sorted().joined(separator: ", ")) (first at line \(first))")))
        } catch let error as YamlError {
            log.add(Diagnostic(.error, file: file, line: YAMLRecord.line(of: error), .invalidYAML(YAMLRecord.summary(of: error))))
        } catch {
            log.add(Diagnostic(.error, file: file, line: 0, .invalidYAML(String(describing: error))))
        }
        return nil
    }

    /// The first line after `line` where `key:` starts a block entry: the second of two equal keys.
    private static func lineOfKey(_ key: String, after line: Int, in text: String) -> Int? {
        for (offset, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset + 1 > line {
            var rest = Substring(content).drop { $0 == " " }
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
            if rest.hasPrefix(key + ":") { return offset + 1 }
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

    /// A whole number within `range`; anything else is an error naming the range.
    func int(_ key: String, in range: ClosedRange<Int>, log: inout DiagnosticLog) -> Int? {
        guard let text = string(key) else { return nil }
        if let value = Int(text), range.contains(value) { return value }
        invalid(key, text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)", log: &log)
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

    /// The mappings of a list field; an error when the field is there but is not a list of mappings.
    func records(_ key: String, log: inout DiagnosticLog) -> [YAMLRecord] {
        guard let value = child(key) else { return [] }
        if value.scalar.map({ $0.tag == Tag(.null) || $0.string.isEmpty }) == true { return [] }
        guard let sequence = value.sequence else {
            invalid(key, nil, expected: "a list", log: &log)
            return []
        }
        var result: [YAMLRecord] = []
        for item in sequence {
            guard item.mapping != nil else {
                log.add(Diagnostic(.error, file: file, line: item.mark?.line ?? line, column: key, value: item.scalar?.string,
                                   .invalidField(key, expected: "a list of entries with fields (key: value)")))
                continue
            }
            result.append(YAMLRecord(node: item, file: file))
        }
        return result
    }

    /// `true` or `false` (absent means false).
    func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let text = string(key) else { return false }
        switch text {
        case "true": return true
        case "false": return false
        default:
            invalid(key, text, expected: "true or false", log: &log)
            return nil
        }
    }

    /// Every field name must be one of `known`: a misspelt name would otherwise be silently
    /// ignored and its default used.
    func checkFields(_ known: Set<String>, log: inout DiagnosticLog) {
        guard let mapping = node.mapping else { return }
        for key in mapping.keys {
            let name = key.string ?? ""
            guard !known.contains(name) else { continue }
            log.add(Diagnostic(.error, file: file, line: key.mark?.line ?? line, column: name, .unknownField(name, known: known.sorted())))
        }
    }

    /// The line of a field (or of the record when the field is absent).
    func lineOf(_ key: String) -> Int {
        guard let mapping = node.mapping else { return line }
        for (name, value) in mapping where name.string == key { return name.mark?.line ?? value.mark?.line ?? line }
        return line
    }

    func invalid(_ key: String, _ value: String?, expected: String, log: inout DiagnosticLog) {
        let line = lineOf(key)
        log.add(Diagnostic(.error, file: file, line: line, column: key, value: value, .invalidField(key, expected: expected)))
    }

    /// A date written `2024-05-01` or a year (`2022` meaning its first day, or its last day when
    /// `yearMeansEnd`), in `years`.
    func day(_ key: String, yearMeansEnd: Bool = false, years: ClosedRange<Int>, log: inout DiagnosticLog) -> Day? {
        guard let text = string(key) else { return nil }
        let expected = "a date YYYY-MM-DD or a year, from \(years.lowerBound) to \(years.upperBound)"
        if let day = Day(iso: text) {
            if years.contains(day.year) { return day }
        } else if text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text) {
            if years.contains(year) { return yearMeansEnd ? Day.endOfYear(year) : Day.startOfYear(year) }
        }
        invalid(key, text, expected: expected, log: &log)
        return nil
    }
}

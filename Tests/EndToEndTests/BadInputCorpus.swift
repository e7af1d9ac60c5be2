import Foundation
import Testing

/// The corpus of bad inputs in `Tests/BadInputs`: its cases, read from `cases.txt`, and how each
/// is set up and run. The format is described at the top of `cases.txt`.
enum BadInputCorpus {
    static let folder = Binary.root.appendingPathComponent("Tests/BadInputs")
    static let manifest = folder.appendingPathComponent("cases.txt")

    /// The cases, in the order of the manifest; a manifest that cannot be read gives one case
    /// that fails, named for the problem.
    static let cases: [BadInputCase] = {
        do {
            return try parse(String(contentsOf: manifest, encoding: .utf8))
        } catch {
            return [BadInputCase(name: "cases.txt cannot be read: \(error)", line: 0)]
        }
    }()

    struct ManifestError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "cases.txt:\(line): \(message)" }
    }

    static func parse(_ text: String) throws -> [BadInputCase] {
        var cases: [BadInputCase] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                cases.append(BadInputCase(name: String(line.dropFirst().dropLast()), line: number))
                continue
            }
            guard !cases.isEmpty, let colon = line.firstIndex(of: ":") else {
                throw ManifestError(line: number, message: "expected [name] or key: value, found \"\(line)\"")
            }
            let key = String(line[..<colon]), value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            try cases[cases.count - 1].set(key, value, line: number)
        }
        for item in cases where item.arguments.isEmpty || item.exitStatus == nil {
            throw ManifestError(line: item.line, message: "case \(item.name) needs run: and exit:")
        }
        return cases
    }
}

/// One bad input: the arguments `srdi` is run with, the changes made to a copy of the bundled
/// data first, and the exit status and messages expected.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    /// A change to one file of the data directory.
    enum Edit: Sendable {
        /// The first `old` in the file becomes `new`; `old` must be there. `\n` in either is a line break.
        case text(file: String, old: String, new: String)
        /// The file is replaced by a file of the corpus.
        case file(file: String, with: String)
    }

    let name: String
    /// Where the case starts in `cases.txt`.
    let line: Int
    var arguments: [String] = []
    var exitStatus: Int32?
    var standardError: [String] = []
    var standardOutput: [String] = []
    var edits: [Edit] = []

    var testDescription: String { name }

    init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    mutating func set(_ key: String, _ value: String, line: Int) throws {
        switch key {
        case "run": arguments = try BadInputCase.split(value, line: line)
        case "exit": exitStatus = Int32(value)
        case "stderr": standardError.append(value)
        case "stdout": standardOutput.append(value)
        case "edit":
            guard let colon = value.range(of: ": "), let arrow = value.range(of: " => ", range: colon.upperBound..<value.endIndex) else {
                throw BadInputCorpus.ManifestError(line: line, message: "expected edit: FILE: OLD => NEW")
            }
            func text(_ part: Substring) -> String { part.replacingOccurrences(of: "\\n", with: "\n") }
            edits.append(.text(file: String(value[..<colon.lowerBound]), old: text(value[colon.upperBound..<arrow.lowerBound]),
                               new: text(value[arrow.upperBound...])))
        case "replace":
            let parts = value.components(separatedBy: " < ")
            guard parts.count == 2 else { throw BadInputCorpus.ManifestError(line: line, message: "expected replace: FILE < INPUT") }
            edits.append(.file(file: parts[0], with: parts[1]))
        default: throw BadInputCorpus.ManifestError(line: line, message: "unknown key \(key)")
        }
        if key == "exit" && exitStatus == nil { throw BadInputCorpus.ManifestError(line: line, message: "exit needs a number") }
    }

    /// Arguments split at spaces; `"…"` keeps spaces (and `\"` is a quote).
    static func split(_ text: String, line: Int) throws -> [String] {
        var result: [String] = []
        var current = "", quoted = false, escaped = false, started = false
        for character in text {
            if escaped { current.append(character); escaped = false; continue }
            switch character {
            case "\\" where quoted: escaped = true
            case "\"": quoted.toggle(); started = true
            case " " where !quoted:
                if started { result.append(current) }
                current = ""
                started = false
            default:
                current.append(character)
                started = true
            }
        }
        if quoted { throw BadInputCorpus.ManifestError(line: line, message: "unterminated quote in run:") }
        if started { result.append(current) }
        return result
    }

    /// Runs the case in a new directory holding the corpus's input folders and, when the case
    /// changes the data, a copy of it (unchanged files are links to the bundled ones).
    func run() throws -> Binary.Result {
        let directory = try Binary.temporaryDirectory()
        let manager = FileManager.default
        for entry in try manager.contentsOfDirectory(atPath: BadInputCorpus.folder.path) {
            var isDirectory: ObjCBool = false
            let source = BadInputCorpus.folder.appendingPathComponent(entry).path
            if manager.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue {
                try manager.createSymbolicLink(atPath: directory + "/" + entry, withDestinationPath: source)
            }
        }
        if !edits.isEmpty { try makeData(in: directory + "/data") }
        return try Binary.run(arguments, in: directory)
    }

    private func makeData(in data: String) throws {
        let manager = FileManager.default
        let bundled = Binary.root.appendingPathComponent("data").path
        try manager.createDirectory(atPath: data, withIntermediateDirectories: true)
        var contents: [String: String] = [:]
        for edit in edits {
            switch edit {
            case .text(let file, let old, let new):
                let text = try contents[file] ?? String(contentsOfFile: bundled + "/" + file, encoding: .utf8)
                guard let range = text.range(of: old) else {
                    throw BadInputCorpus.ManifestError(line: line, message: "\(file) has no \"\(old)\" to edit")
                }
                contents[file] = text.replacingCharacters(in: range, with: new)
            case .file(let file, let input):
                contents[file] = try String(contentsOf: BadInputCorpus.folder.appendingPathComponent(input), encoding: .utf8)
            }
        }
        for entry in try manager.contentsOfDirectory(atPath: bundled) where contents[entry] == nil {
            try manager.createSymbolicLink(atPath: data + "/" + entry, withDestinationPath: bundled + "/" + entry)
        }
        for (file, text) in contents { try text.write(toFile: data + "/" + file, atomically: true, encoding: .utf8) }
    }

    /// Records an issue for each expectation `result` does not meet.
    func check(_ result: Binary.Result) {
        let shown = "status \(result.status); standard error:\n\(result.error.prefix(2000))"
        #expect(result.status == exitStatus, "\(shown)")
        for text in standardError { #expect(result.error.contains(text), "standard error lacks \"\(text)\"; \(shown)") }
        for text in standardOutput {
            #expect(result.output.contains(text), "standard output lacks \"\(text)\"; output:\n\(result.output.prefix(2000))")
        }
    }
}

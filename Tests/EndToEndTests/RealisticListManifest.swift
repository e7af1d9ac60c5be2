import Foundation
import Testing

/// One entry of `Tests/RealisticLists/manifest.txt`: lists as bureaus keep and publish them, what a
/// user types to load them, and what loading them must give (the format is described at the top
/// of the manifest).
struct RealisticListEntry: Sendable, CustomStringConvertible, CustomTestStringConvertible {
    /// The lists, relative to the repository root, loaded together.
    let files: [String]
    /// The options a user gives besides `--recognitions`, such as `--designation little_giant`.
    let options: [String]
    let asOf: String
    let rows: Int
    let loaded: Int
    let rejected: Int
    /// The same events in the plain contract format, relative to the repository root.
    let truths: [String]

    static let folder = "Tests/RealisticLists"

    var description: String { files.map { ($0 as NSString).lastPathComponent }.joined(separator: " + ") }

    var testDescription: String { description }

    /// `--recognitions` for each list, then the options.
    var listArguments: [String] { files.flatMap { ["--recognitions", $0] } + options }

    var truthArguments: [String] { truths.flatMap { ["--recognitions", $0] } }

    /// Every entry of the manifest, in its order.
    static func all() throws -> [RealisticListEntry] {
        let path = Binary.root.appendingPathComponent(folder + "/manifest.txt").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var entries: [RealisticListEntry] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 7, let rows = Int(fields[3]), let loaded = Int(fields[4]), let rejected = Int(fields[5]) else {
                throw ManifestError(line: index + 1, text: String(line))
            }
            let inFolder = { (names: String) in names.components(separatedBy: " + ").map { folder + "/" + $0 } }
            entries.append(RealisticListEntry(
                files: inFolder(fields[0]), options: fields[1].split(separator: " ").map(String.init), asOf: fields[2],
                rows: rows, loaded: loaded, rejected: rejected, truths: inFolder(fields[6])))
        }
        return entries
    }

    struct ManifestError: Error, CustomStringConvertible {
        let line: Int
        let text: String
        var description: String { "manifest.txt:\(line): expected 7 fields separated by \" | \": \(text)" }
    }
}

/// What `srdi check` says of each list it loaded: `PATH: N rows, L loaded, R rejected (ENCODING)`.
struct LoadSummary: Equatable, CustomStringConvertible {
    var rows = 0
    var loaded = 0
    var rejected = 0

    var description: String { "\(rows) rows, \(loaded) loaded, \(rejected) rejected" }

    /// The summary of `file` in the standard output of `check`, nil when there is none.
    static func of(_ file: String, in output: String) -> LoadSummary? {
        let prefix = file + ": "
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return nil }
        let numbers = line.dropFirst(prefix.count).split(separator: ",").compactMap { part in
            Int(part.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })
        }
        guard numbers.count >= 3 else { return nil }
        return LoadSummary(rows: numbers[0], loaded: numbers[1], rejected: numbers[2])
    }

    /// The summaries of `files` added up, nil when one is missing.
    static func total(of files: [String], in output: String) -> LoadSummary? {
        var sum = LoadSummary()
        for file in files {
            guard let one = of(file, in: output) else { return nil }
            sum.rows += one.rows
            sum.loaded += one.loaded
            sum.rejected += one.rejected
        }
        return sum
    }
}

/// The numbers of a JSON report that must not depend on how a list was written: every target's
/// actual and every region's non-zero counts, keyed by a readable name.
enum ReportNumbers {
    static func of(_ json: String) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let targets = object["targets"] as? [[String: Any]], let regions = object["regions"] as? [[String: Any]]
        else { return nil }
        var numbers: [String: String] = [:]
        for target in targets {
            guard let id = target["id"] as? String else { continue }
            numbers["target \(id) actual"] = target["actual"].map { "\($0)" } ?? "null"
        }
        for region in regions {
            guard let code = region["code"] as? String, let counts = region["counts"] as? [String: [String: Any]] else { continue }
            let name = "region \(code) \(region["name"] as? String ?? "")"
            for (designation, count) in counts {
                if let active = count["active"] as? Int, active != 0 { numbers["\(name) \(designation) active"] = "\(active)" }
                for (year, granted) in count["granted"] as? [String: Int] ?? [:] where granted != 0 {
                    numbers["\(name) \(designation) granted \(year)"] = "\(granted)"
                }
            }
        }
        return numbers
    }

    /// `name: list X, truth Y` for every number that differs (a missing count is 0), the targets
    /// first, then the regions from the top of the tree down.
    static func differences(list: [String: String], truth: [String: String]) -> [String] {
        let keys = Set(list.keys).union(truth.keys).sorted { a, b in
            (a.hasPrefix("target") ? 0 : 1, a.split(separator: " ")[1].count, a) < (b.hasPrefix("target") ? 0 : 1, b.split(separator: " ")[1].count, b)
        }
        return keys.compactMap { key in
            let a = list[key] ?? "0", b = truth[key] ?? "0"
            return a == b ? nil : "\(key): list \(a), truth \(b)"
        }
    }
}

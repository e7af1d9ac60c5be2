import Foundation
import Testing

/// The held-out corpus of `Tests/RealisticLists/`: ledgers and published lists as bureaus have
/// them (GBK, UTF-8 with BOM, UTF-16 text, .xlsx; decorated designations, combined region cells,
/// zones as districts, firms without codes) must load with no editing, reject only their broken
/// rows, and count exactly as their truths, the same events written in the plain format.
@Suite("Realistic lists")
struct RealisticListTests {
    static let entries = (try? RealisticListEntry.all()) ?? []

    @Test("the manifest names every list of the corpus, each with a truth")
    func manifest() throws {
        let entries = try RealisticListEntry.all()
        #expect(entries.count == 13)
        let listed = Set(entries.flatMap(\.files).map { ($0 as NSString).lastPathComponent })
        let folder = Binary.root.appendingPathComponent(RealisticListEntry.folder).path
        let onDisk = Set(try FileManager.default.contentsOfDirectory(atPath: folder)).subtracting(["manifest.txt", "README.md", "truth"])
        #expect(listed == onDisk)
        for entry in entries {
            #expect(entry.files.count == entry.truths.count)
            #expect(entry.rows == entry.loaded + entry.rejected)
            for truth in entry.truths {
                #expect(FileManager.default.fileExists(atPath: Binary.root.appendingPathComponent(truth).path), "\(truth)")
            }
        }
    }

    @Test("each list loads its good rows and rejects only its broken ones", arguments: entries)
    func loads(_ entry: RealisticListEntry) throws {
        let result = try Binary.run(["check", "--lang", "en"] + entry.listArguments)
        let expected = LoadSummary(rows: entry.rows, loaded: entry.loaded, rejected: entry.rejected)
        let summary = LoadSummary.total(of: entry.files, in: result.output)
        #expect(summary == expected, """
            \(entry): srdi check says \(summary.map(\.description) ?? "no summary line"), expected \(expected)
            \(Self.firstLines(of: result.error))
            """)
    }

    @Test("each list counts as its truth does: every target's actual, every region's counts", arguments: entries)
    func countsAsTruth(_ entry: RealisticListEntry) throws {
        let common = ["report", "--format", "json", "--as-of", entry.asOf]
        let list = try Binary.run(common + entry.listArguments)
        let truth = try Binary.run(common + entry.truthArguments)
        let truthNumbers = try #require(ReportNumbers.of(truth.output), "\(entry): the truth gives no report: \(truth.error)")
        #expect(truth.status == 0 && !truth.error.contains("error:"), "\(entry): every row of the truth must load: \(truth.error)")
        #expect(truthNumbers.keys.contains { $0.hasPrefix("region CN ") }, "\(entry): the truth counts no firm")
        guard let listNumbers = ReportNumbers.of(list.output) else {
            Issue.record("\(entry): no report (exit status \(list.status))\n\(Self.firstLines(of: list.error))")
            return
        }
        let differences = ReportNumbers.differences(list: listNumbers, truth: truthNumbers)
        if !differences.isEmpty {
            Issue.record("""
                \(entry): \(differences.count) numbers differ from the truth's
                \(differences.prefix(20).joined(separator: "\n"))\(differences.count > 20 ? "\n…" : "")
                """)
        }
    }

    @Test("the corpus as a whole loads at least 99 % of its good rows")
    func corpusLoadRate() throws {
        let lists = try RealisticListEntry.all().filter { $0.files.count == 1 }
        var good = 0, loaded = 0
        var short: [String] = []
        for entry in lists {
            let result = try Binary.run(["check", "--lang", "en"] + entry.listArguments)
            let summary = LoadSummary.total(of: entry.files, in: result.output)
            // Broken rows loaded by a guess do not make up for good rows left out.
            let loadedGood = min(summary?.loaded ?? 0, entry.loaded)
            good += entry.loaded
            loaded += loadedGood
            if loadedGood < entry.loaded { short.append("\(entry): \(loadedGood) of \(entry.loaded)") }
        }
        #expect(good > 1500)
        #expect(loaded * 100 >= good * 99, "loaded \(loaded) of \(good) good rows; short: \(short.joined(separator: "; "))")
    }

    static func firstLines(of text: String, count: Int = 8) -> String {
        let lines = text.split(separator: "\n")
        return lines.prefix(count).joined(separator: "\n") + (lines.count > count ? "\n… (\(lines.count - count) more)" : "")
    }
}

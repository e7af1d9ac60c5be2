import Foundation
import Testing

/// Bad recognitions and observations files, bad plan data and bad options, run through the
/// built `srdi` as a user would: each gets its exit status (1 data errors, 64 usage, 74 I/O) and
/// a message naming the file and line. The cases are in `Tests/BadInputs/cases.txt`.
@Suite("Bad inputs")
struct BadInputTests {
    @Test("a bad input gets its exit status and its message", arguments: BadInputCorpus.cases)
    func badInput(_ item: BadInputCase) throws {
        item.check(try item.run())
    }

    @Test("the corpus: at least 60 cases with distinct names, and every input file used by one")
    func corpus() throws {
        let cases = BadInputCorpus.cases
        #expect(cases.count >= 60)
        #expect(Set(cases.map(\.name)).count == cases.count)
        let manifest = try String(contentsOf: BadInputCorpus.manifest, encoding: .utf8)
        let folder = BadInputCorpus.folder.path
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        for file in files where file.contains("/") {
            #expect(manifest.contains(file), "\(file) is in the corpus but no case uses it")
        }
    }
}

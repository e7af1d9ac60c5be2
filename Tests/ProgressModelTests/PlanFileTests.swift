import Testing
@testable import ProgressModel

/// Mistakes in the plan file are reported with their line, and the rest of the file still loads.
@Suite("Plan file problems")
struct PlanFileTests {
    func load(_ yaml: String) -> (PlanBook, DiagnosticLog) {
        var log = DiagnosticLog()
        let book = PlanFile.load(yaml, file: "targets.yaml", regions: TestData.reference.regions,
                                 designations: TestData.reference.designations, log: &log)
        return (book, log)
    }

    let plan = """
    plans:
      - id: p
        name: 测试
        region: 湛江市
        document: none.txt
        start: 2022
        end: 2025
        targets:
    """

    @Test("each broken target is reported on its line; the good one loads")
    func brokenTargets() {
        let (book, log) = load(plan + """

                  - {id: good, name: 好, designations: [provincial], mode: stock, target: ">= 5", quote: q}
                  - {id: bad-list, name: 坏, designations: [provincal], mode: stock, target: ">= 5", quote: q}
                  - {id: bad-target, name: 坏, designations: [provincial], mode: stock, target: "about 5", quote: q}
                  - {id: good, name: 重复, designations: [provincial], mode: stock, target: ">= 5", quote: q}
                  - {id: no-quote, name: 坏, designations: [provincial], mode: stock, target: ">= 5"}
                  - {id: lone-part, name: 坏, count: highest, designations: [provincial], mode: stock, target: ">= 5", quote: q}
                  - {id: orphan, name: 坏, parent: nobody, designations: [provincial], mode: stock, target: ">= 5", quote: q}
            """)
        #expect(book.targets.map(\.id) == ["good", "lone-part", "orphan"])
        #expect(book.plans.first?.end == Day(iso: "2025-12-31"), "a year as the end means its last day")
        let found = log.items.map { ($0.line, $0.problem) }
        #expect(found.count == 6)
        #expect(found[0].0 == 10 && found[0].1 == .invalidField("designations", expected: "designation codes from designations.yaml"))
        #expect(found[1].0 == 11)
        #expect(found[2] == (12, .duplicateID("good")))
        #expect(found[3] == (13, .missingField("quote")))
        #expect(found[4].1 == .invalidField("count", expected: "highest only on a part (with parent:)"))
        #expect(found[5].1 == .unknownReference("nobody"))
    }

    @Test("broken YAML is one clear error with its line")
    func brokenYAML() {
        let (book, log) = load("plans:\n  - id: p\n    name: [unclosed\n")
        #expect(book.plans.isEmpty)
        #expect(log.items.count == 1 && log.items[0].line > 0)
        guard case .invalidYAML = log.items[0].problem else { Issue.record("expected invalid YAML"); return }
    }

    @Test("a plan in an unknown region is reported")
    func unknownRegion() {
        let (book, log) = load(plan.replacingAll("湛江市", with: "火星市"))
        #expect(book.plans.isEmpty)
        #expect(log.items.first?.problem == .invalidField("region", expected: "a region name or code from regions.csv"))
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

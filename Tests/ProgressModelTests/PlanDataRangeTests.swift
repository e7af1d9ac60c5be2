import Testing
@testable import ProgressModel

/// Every number and date of the plan data is held to its stated range, and every mistake is an
/// error naming the file, the line, the field, the value and what was expected, never a crash.
@Suite("Plan data ranges")
struct PlanDataRangeTests {
    func loadPlans(_ yaml: String) -> (PlanBook, DiagnosticLog) { PlanFileTests().load(yaml) }

    /// A plan whose line 9 is the target written by `target`.
    func plan(target: String) -> String {
        PlanFileTests().plan + "\n      - {id: t, name: 目标, designations: [provincial], mode: new, quote: q, \(target)}"
    }

    /// The single error of a load, as (line, field, value, message).
    func onlyError(_ log: DiagnosticLog) -> (line: Int, column: String?, value: String?, message: String)? {
        let errors = log.items.filter { $0.severity == .error }
        guard errors.count == 1, let error = errors.first else {
            Issue.record("expected one error, got \(log.items.map { $0.formatted(.english) })")
            return nil
        }
        return (error.line, error.column, error.value, error.problem.message(.english))
    }

    @Test("a target's year outside 1949–2100 is an error on its line", arguments: ["99999", "0", "1948", "2101", "-1", "9223372036854775807", "2024.5"])
    func targetYear(_ year: String) {
        let (book, log) = loadPlans(plan(target: "year: \(year), target: \">= 1\""))
        #expect(book.targets.isEmpty)
        let error = onlyError(log)
        #expect(error?.line == 9 && error?.column == "year" && error?.value == year)
        #expect(error?.message == "invalid year; expected a whole number from 1949 to 2100")
    }

    @Test("the edges of the year range load", arguments: [1949, 2100])
    func yearEdges(_ year: Int) {
        let yaml = plan(target: "year: \(year), target: \">= 1\"").replacingAll("start: 2022", with: "start: 1949").replacingAll("end: 2025", with: "end: 2100")
        let (book, log) = loadPlans(yaml)
        #expect(log.errorCount == 0, "\(log.items.map { $0.formatted(.english) })")
        #expect(book.targets.first?.deadline == Day(iso: "\(year)-12-31"))
    }

    @Test("dates of plans and targets outside 1949–2100 are errors", arguments: [
        ("start: 0001-01-01", "start"), ("deadline: 9999-12-31", "deadline"), ("deadline: 2101", "deadline"), ("start: 1900-01-01", "start"),
    ])
    func targetDates(_ field: String, _ name: String) {
        let (book, log) = loadPlans(plan(target: "\(field), target: \">= 1\""))
        #expect(book.targets.isEmpty)
        let error = onlyError(log)
        #expect(error?.line == 9 && error?.column == name)
        #expect(error?.message == "invalid \(name); expected a date YYYY-MM-DD or a year, from 1949 to 2100")
    }

    @Test("target values must be plain decimals, finite and not negative", arguments: [
        ">= 1e300", "1-1e308", ">= 1e-300", ">= nan", ">= inf", "= -inf", ">= -5", ">= 0x10", ">= 1,000", ">= 0.0000001", "about 5",
    ])
    func targetValueSyntax(_ text: String) {
        let (book, log) = loadPlans(plan(target: "target: \"\(text)\""))
        #expect(book.targets.isEmpty)
        let error = onlyError(log)
        #expect(error?.line == 9 && error?.column == "target" && error?.value == text)
        #expect(error?.message == "invalid target; expected \">= 300\", \"= 100\" or a range \"1-2\", in plain decimal numbers")
    }

    @Test("target values above 10^9 and reversed ranges are errors; a target of 0 is a warning")
    func targetValueRange() {
        let (huge, hugeLog) = loadPlans(plan(target: "target: \">= 1000000001\""))
        #expect(huge.targets.isEmpty)
        #expect(onlyError(hugeLog)?.message == "invalid target; expected values from 0 to 1000000000")
        let (reversed, reversedLog) = loadPlans(plan(target: "target: \"5-2\""))
        #expect(reversed.targets.isEmpty)
        #expect(onlyError(reversedLog)?.message == "invalid target; expected a range whose first number is not above its second")
        let (zero, zeroLog) = loadPlans(plan(target: "target: \"= 0\""))
        #expect(zero.targets.map(\.value) == [0])
        #expect(zeroLog.errorCount == 0 && zeroLog.warningCount == 1 && zeroLog.items.first?.line == 9)
        let (decimal, decimalLog) = loadPlans(plan(target: "target: \">= 3.5\""))
        #expect(decimal.targets.map(\.value) == [3.5] && decimalLog.isEmpty)
    }

    @Test("a reward amount must be a whole number of yuan from 1 to 10^9", arguments: ["1000000000000000000", "9223372036854775807", "0", "-5", "1e6", "五十万"])
    func rewardAmount(_ amount: String) {
        let yaml = plan(target: "target: \">= 1\"") + """

                rewards:
                  - id: r
                    quote: q
                    amounts:
                      - designations: [provincial]
                        amount: \(amount)
            """
        let (book, log) = loadPlans(yaml)
        let error = onlyError(log)
        #expect(error?.line == 15 && error?.column == "amount" && error?.value == amount)
        #expect(error?.message == "invalid amount; expected a whole number from 1 to 1000000000")
        #expect(book.plans.first?.rewards.first?.tiers.isEmpty == true)
    }

    @Test("a reward rule keeps its line, for a quote that is not in the document")
    func rewardLine() {
        let yaml = plan(target: "target: \">= 1\"") + """

                rewards:
                  - id: r
                    quote: q
                    amounts:
                      - {designations: [provincial], amount: 500000}
                measures:
                  - {name: m, quote: q}
            """
        let (book, log) = loadPlans(yaml)
        #expect(log.isEmpty)
        #expect(book.plans.first?.rewards.first?.sourceLine == 11)
        #expect(book.plans.first?.measures.first?.sourceLine == 16)
    }

    @Test("a document must be a file inside documents/", arguments: ["../../../../dev/zero", "/etc/passwd", "a/../../b.txt", "./x.txt", ""])
    func documentPath(_ document: String) {
        let yaml = plan(target: "target: \">= 1\"").replacingAll("document: none.txt", with: "document: \"\(document)\"")
        let (book, log) = loadPlans(yaml)
        #expect(book.plans.isEmpty)
        let error = log.items.first { $0.severity == .error }
        #expect(error?.line == 5 || error?.line == 2)
        #expect(error?.problem == .invalidField("document", expected: "a file name inside documents/ (no \"..\", no leading \"/\")")
                || error?.problem == .missingField("document"))
    }

    @Test("a misspelt field is an error listing the fields, not a silent default")
    func unknownField() {
        let (book, log) = loadPlans(plan(target: "yaer: 2024, target: \">= 1\""))
        #expect(book.targets.count == 1, "the target still loads; the error stops every command")
        let error = onlyError(log)
        #expect(error?.line == 9 && error?.column == "yaer")
        #expect(error?.message.hasPrefix("unknown field yaer; expected one of count, deadline, designations") == true)
    }

    @Test("ceiling is true or false")
    func ceiling() {
        let yaml = plan(target: "target: \">= 1\"") + """

                rewards:
                  - {id: r, quote: q, ceiling: yes, amounts: [{designations: [provincial], amount: 5}]}
            """
        let (book, log) = loadPlans(yaml)
        #expect(onlyError(log)?.message == "invalid ceiling; expected true or false")
        #expect(book.plans.first?.rewards.isEmpty == true)
    }

    @Test("a parent or yearly quota that leads back to itself is an error naming the loop")
    func referenceLoops() {
        let yaml = PlanFileTests().plan + """

              - {id: a, name: a, designations: [provincial], mode: new, quote: q, target: ">= 1", parent: b}
              - {id: b, name: b, designations: [provincial], mode: new, quote: q, target: ">= 1", parent: a}
              - {id: c, name: c, designations: [provincial], mode: new, quote: q, target: ">= 1", yearly_of: c}
        """
        let (_, log) = loadPlans(yaml)
        let loops = log.items.filter { if case .referenceLoop = $0.problem { return true } else { return false } }
        #expect(loops.map(\.line) == [9, 10, 11])
        #expect(loops.map(\.column) == ["parent", "parent", "yearly_of"])
        #expect(loops[0].problem.message(.english) == "references go round in a loop: a → b → a")
        #expect(loops[2].problem.message(.english) == "references go round in a loop: c → c")
    }

    @Test("a key written twice is an error on its line")
    func duplicateKey() {
        let (book, log) = loadPlans(plan(target: "target: \">= 1\"").replacingAll("    end: 2025", with: "    end: 2025\n    end: 2026"))
        #expect(book.plans.isEmpty)
        let error = onlyError(log)
        #expect(error?.line == 8 && error?.column == "end", "the second of the two")
        #expect(error?.message == "invalid YAML: duplicate key end (first at line 7)")
    }

    @Test("a plan that ends before it starts is an error")
    func planOrder() {
        let (book, log) = loadPlans(plan(target: "target: \">= 1\"").replacingAll("start: 2022", with: "start: 2026"))
        #expect(book.plans.isEmpty)
        #expect(onlyError(log)?.message == "invalid end; expected a date on or after the plan's start 2026-01-01")
    }

    @Test("a plans: that is not a list of plans is an error with its line")
    func plansNotAList() {
        let (book, log) = loadPlans("plans: 5\n")
        #expect(book.plans.isEmpty)
        #expect(log.items.map(\.line).contains(1))
        #expect(log.errorCount >= 1)
    }

    func loadDesignations(_ yaml: String) -> (DesignationCatalog, DiagnosticLog) {
        var log = DiagnosticLog()
        let catalog = DesignationFile.load(yaml, file: "designations.yaml", log: &log)
        return (catalog, log)
    }

    @Test("validity outside 1–50 years is an error on its line", arguments: ["8000", "10000", "9223372036854775807", "0", "-3", "3.5"])
    func validity(_ years: String) {
        let (catalog, log) = loadDesignations("""
            - {code: innovative, name: 创新型中小企业, rank: 1, valid_years: 3}
            - code: provincial
              name: 省级专精特新中小企业
              valid_years: \(years)
            """)
        #expect(catalog.all.map(\.code) == ["innovative", "provincial"], "kept, so that lists naming it add no errors")
        #expect(catalog.all.last?.validYears == nil)
        let error = onlyError(log)
        #expect(error?.line == 4 && error?.column == "valid_years" && error?.value == years)
        #expect(error?.message == "invalid valid_years; expected a whole number from 1 to 50")
    }

    @Test("a rank outside 0–99 is an error; a spelling used by two designations is an error")
    func rankAndAliases() {
        let (ranked, rankLog) = loadDesignations("- {code: a, name: 甲, rank: 100}\n")
        #expect(ranked.all.first?.rank == nil && onlyError(rankLog)?.message == "invalid rank; expected a whole number from 0 to 99")
        let (aliased, aliasLog) = loadDesignations("- {code: a, name: 甲}\n- {code: b, name: 乙, aliases: [甲]}\n")
        #expect(aliased.all.map(\.code) == ["a"])
        let error = onlyError(aliasLog)
        #expect(error?.line == 2 && error?.value == "甲")
        #expect(error?.message == "invalid aliases; expected a spelling not already used by designation a")
    }

    func loadRegions(_ csv: String) -> (RegionTree, DiagnosticLog) {
        var log = DiagnosticLog()
        let tree = RegionFile.load(Array(csv.utf8), file: "regions.csv", log: &log)
        return (tree, log)
    }

    @Test("a region that is its own parent, and merges that go round, are errors naming the loop")
    func regionLoops() {
        let (_, selfLog) = loadRegions("code,name,parent,kind,merged_into,note\nCN,全国,,country,,\n44,广东省,44,province,,\n")
        #expect(onlyError(selfLog)?.message == "references go round in a loop: 44 → 44")
        let (tree, mergeLog) = loadRegions("""
            code,name,parent,kind,merged_into,note
            CN,全国,,country,,
            1,甲区,CN,district,2,
            2,乙区,CN,district,1,
            3,丙区,CN,district,3,
            4,丁区,CN,district,2,
            """)
        let loops = mergeLog.items.map { ($0.line, $0.problem.message(.english)) }
        #expect(loops.map(\.0) == [3, 4, 5])
        #expect(loops.map(\.1) == ["references go round in a loop: 1 → 2 → 1", "references go round in a loop: 2 → 1 → 2",
                                   "references go round in a loop: 3 → 3"])
        #expect(tree.regions.filter { $0.mergedInto != nil }.map(\.code) == ["4"], "丁区 merges into 乙区, whose own merge is refused")
    }
}

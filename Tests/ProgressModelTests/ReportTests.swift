import Foundation
import Testing
@testable import ProgressModel

/// The reports: the JSON contract keys, and text tables that line up in CJK.
@Suite("Reports")
struct ReportTests {
    let asOf = Day(iso: "2025-06-30")!

    func json(scope: String = "CN") throws -> [String: Any] {
        let tally = TestData.bundled
        let report = ProgressReport(tally: tally, asOf: asOf, scope: tally.data.regions.index(ofCode: scope)!)
        let data = Data(JSONReport(report).render().utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the JSON report keeps the keys of the contract")
    func jsonContract() throws {
        let root = try json()
        for key in ["as_of", "inputs", "designations", "targets", "regions"] { #expect(root[key] != nil, "\(key)") }
        #expect(root["as_of"] as? String == "2025-06-30")
        let inputs = try #require(root["inputs"] as? [[String: Any]])
        #expect(Set(inputs[0].keys).isSuperset(of: ["path", "rows", "loaded", "rejected"]))
        let designations = try #require(root["designations"] as? [[String: Any]])
        #expect(Set(designations[0].keys).isSuperset(of: ["code", "name", "rank", "valid_years"]))
        #expect(designations.first { $0["code"] as? String == "hidden_champion" }?["rank"] is NSNull)
        let targets = try #require(root["targets"] as? [[String: Any]])
        #expect(targets.count == 40)
        let keys = ["id", "plan", "document", "region_code", "region_name", "designations", "metric", "mode", "count", "window_start",
                    "deadline", "comparator", "value", "value_max", "unit", "actual", "expected", "percent", "status", "projected",
                    "quote", "parent"]
        for target in targets { #expect(Set(target.keys).isSuperset(of: keys), "\(target["id"] ?? "")") }
        let modes = Set(targets.compactMap { $0["mode"] as? String })
        #expect(modes == ["new", "cumulative", "stock", "observation"])
        #expect(Set(targets.compactMap { $0["status"] as? String }).isSubset(of: Status.allCases.map(\.rawValue)))
        let regions = try #require(root["regions"] as? [[String: Any]])
        let zhanjiang = try #require(regions.first { $0["code"] as? String == "4408" })
        #expect(zhanjiang["parent"] as? String == "44")
        let counts = try #require(zhanjiang["counts"] as? [String: [String: Any]])
        #expect(counts.count == 15)
        let provincial = try #require(counts["provincial"])
        #expect(provincial["active"] is Int && provincial["granted"] is [String: Int])
    }

    @Test("--region limits plans and regions to that part of the tree")
    func scope() throws {
        let root = try json(scope: "4408")
        let targets = try #require(root["targets"] as? [[String: Any]])
        #expect(Set(targets.compactMap { $0["plan"] as? String }) == ["zhanjiang"])
        let regions = try #require(root["regions"] as? [[String: Any]])
        #expect(regions.allSatisfy { ($0["code"] as? String)?.hasPrefix("4408") == true })
    }

    @Test("text tables line up: every row of a table is as wide as its header, in columns", arguments: [Language.chinese, .english])
    func textAlignment(language: Language) {
        let tally = TestData.bundled
        let lines = TextReport(ProgressReport(tally: tally, asOf: asOf, scope: tally.data.regions.root), language: language).lines()
        var tables = 0
        for (index, line) in lines.enumerated() where index + 1 < lines.count && lines[index + 1].hasPrefix("  --") {
            tables += 1
            let rule = lines[index + 1]
            var row = index + 2
            while row < lines.count && !lines[row].isEmpty {
                #expect(DisplayWidth.standard.columns(of: lines[row]) == DisplayWidth.standard.columns(of: rule), "\(lines[row])")
                row += 1
            }
            #expect(DisplayWidth.standard.columns(of: line) <= DisplayWidth.standard.columns(of: rule))
        }
        #expect(tables == 9, "a target table and a region table per plan with targets, and Guangdong's region table")
    }

    @Test("the text report shows the documents' numbers and the notes")
    func textContent() {
        let tally = TestData.bundled
        let text = TextReport(ProgressReport(tally: tally, asOf: asOf, scope: tally.data.regions.root), language: .chinese).render()
        #expect(text.contains("≥300家") && text.contains("≥1600户") && text.contains("1–2个") && text.contains("=100%"))
        #expect(text.contains("计划默认 2023-01-01 之前已有 19 家"))
        #expect(text.contains("(本文件无量化目标)"))
    }
}

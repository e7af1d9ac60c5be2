import Foundation
import Testing
@testable import ProgressModel
import SampleData

/// The plan data against the documents: every target and its quote, the documents' own numbers,
/// and the bundled sample giving every target something to show.
@Suite("Plan data")
struct PlanDataTests {
    let book = TestData.reference.book

    @Test("the five documents, each a plan; the files load without a problem")
    func plansLoad() {
        var log = DiagnosticLog()
        _ = DataLoader.loadReference(DataSources(directory: TestData.dataDirectory), read: TestData.read, log: &log)
        #expect(log.isEmpty, "\(log.items.map { $0.formatted(.english) })")
        #expect(book.plans.map(\.id) == ["zhanjiang", "hailing", "chongqing", "zhengzhou", "guangdong"])
        #expect(Set(book.plans.map(\.document)).count == 5)
    }

    @Test("every quote is found verbatim in its document")
    func quotesAreVerbatim() throws {
        var quotes: [(String, String)] = book.targets.map { ($0.quote, $0.document) }
        for plan in book.plans {
            quotes += plan.rewards.map { ($0.quote, plan.document) } + plan.measures.map { ($0.quote, plan.document) }
        }
        for (quote, document) in quotes {
            let text = try String(contentsOfFile: TestData.dataDirectory + "/documents/" + document, encoding: .utf8)
            #expect(text.contains(quote), "\(document): \(quote)")
        }
        #expect(quotes.count > 60)
    }

    /// The numbers of SPEC §2's table, read off the documents by hand.
    @Test("every quantitative target of the documents is there, with its number",
          arguments: [
            ("zj-quality-sme", 300.0), ("zj-innovative", 200), ("zj-srdi", 100), ("zj-srdi-park", 10),
            ("hl-little-giant", 10), ("hl-provincial", 40), ("hl-municipal", 50),
            ("hl-provincial-2023", 7), ("hl-municipal-2023", 8), ("hl-little-giant-2024", 2), ("hl-provincial-2024", 7),
            ("hl-municipal-2024", 8), ("hl-little-giant-2025", 3), ("hl-provincial-2025", 7), ("hl-municipal-2025", 8),
            ("hl-listing-reserve", 5), ("hl-listing-reserve-2023", 1), ("hl-listing-reserve-2024", 2), ("hl-listing-reserve-2025", 2),
            ("hl-specialty-clusters", 1), ("hl-patent-centre", 1), ("hl-ecommerce-demo", 1),
            ("cq-srdi", 1600), ("cq-little-giant", 150), ("cq-hidden-champion", 60),
            ("zz-innovative", 8000), ("zz-srdi", 2600), ("zz-provincial", 500), ("zz-little-giant", 130), ("zz-single-champion", 15),
            ("zz-four-new", 1000), ("zz-rd-ratio", 3.5), ("zz-main-business-growth", 12), ("zz-main-business-share", 72),
            ("zz-key-supplier", 200), ("zz-refined", 200), ("zz-local-specialty", 100), ("zz-quality-benchmark", 100),
            ("zz-ip-owner", 1000), ("zz-cloud-coverage", 100),
          ])
    func targetValue(id: String, value: Double) throws {
        let target = try #require(book.target(id))
        #expect(target.value == value)
        #expect(target.deadline <= Day(iso: "2025-12-31")!)
    }

    @Test("no target is missing from the list above, and the Hailing range is 1–2")
    func targetCount() throws {
        #expect(book.targets.count == 40)
        let clusters = try #require(book.target("hl-specialty-clusters"))
        #expect(clusters.comparator == .range && clusters.valueMax == 2)
        #expect(book.targets(of: book.plan("guangdong")!).isEmpty)
        #expect(book.plan("guangdong")!.measures.count >= 11)
    }

    @Test("modes and windows as the documents word them")
    func modes() {
        let mode = { (id: String) in self.book.target(id)!.mode }
        #expect(mode("zj-quality-sme") == .cumulative && book.target("zj-quality-sme")!.windowStart == Day(iso: "2022-01-01"))
        #expect(mode("cq-srdi") == .stock, "达1600户 is a stock")
        #expect(mode("zz-innovative") == .stock, "达到8000家 is a stock")
        #expect(mode("hl-provincial-2024") == .new && book.target("hl-provincial-2024")!.windowStart == Day(iso: "2024-01-01"))
        #expect(book.target("hl-little-giant")!.windowStart == nil, "累计 with an implied earlier stock: all time")
        #expect(book.target("zj-innovative")!.counting == .highest && book.target("zz-provincial")!.counting == .any)
    }

    @Test("the plans' own arithmetic: parts and wholes, yearly quotas and cumulative targets")
    func consistency() throws {
        let tally = TestData.bundled
        let asOf = Day(iso: "2025-12-31")!
        let hailing = tally.consistency(of: book.plan("hailing")!, at: asOf)
        let implied = hailing.compactMap { note -> (String, Double)? in
            if case .quotasImplyStock(let id, _, _, let implied, _, _) = note { return (id, implied) }
            return nil
        }
        #expect(implied.map(\.0) == ["hl-little-giant", "hl-provincial", "hl-municipal"])
        #expect(implied.map(\.1) == [5, 19, 26], "10 − (2 + 3), 40 − 21, 50 − 24")
        #expect(hailing.contains(.quotasAddUp(target: "hl-listing-reserve", quotas: [1, 2, 2], total: 5)))
        let zhanjiang = tally.consistency(of: book.plan("zhanjiang")!, at: asOf)
        guard case .partsAddUp(_, let parts, let total, let actualParts, let actualWhole) = try #require(zhanjiang.first) else {
            Issue.record("Zhanjiang's parts should add up")
            return
        }
        #expect(parts == [200, 100] && total == 300)
        #expect(actualParts.reduce(0, +) == actualWhole, "counted by highest tier, the actual parts add up too")
        let zhengzhou = tally.consistency(of: book.plan("zhengzhou")!, at: asOf)
        #expect(zhengzhou == [.partsWithin(whole: "zz-srdi", parts: [500, 130, 15], total: 2600)])
    }

    @Test("the sample gives every target an actual, and a mix of outcomes")
    func sampleCoversEveryTarget() {
        let tally = TestData.bundled
        let progress = tally.progress(at: Day(iso: "2025-12-31")!)
        for item in progress {
            #expect(item.status != .noData, "\(item.target.id)")
            #expect((item.actual ?? 0) > 0 || item.target.mode == .observation, "\(item.target.id)")
        }
        // The day before most deadlines; on them (2025-12-31) a target short of its value is missed.
        let statuses = Set(tally.progress(at: Day(iso: "2025-12-30")!).map(\.status))
        #expect(statuses.contains(.achieved) && statuses.contains(.atRisk))
        #expect(Set(progress.map(\.status)).contains(.missed))
        let midway = Set(tally.progress(at: Day(iso: "2024-06-30")!).map(\.status))
        #expect(midway.contains(.onTrack) && midway.contains(.notStarted))
        #expect(Set(tally.progress(at: Day(iso: "2026-11-21")!).map(\.status)).contains(.missed))
    }

    @Test("the sample uses every designation, every action, and is labelled synthetic")
    func sampleCoversEveryDesignation() throws {
        let data = TestData.bundled.data
        #expect(Set(data.recognitions.events.map(\.designation)).count == data.designations.all.count)
        #expect(Set(data.recognitions.events.map(\.action)) == Set(Action.allCases))
        #expect(data.diagnostics.errorCount == 0)
        let text = try String(contentsOfFile: TestData.dataDirectory + "/sample/recognitions.csv", encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines[0].hasSuffix(",来源") && lines.dropFirst().allSatisfy { $0.hasSuffix(",合成样例") })
    }

    @Test("the sample generator is reproducible: same seed, same file")
    func generatorIsSeeded() {
        let generator = SampleGenerator(regions: TestData.reference.regions, designations: TestData.reference.designations,
                                        book: book, horizon: Day(iso: "2026-10-31")!)
        let first = generator.recognitionsCSV(rows: 3000, seed: 11)
        #expect(first == generator.recognitionsCSV(rows: 3000, seed: 11))
        #expect(first != generator.recognitionsCSV(rows: 3000, seed: 12))
        #expect(first.split(separator: "\n").count == 3001)
    }

    @Test("the bundled sample is what `srdi sample` writes with its defaults")
    func bundledSampleIsGenerated() throws {
        let generator = SampleGenerator(regions: TestData.reference.regions, designations: TestData.reference.designations,
                                        book: book, horizon: Day(iso: "2026-10-31")!)
        let bundled = try String(contentsOfFile: TestData.dataDirectory + "/sample/recognitions.csv", encoding: .utf8)
        #expect(generator.recognitionsCSV(rows: nil, seed: 2025) == bundled)
        let observations = try String(contentsOfFile: TestData.dataDirectory + "/sample/observations.csv", encoding: .utf8)
        #expect(generator.observationsCSV(seed: 2025) == observations)
    }
}

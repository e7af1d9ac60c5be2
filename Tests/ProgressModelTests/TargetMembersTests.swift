import Testing
@testable import ProgressModel

/// A target's firm list against its count and against the naive replay of `IndexOracleTests`.
@Suite("Target members")
struct TargetMembersTests {
    static let dates = ["2022-06-15", "2023-12-31", "2024-08-01", "2025-12-31"]

    @Test("for every count target at four dates, the list's length is the count shown and its firms are the replay's",
          arguments: dates)
    func listsMatchCounts(date: String) {
        let tally = TestData.bundled
        let data = tally.data
        let locator = FirmLocator(tally: tally)
        let asOf = Day(iso: date)!
        var replays: [Day: [IndexOracleTests.State]] = [:]
        for target in data.book.targets where target.countsFirms {
            let members = tally.members(of: target, at: asOf, locator: locator)
            let actual = tally.progress(of: target, at: asOf).actual
            #expect(Set(members.map(\.firm)).count == members.count, "\(target.id): a firm listed twice")
            if !target.each.isEmpty {
                // A per-park threshold: the actual is the best park's number of listed firms.
                let byPark = Dictionary(grouping: members) { member in
                    data.regions.path(to: member.region).last { target.each.contains(data.regions[$0].kind) } ?? -1
                }
                #expect(Double(byPark.filter { $0.key >= 0 }.map(\.value.count).max() ?? 0) == actual, "\(target.id) at \(date)")
                continue
            }
            #expect(Double(members.count) == actual, "\(target.id) at \(date)")
            let day = min(asOf, target.deadline)
            if replays[day] == nil { replays[day] = IndexOracleTests.replay(data, at: day) }
            let expected = Set(replays[day]!.indices.filter { IndexOracleTests.counts(replays[day]![$0], for: target, in: data) })
            #expect(Set(members.map(\.firm)) == expected, "\(target.id) at \(date)")
            for member in members {
                #expect(target.designations.contains(member.designation), "\(target.id): \(member)")
                #expect(member.since <= day)
                #expect(data.regions.isWithin(member.region, target.region))
                if target.mode != .stock { #expect(member.year == member.since.year, "\(target.id): \(member)") }
            }
        }
    }

    @Test("a firm that is provincial and a little giant counts in the little-giant part of Zhanjiang's 300, for that reason")
    func highestPartReason() {
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,designation,date
        91440800MA00000017,湛江甲公司,广东省,湛江市,赤坎区,provincial,2022-03-01
        91440800MA00000017,湛江甲公司,广东省,湛江市,赤坎区,little_giant,2023-07-01
        """)
        let locator = FirmLocator(tally: tally)
        let asOf = Day(iso: "2024-01-01")!
        for target in tally.data.book.targets where target.countsFirms && target.counting == .highest {
            let members = tally.members(of: target, at: asOf, locator: locator)
            let holdsGiant = target.designations.contains(tally.data.designations.index(ofCode: "little_giant")!)
            #expect(members.count == (holdsGiant ? 1 : 0), "\(target.id)")
            if holdsGiant {
                #expect(members.first?.designation == tally.data.designations.index(ofCode: "little_giant"))
                #expect(members.first?.since == Day(iso: "2023-07-01"))
            }
        }
    }

    @Test("for every count target at four dates, the children's contributions and the firms without a lower region sum to the actual",
          arguments: dates)
    func contributionsSum(date: String) {
        let tally = TestData.bundled
        let locator = FirmLocator(tally: tally)
        let asOf = Day(iso: date)!
        var checked = 0
        for target in tally.data.book.targets where target.countsFirms && target.each.isEmpty {
            guard let split = tally.contribution(to: target, below: target.region, at: asOf) else {
                Issue.record("\(target.id): no contribution")
                continue
            }
            #expect(Double(split.total) == tally.progress(of: target, at: asOf).actual, "\(target.id) at \(date)")
            for child in split.byChild.keys { #expect(tally.data.regions[child].parent == target.region) }
            // The index's split against the target's firms grouped by the child they lie in.
            var grouped: [Int: Int] = [:]
            var own = 0
            for member in tally.members(of: target, at: asOf, locator: locator) {
                guard let child = tally.data.regions.path(to: member.region).first(where: { tally.data.regions[$0].parent == target.region }) else {
                    own += 1
                    continue
                }
                grouped[child, default: 0] += 1
            }
            #expect(split.byChild.filter { $0.value > 0 } == grouped, "\(target.id) at \(date)")
            #expect(split.notGiven == own, "\(target.id) at \(date)")
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test("a firm listed with its district only is the district's own: the row of firms whose town is not given")
    func townNotGiven() {
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,town,designation,date
        91440800MA00000017,湛江甲公司,广东省,湛江市,赤坎区,,provincial,2022-03-01
        91440800MA00000025,湛江乙公司,广东省,湛江市,赤坎区,中华街道,provincial,2022-04-01
        91440800MA00000033,湛江丙公司,广东省,湛江市,,,provincial,2022-05-01
        """)
        let locator = FirmLocator(tally: tally)
        let stock = tally.data.book.target("stock")!
        let asOf = Day(iso: "2023-01-01")!
        let city = tally.data.regions.index(ofCode: "4408")!
        let district = tally.data.regions.index(ofCode: "440802")!
        let byCounty = tally.contribution(to: stock, below: city, at: asOf)!
        #expect(byCounty.byChild == [district: 2])
        #expect(byCounty.notGiven == 1)
        let byTown = tally.contribution(to: stock, below: district, at: asOf)!
        #expect(byTown.notGiven == 1)
        #expect(byTown.byChild.values.reduce(0, +) == 1)
    }
}

/// The month-end series of a target, against counts worked out by hand.
@Suite("Monthly series")
struct MonthlySeriesTests {
    @Test("a stock at month ends: grants count from their day, a revocation from its day; the last point is the as-of date")
    func stockByMonth() {
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,designation,date,action
        91440800MA00000017,湛江甲公司,广东省,湛江市,赤坎区,provincial,2022-01-31,grant
        91440800MA00000025,湛江乙公司,广东省,湛江市,赤坎区,provincial,2022-02-15,grant
        91440800MA00000033,湛江丙公司,广东省,湛江市,赤坎区,provincial,2022-03-31,grant
        91440800MA00000025,湛江乙公司,广东省,湛江市,赤坎区,provincial,2022-04-01,revoke
        """)
        let stock = tally.data.book.target("stock")!
        let series = tally.monthlySeries(of: stock, at: Day(iso: "2022-05-20")!)
        #expect(series.map(\.day.description) == ["2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30", "2022-05-20"])
        #expect(series.map(\.count) == [1, 2, 3, 2, 2])
        // The stock target runs from the plan's start (2022-01-01) at the baseline 0 to 5 at 2025-12-31.
        #expect(series.first?.expected.map { $0 > 0 && $0 < 0.2 } == true)
    }

    @Test("month ends keep to month ends through February of a leap year")
    func leapFebruary() {
        let tally = TestData.tally(targets: TestData.rulesPlan, recognitions: """
        credit_code,firm,province,city,district,designation,date
        91440800MA00000017,湛江甲公司,广东省,湛江市,赤坎区,provincial,2024-02-29
        """)
        let series = tally.monthlySeries(of: tally.data.book.target("cumulative")!, at: Day(iso: "2024-03-31")!)
        #expect(series.suffix(3).map(\.day.description) == ["2024-01-31", "2024-02-29", "2024-03-31"])
        #expect(series.suffix(3).map(\.count) == [0, 1, 1])
        #expect(series.first?.day.description == "2022-01-31")
    }
}

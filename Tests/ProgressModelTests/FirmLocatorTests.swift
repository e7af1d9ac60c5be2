import Testing
@testable import ProgressModel

/// A region's firm list, however it is worked out (a district's few firms in name order, the
/// country's in firm-number order and then sorted), is every firm of the table taken in name
/// order and kept when it stands in the region at the date.
@Suite("Firm lists of a region")
struct FirmLocatorTests {
    @Test("the country, a province, a city and a district at three dates: the firms of a walk through every firm in name order",
          arguments: ["2021-03-31", "2024-06-30", "2026-11-21"])
    func sameAsEveryFirmInNameOrder(date: String) throws {
        let tally = TestData.bundled
        let data = tally.data
        let locator = FirmLocator(tally: tally)
        let asOf = try #require(Day(iso: date))
        let everyFirm = (0..<data.recognitions.firmCount).sorted { data.recognitions.nameOrder($0, $1) }.map(Int32.init)
        for name in ["全国", "广东省", "湛江市", "海陵区", "重庆市"] {
            let region = try #require(data.regions.regions.firstIndex { $0.name == name })
            let expected = FirmLocator.statuses(of: everyFirm[...], in: region, at: asOf, tally: tally)
            let listed = locator.firms(in: region, at: asOf, tally: tally)
            #expect(listed.map(\.firm) == expected.map(\.firm), "\(name) at \(date)")
            #expect(listed.map(\.held) == expected.map(\.held) && listed.map(\.region) == expected.map(\.region), "\(name) at \(date)")
            #expect(!listed.isEmpty || date == "2021-03-31", "\(name) at \(date)")
        }
    }
}

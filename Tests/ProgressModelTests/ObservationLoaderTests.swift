import Testing
@testable import ProgressModel

/// The observations loader shares the recognitions loader's reading of files, and checks its
/// own cells: the metric, a finite number, a plausible date.
@Suite("Loading observations")
struct ObservationLoaderTests {
    func load(_ text: String) -> (ObservationTable, DiagnosticLog) {
        var table = ObservationTable()
        var log = DiagnosticLog()
        let loader = ObservationLoader(regions: TestData.reference.regions, metrics: Set(TestData.reference.book.metrics.map(\.code)))
        loader.load(Array(text.utf8), path: "obs.csv", into: &table, log: &log)
        return (table, log)
    }

    @Test("bad values, dates, field counts and blank rows each get their message and line")
    func rows() {
        let (table, log) = load("""
            指标,地区,年度,数值
            rd_ratio,郑州市,2022,2.9%
            rd_ratio,郑州市,2023,nan
            rd_ratio,郑州市,2023,1e999
            rd_ratio,郑州市,1900,3
            rd_ratio,郑州市,2024
            ,,,
            rd_ratio,郑州市,2024,

            """)
        #expect(table.observations.map(\.value) == [2.9])
        #expect(log.items.map(\.problem)
            == [.badNumber, .badNumber, .implausibleDate, .fieldCount(expected: 4, found: 3), .blankRow, .missingValue])
        #expect(log.items.map(\.line) == [3, 4, 5, 6, 7, 8])
        #expect(table.inputs[0].rows == 6 && table.inputs[0].rejected == 5)
    }

    @Test("a header alone is a warning; a column named twice is an error", arguments: [
        ("指标,地区,年度,数值\n", Problem.headerOnly),
        ("指标,地区,年度,数值,value\nrd_ratio,郑州市,2022,1,2\n",
         .duplicateColumn(meaning: "value/数值", first: 4, firstHeader: "数值", second: 5, secondHeader: "value")),
    ])
    func header(text: String, problem: Problem) {
        let (table, log) = load(text)
        #expect(table.observations.isEmpty)
        #expect(log.items.map(\.problem) == [problem])
    }

    @Test("a region no table knows, or none at all, is an error rather than a value for 全国")
    func regions() {
        let (table, log) = load("指标,地区,年度,数值\nrd_ratio,不存在市,2022,1\nrd_ratio,,2022,1\nrd_ratio,郑州市,2022,1\n")
        #expect(table.observations.count == 1)
        #expect(log.items.map(\.problem) == [.unknownRegion(within: "全国"), .missingValue])
        #expect(log.items.map(\.line) == [2, 3])
    }

    @Test("CR-only line ends count lines")
    func carriageReturns() {
        let (table, log) = load("指标,地区,年度,数值\rrd_ratio,郑州市,2022,1\rrd_ratio,郑州市,2023,x\r")
        #expect(table.observations.count == 1)
        #expect(log.items.map(\.line) == [3])
    }
}

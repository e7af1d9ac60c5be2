import Foundation
import ProgressModel

/// Times each phase of `srdi report` on a recognitions file: read, load (decode, parse,
/// validate), index (follow every firm), report (count and lay out).
enum ReportPhases {
    static func run(data: String, recognitions: String, asOf: Day) {
        let sources = DataSources(directory: data, recognitions: [recognitions])
        let read: DataLoader.Reader = { path in [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        let (bytes, readTime) = Clock.time { (try? read(recognitions)) ?? [] }
        let (dataSet, loadTime) = Clock.time { DataLoader.load(sources, read: { $0 == recognitions ? bytes : try read($0) }) }
        let (tally, indexTime) = Clock.time { Tally(data: dataSet) }
        let (text, reportTime) = Clock.time { TextReport(ProgressReport(tally: tally, asOf: asOf, scope: tally.data.regions.root), language: .english).render() }
        print("report phases on \(recognitions) (\(dataSet.recognitions.eventCount) events, \(dataSet.recognitions.firmCount) firms, \(bytes.count / 1_000_000) MB)")
        print("  read    \(Clock.format(readTime))")
        print("  load    \(Clock.format(loadTime))   (decode, parse, validate, resolve)")
        print("  index   \(Clock.format(indexTime))   (follow every firm, build the interval index)")
        print("  report  \(Clock.format(reportTime))   (\(text.utf8.count) bytes of text)")
        print("  total   \(Clock.format(readTime + loadTime + indexTime + reportTime)), peak memory \(Int(Clock.peakMemoryMB())) MB")
    }
}

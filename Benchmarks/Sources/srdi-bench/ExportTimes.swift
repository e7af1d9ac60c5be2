import BenchmarkInputs
import Dashboard
import Foundation
import ProgressModel

/// Times the export of the country's firm list (the longest view there is) in each format: the
/// text is counted as it is written, not kept, as a file would receive it.
enum ExportTimes {
    static func run(data: String, recognitions: String, asOf: Day, width: Int, formats chosen: [String]) {
        let sources = DataSources(directory: data, recognitions: [recognitions])
        let dataSet = DataLoader.load(sources) { path in [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        var state = DashboardState(tally: Tally(data: dataSet), asOf: asOf, options: DisplayOptions(language: .chinese), width: width, height: 40)
        let (_, opening) = Clock.time { state.open(.firms(state.tally.data.regions.root)) }
        print("export of 全国's firm list on \(recognitions) (\(state.top.content.rowCounts[0]) firms), width \(width)")
        print("  open the list      \(Clock.format(opening))")
        let formats: [(String, (inout ByteCount) -> Void)] = [
            ("text", { ViewExport.write(state, width: width, writtenAt: "", to: &$0) }),
            ("markdown", { ExportFormats.markdown(state, writtenAt: "", to: &$0) }),
            ("csv", { ExportFormats.csv(state, to: &$0) }),
            ("json", { ExportFormats.json(state, writtenAt: "", to: &$0) }),
        ]
        for (name, export) in formats where chosen.contains(name) {
            var runs: [(wall: Double, cpu: Double, bytes: Int)] = []
            for _ in 0..<3 {
                var count = ByteCount()
                let cpu = Clock.cpuSeconds()
                let wall = Clock.time { export(&count) }.1
                runs.append((wall, Clock.cpuSeconds() - cpu, count.bytes))
            }
            let best = runs.min { $0.wall < $1.wall }!
            print("  \(name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(Clock.format(best.wall)) wall, \(Clock.format(best.cpu)) CPU   (best of 3; \(best.bytes / 1_000_000) MB)")
        }
        print("  peak memory        \(Int(Clock.peakMemoryMB())) MB")
    }
}


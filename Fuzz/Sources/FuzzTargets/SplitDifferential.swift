import ProgressModel

/// The recognitions loader's promise that cutting a file into parts read at the same time
/// changes nothing: the same events, firms, row counts and problems as one pass. A difference
/// stops the fuzzer with what differs.
enum SplitDifferential {
    struct Load {
        let table: RecognitionTable
        let log: DiagnosticLog
    }

    static func load(_ bytes: [UInt8], _ loader: RecognitionLoader, parts: Int) -> Load {
        var table = RecognitionTable()
        var log = DiagnosticLog()
        loader.load(bytes, path: "recognitions.csv", into: &table, log: &log, parts: parts, splitAbove: 0)
        table.finishLoading(log: &log)
        return Load(table: table, log: log)
    }

    /// Traps, naming the first difference, unless `many` equals `one`.
    static func check(_ one: Load, _ many: Load, parts: Int) {
        func fail(_ what: String) -> Never { fatalError("reading in \(parts) parts differs from one pass: \(what)") }
        if many.table.events != one.table.events {
            let first = firstDifference(one.table.events, many.table.events)
            fail("events (\(one.table.eventCount) vs \(many.table.eventCount), first difference at \(first))")
        }
        if many.table.firmCount != one.table.firmCount { fail("firm count \(one.table.firmCount) vs \(many.table.firmCount)") }
        if let firm = (0..<one.table.firmCount).first(where: { one.table.firm($0) != many.table.firm($0) }) {
            fail("firm \(firm): \(one.table.firm(firm)) vs \(many.table.firm(firm))")
        }
        if many.table.inputs != one.table.inputs { fail("inputs \(one.table.inputs) vs \(many.table.inputs)") }
        let index = firstDifference(one.log.items, many.log.items)
        if index < min(one.log.items.count, many.log.items.count) {
            fail("problem \(index): \(one.log.items[index].formatted(.english)) vs \(many.log.items[index].formatted(.english))")
        }
        if many.log.items.count != one.log.items.count { fail("problem count \(one.log.items.count) vs \(many.log.items.count)") }
        if (many.log.errorCount, many.log.warningCount, many.log.omitted) != (one.log.errorCount, one.log.warningCount, one.log.omitted) {
            fail("error/warning counts \(one.log.errorCount)/\(one.log.warningCount) vs \(many.log.errorCount)/\(many.log.warningCount)")
        }
    }

    /// The first position where the arrays differ (the shorter one's length when one is a prefix).
    static func firstDifference<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    }
}

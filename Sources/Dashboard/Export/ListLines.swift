import Dispatch

/// The lines of a long list, made a band at a time on every core and handed over in order: the
/// rows of a list are independent of each other, and a country's half a million firms take a
/// fraction of the time one core would.
enum ListLines {
    static let bandRows = 4096
    private static let slices = 8

    /// `line(0)`, `line(1)` … `line(count - 1)`, each passed to `write` in order.
    static func write(count: Int, line: (Int) -> String, to write: (String) -> Void) {
        for start in stride(from: 0, to: count, by: bandRows) {
            for text in band(start..<min(count, start + bandRows), line) { write(text) }
        }
    }

    /// The lines of the rows in `range`, in order.
    static func band(_ range: Range<Int>, _ line: (Int) -> String) -> [String] {
        let size = (range.count + slices - 1) / slices
        var parts = [[String]](repeating: [], count: slices)
        parts.withUnsafeMutableBufferPointer { buffer in
            withoutActuallyEscaping(line) { line in
                nonisolated(unsafe) let make = line
                nonisolated(unsafe) let slots = buffer
                DispatchQueue.concurrentPerform(iterations: slices) { slice in
                    let lower = min(range.upperBound, range.lowerBound + slice * size)
                    slots[slice] = (lower..<min(range.upperBound, lower + size)).map(make)
                }
            }
        }
        return parts.flatMap { $0 }
    }
}

import Dispatch

/// The text of a long list, made a band of rows at a time on every core and handed over in
/// order: the rows of a list are independent of each other, and a country's half a million firms
/// take a fraction of the time one core would. Each core appends its rows to one string, so a
/// row costs no string of its own.
enum ListLines {
    static let bandRows = 4096
    private static let slices = 8

    /// The text `append` makes for rows 0 ..< `count`, passed to `write` in order, a slice of a
    /// band (a few hundred rows) at a time.
    static func write(count: Int, append: (Int, inout String) -> Void, to write: (String) -> Void) {
        for start in stride(from: 0, to: count, by: bandRows) {
            for text in band(start..<min(count, start + bandRows), append) where !text.isEmpty { write(text) }
        }
    }

    /// The text of the rows in `range`, in order, in up to `slices` pieces.
    static func band(_ range: Range<Int>, _ append: (Int, inout String) -> Void) -> [String] {
        let size = (range.count + slices - 1) / slices
        var parts = [String](repeating: "", count: slices)
        parts.withUnsafeMutableBufferPointer { buffer in
            withoutActuallyEscaping(append) { append in
                nonisolated(unsafe) let make = append
                nonisolated(unsafe) let slots = buffer
                DispatchQueue.concurrentPerform(iterations: slices) { slice in
                    let lower = min(range.upperBound, range.lowerBound + slice * size)
                    var text = ""
                    text.reserveCapacity(size * 160)
                    for row in lower..<min(range.upperBound, lower + size) { make(row, &text) }
                    slots[slice] = text
                }
            }
        }
        return parts
    }
}

import Benchmark

/// The fields of a text counted with the project's `CSVScanner`, the way its loaders drive it.
enum ScannerCount {
    /// Fields as byte ranges, as the loaders take them: no copy of the text is made.
    static func ranges(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { text in
            var scanner = CSVScanner(text: text, delimiter: CSVScanner.detectDelimiter(text))
            var fields: [CSVScanner.Field] = [], count = 0
            while case .record = scanner.next(into: &fields) { count += fields.count }
            return count
        }
    }

    /// Each field made a String (trimmed, doubled quotes undone), as the other parsers hand them
    /// out; the bytes are summed so that the Strings are used.
    static func strings(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { text in
            var scanner = CSVScanner(text: text, delimiter: CSVScanner.detectDelimiter(text))
            var fields: [CSVScanner.Field] = [], count = 0, length = 0
            while case .record = scanner.next(into: &fields) {
                for field in fields { length += scanner.string(field).utf8.count }
                count += fields.count
            }
            blackHole(length)
            return count
        }
    }
}

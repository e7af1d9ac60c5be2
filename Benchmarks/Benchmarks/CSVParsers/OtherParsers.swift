import Benchmark
import CSV
import SwiftCSV

/// The fields of a text counted with the two CSV parsers of the package mirror, each driven as
/// its README shows.
enum OtherParsers {
    /// CSV.swift reads a row at a time, each an array of Strings.
    static func csvSwift(_ text: String) -> Int {
        guard let reader = try? CSVReader(string: text) else { return 0 }
        var count = 0
        while let row = reader.next() { count += row.count }
        return count
    }

    /// SwiftCSV parses the whole text into rows of Strings, the first taken as the header.
    static func swiftCSV(_ text: String) -> Int {
        guard let csv = try? EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false) else { return 0 }
        return csv.header.count + csv.rows.reduce(0) { $0 + $1.count }
    }
}

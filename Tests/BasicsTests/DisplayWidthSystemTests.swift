#if canImport(Glibc)
import Foundation
import Glibc
import Testing
@testable import Basics

// glibc's wcwidth, which Swift's Glibc module does not export.
@_silgen_name("wcwidth") private func systemWidth(_ character: Int32) -> Int32
@_silgen_name("gnu_get_libc_version") private func libcVersion() -> UnsafePointer<CChar>

/// The widths srdi measures are the ones the system's terminals and curses use: glibc's, for
/// every scalar glibc knows.
@Suite("Display width against glibc")
struct DisplayWidthSystemTests {
    @Test("every scalar glibc gives a width has that width here (the tables come from this glibc)")
    func everyScalar() throws {
        let version = String(cString: libcVersion())
        #expect(version == WidthTables.glibcVersion, "the tables are from glibc \(WidthTables.glibcVersion): run scripts/width_tables.py")
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        defer { _ = setlocale(LC_CTYPE, previous ?? "C") }
        var differing: [String] = []
        var compared = 0
        for value in UInt32(0xA0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let system = Int(systemWidth(Int32(value)))
            guard system >= 0 else { continue }
            compared += 1
            if DisplayWidth.standard.columns(of: scalar) != system {
                differing.append(String(format: "U+%04X: %d here, %d in glibc", value, DisplayWidth.standard.columns(of: scalar), system))
            }
        }
        #expect(compared > 100_000)
        #expect(differing.isEmpty, "\(differing.count) differ, first: \(differing.prefix(8))")
    }

    @Test("the scalars that used to be measured otherwise", arguments: [
        (0x3248, 2), (0x324F, 2), (0x4DC0, 2), (0x4DFF, 2), (0x1F600, 2), (0x1F1E6, 1), (0x00AD, 1), (0x303F, 1), (0x302E, 2), (0x1160, 0),
    ])
    func formerlyDifferent(value: UInt32, width: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.standard.columns(of: scalar) == width)
    }
}
#endif

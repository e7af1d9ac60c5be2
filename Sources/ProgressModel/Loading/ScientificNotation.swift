/// How a spreadsheet writes a long number: a credit code typed into a number cell comes out as
/// `9.14408007292381E+17` (Excel keeps 15 significant digits), in a workbook and in a CSV saved
/// from it alike, and its last digits are gone.
enum ScientificNotation {
    /// True for a number in E notation: digits, optionally a point and more digits, then `E` or
    /// `e`, an optional sign, and digits.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        guard digits() > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") else { return false }
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        return digits() > 0 && index == bytes.count
    }
}

/// How numbers are written in reports and on screen: whole numbers without decimals, others
/// with up to one decimal, money in 万元. Values the data cannot produce (not finite, or beyond
/// 10^15) are written as `–` or in exponent form rather than converted to an integer.
public enum NumberText {
    /// Beyond this, a value is not converted to `Int` (whose limit is about 9.2 × 10^18).
    static let integerLimit = 1e15

    public static func plain(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "–" }
        if abs(value) >= integerLimit { return value.description }
        if value == value.rounded() { return String(Int(value)) }
        return oneDecimal(value)
    }

    public static func oneDecimal(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "–" }
        if abs(value) >= integerLimit { return value.description }
        let scaled = (value * 10).rounded()
        let sign = scaled < 0 ? "-" : ""
        let magnitude = Int(abs(scaled))
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// A percentage with no decimals: `87%`.
    public static func percent(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "–" }
        if abs(value) >= integerLimit { return value.description + "%" }
        return "\(Int(value.rounded()))%"
    }

    /// Yuan as 万元 (ten thousands), the unit the plans use: 500000 → `50万` / `500k`.
    public static func money(_ yuan: Int, _ language: Language) -> String {
        if language == .chinese {
            return yuan % 10_000 == 0 ? "\(grouped(yuan / 10_000))万元" : "\(plain(Double(yuan) / 10_000))万元"
        }
        return "¥\(grouped(yuan))"
    }

    /// 1234567 → `1,234,567`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }
}

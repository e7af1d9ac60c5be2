/// Where a target stands at the as-of date. Shown with a label and a glyph, never colour alone.
public enum Status: String, Sendable, CaseIterable {
    /// The target is met.
    case achieved
    /// At or above the expected pace.
    case onTrack = "on_track"
    /// Below the expected pace, but the recent run-rate still reaches the target by the deadline.
    case behind
    /// Below the expected pace, and the recent run-rate falls short.
    case atRisk = "at_risk"
    /// The deadline has come (the as-of date is on or after it) and the target was not met.
    case missed
    /// The as-of date is before the target's window.
    case notStarted = "not_started"
    /// The data holds nothing to count for this target.
    case noData = "no_data"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.achieved, .chinese): return "已完成"
        case (.onTrack, .chinese): return "进度正常"
        case (.behind, .chinese): return "落后"
        case (.atRisk, .chinese): return "有风险"
        case (.missed, .chinese): return "未完成"
        case (.notStarted, .chinese): return "未开始"
        case (.noData, .chinese): return "无数据"
        case (.achieved, .english): return "achieved"
        case (.onTrack, .english): return "on track"
        case (.behind, .english): return "behind"
        case (.atRisk, .english): return "at risk"
        case (.missed, .english): return "missed"
        case (.notStarted, .english): return "not started"
        case (.noData, .english): return "no data"
        }
    }

    /// How bad it is, for "worst status" summaries: higher is worse.
    public var severity: Int {
        switch self {
        case .achieved: return 0
        case .onTrack: return 1
        case .notStarted: return 2
        case .noData: return 3
        case .behind: return 4
        case .atRisk: return 5
        case .missed: return 6
        }
    }
}

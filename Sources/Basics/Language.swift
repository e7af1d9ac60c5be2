/// The language of the interface and of the reports. Data (firm and region names, quotes) is shown
/// as written, whatever the language.
public enum Language: String, Sendable, CaseIterable {
    case chinese = "zh"
    case english = "en"

    /// Chinese when the locale environment (LC_ALL, LC_MESSAGES, LANG) names Chinese.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .chinese : .english
            }
        }
        return .english
    }
}

import Testing
@testable import Dashboard
import ProgressModel

/// Whole screens compared with the reviewed text files in `Golden/`. To change a screen on
/// purpose: run with SRDI_UPDATE_GOLDEN=1, read the diff, commit.
@Suite("Golden screens")
struct GoldenScreenTests {
    static let screens: [(name: String, keys: [Key])] = [
        ("overview", []),
        ("region", [.enter]),
        ("target", [.enter, .enter]),
        ("firms", [.enter, .tab, .down, .down, .down, .down, .down, .enter, .enter]),
        ("target-firms", [.enter, .down, .down, .enter, .enter]),
        ("firm", [.enter, .down, .down, .enter, .enter, .down, .enter]),
        ("changes", [.down, .down, .enter, .character("c"), .character("<"), .character("<")]),
        ("rewards", [.enter, .character("$")]),
        ("holder-changes", [.enter, .tab, .character("c"), .character("<"), .character("<")]),
        ("help", [.character("?")]),
    ]

    @Test("each screen in Chinese and English, at 80×24 and 120×40",
          arguments: [(Language.chinese, 80, 24), (.english, 80, 24), (.chinese, 120, 40), (.english, 120, 40)])
    func screens(language: Language, width: Int, height: Int) throws {
        for screen in GoldenScreenTests.screens {
            let state = Support.press(Support.state(language, width: width, height: height), screen.keys)
            try Support.expectGolden("\(screen.name)-\(language.rawValue)-\(width)x\(height)", state)
        }
    }

    @Test("too small, in both languages", arguments: Language.allCases)
    func tooSmall(language: Language) throws {
        try Support.expectGolden("too-small-\(language.rawValue)", Support.state(language, width: 40, height: 10))
    }
}

/// Plan data as the structured fuzzer makes it, before it is written as files: a vocabulary,
/// plans with targets and rewards, and rows added to the bundled regions (abolished regions
/// merged into themselves or into each other) with recognitions in them.
struct GeneratedPlans {
    struct DesignationEntry {
        let code: String
        let name: String
        let nameEnglish: String
        let aliases: [String]
        let rank: String?
        let validYears: String?
    }

    struct TargetEntry {
        let id: String
        let mode: String
        let designations: [String]
        let metric: String?
        let target: String
        let year: String?
        let start: String?
        let deadline: String?
        let parent: String?
        let yearlyOf: String?
        let count: String?
        let each: [String]
        let region: String?
        let document: String?
    }

    struct RewardTier {
        let designations: [String]
        let amount: String
    }

    struct RewardEntry {
        let id: String
        let basis: String
        let ceiling: Bool
        let start: String?
        let deadline: String?
        let tiers: [RewardTier]
    }

    struct PlanEntry {
        let id: String
        let region: String
        let document: String
        let start: String
        let end: String
        let targets: [TargetEntry]
        let rewards: [RewardEntry]
    }

    var designations: [DesignationEntry] = []
    var plans: [PlanEntry] = []
    /// Lines appended to the bundled `regions.csv`.
    var regionRows: [String] = []
    /// Lines appended to the sample recognitions (same header).
    var recognitionRows: [String] = []
}

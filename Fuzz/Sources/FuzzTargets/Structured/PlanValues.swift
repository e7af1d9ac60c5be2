/// The values the structured fuzzer writes into plan data, field by field: first what the
/// bundled files hold, then values at and past the edges. In bounded mode the values past the
/// edges are left out, keeping to what plan-data validation accepts (years 1949–2100, dates
/// 1900–2100, validity 1–50 years, finite targets ≥ 0 with ordered ranges, amounts ≤ 10^12),
/// so that fuzzing goes on past the crashes such values cause.
struct PlanValues {
    let bounded: Bool

    private func values(_ usual: [String], edges: [String], beyond: [String]) -> [String] {
        usual + edges + (bounded ? [] : beyond)
    }

    /// `year:` of a target.
    var years: [String] {
        values(["2024", "2023", "2025"], edges: ["1949", "2100", "2000"],
               beyond: ["0", "1", "1948", "2101", "9999", "99999", String(Int.max), "-1", "-2024", String(Int.min)])
    }

    /// A plan's `start`/`end`, a target's `start`/`deadline`, a reward's `start`/`deadline`.
    var dates: [String] {
        values(["2022-01-01", "2025-12-31", "2024-06-30"],
               edges: ["1900-01-01", "2100-12-31", "2024-02-29", "1970-01-01", "1969-12-31", "2024", "1900", "2100"],
               beyond: ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "1000-01-01", "5000-06-15"])
    }

    /// `valid_years` of a designation; nil leaves the field out (the status never lapses).
    var validities: [String?] {
        ["3", nil, "1", "50", "2", "10"] + (bounded ? [] : ["0", "8000", String(Int.max), "-3", "100", "1000"])
    }

    /// `rank` of a designation; nil leaves the field out.
    var ranks: [String?] { ["1", nil, "0", "4", "-1", String(Int.max), "32", "2"] }

    /// `target:` of a target.
    var targets: [String] {
        values([">= 300", ">= 10", "= 1", "1-2"],
               edges: [">= 0", "= 0", "0-0", ">= 1000000000000", "0.5-0.75", ">= 4.5", "1 — 2", "3–4"],
               beyond: [">= 1e300", "nan", ">= nan", "= nan", ">= inf", "= inf", ">= -inf", "inf", "-5", ">= -5", "= -1",
                        "0x10", ">= 0x10", "1-1e308", "1e308-1e308", "5-1", "2-nan", "nan-nan", "-inf-inf",
                        ">= 1.7976931348623157e308", ">= 9223372036854775808", ">= 4.9e-324"])
    }

    /// `amount:` of a reward tier.
    var amounts: [String] {
        values(["500000", "300000", "100000"], edges: ["0", "1", "1000000000000", "999999999999"],
               beyond: ["1000000000000000000", String(Int.max), String(Int.min), "-500000", "4611686018427387904", "99999999999999999999"])
    }

    /// `document:` of a plan or a target.
    var documents: [String] {
        ["zhanjiang-2022-2025.txt", "../../x", "/etc/passwd", "", "documents/../../../x", "a\u{0}b.txt", "nonexistent.txt"]
    }

    let modes = ["cumulative", "new", "stock", "observation"]
}

import Foundation
import Testing

/// The `report`, `check` and `sample` commands, as scripts and cron jobs use them.
@Suite("Commands")
struct CommandTests {
    let header = "统一社会信用代码,企业名称,省,市,区县,镇街,认定类型,认定日期,状态\n"
    let good = "91440823MA4W12345H,湛江恒创精密机械有限公司,广东省,湛江市,遂溪县,,省级专精特新中小企业,2023-05-01,认定\n"

    @Test("check on the bundled data: no errors, exit status 0")
    func checkBundled() throws {
        let result = try Binary.run(["check", "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("5 plans, 40 targets; 0 errors"))
    }

    @Test("check on a bad list: every problem with file and line on standard error, exit status 1")
    func checkBadList() throws {
        let folder = try Binary.temporaryDirectory()
        let list = folder + "/list.csv"
        try (header + good + good.replacingOccurrences(of: "遂溪县", with: "不存在县") + good.replacingOccurrences(of: "2023-05-01", with: "2023-13-01"))
            .write(toFile: list, atomically: true, encoding: .utf8)
        let result = try Binary.run(["check", "--recognitions", list, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.error.contains("\(list):3: error: column \"区县\": value \"不存在县\": no 不存在县 under 湛江市"))
        #expect(result.error.contains("\(list):4: error: column \"认定日期\": value \"2023-13-01\": unreadable date"))
        #expect(result.output.contains("\(list): 3 rows, 1 loaded, 2 rejected"))
    }

    @Test("--strict makes warnings fatal")
    func strict() throws {
        let folder = try Binary.temporaryDirectory()
        let list = folder + "/list.csv"
        try (header + good.replacingOccurrences(of: "12345H", with: "12345J")).write(toFile: list, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["check", "--recognitions", list]).status == 0)
        #expect(try Binary.run(["check", "--recognitions", list, "--strict"]).status == 1)
        let report = try Binary.run(["report", "--recognitions", list, "--strict"])
        #expect(report.status == 1 && report.output.isEmpty && report.error.contains("list.csv:2: "))
    }

    @Test("report --output writes the file whole, never over an existing one without --force")
    func reportOutput() throws {
        let folder = try Binary.temporaryDirectory()
        let out = folder + "/report.json"
        let first = try Binary.run(["report", "--format", "json", "--as-of", "2025-06-30", "--output", out])
        #expect(first.status == 0 && first.output.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect((try JSONSerialization.jsonObject(with: written) as? [String: Any])?["as_of"] as? String == "2025-06-30")
        let again = try Binary.run(["report", "--format", "json", "--as-of", "2024-06-30", "--output", out])
        #expect(again.status != 0 && again.error.contains("already exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == written)
        #expect(try Binary.run(["report", "--as-of", "2024-06-30", "--output", out, "--force"]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("2024-06-30"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.json"], "no temporary file left")
    }

    @Test("a missing directory or a file where a directory should be: a clear message, nothing written")
    func unwritable() throws {
        let folder = try Binary.temporaryDirectory()
        try "x".write(toFile: folder + "/file", atomically: true, encoding: .utf8)
        for target in [folder + "/missing/report.txt", folder + "/file/report.txt"] {
            let result = try Binary.run(["report", "--output", target])
            #expect(result.status != 0 && result.error.contains("cannot write \(target)"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
    }

    @Test("input files are never modified")
    func inputsUntouched() throws {
        let folder = try Binary.temporaryDirectory()
        let list = folder + "/list.csv"
        try (header + good).write(toFile: list, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: list))
        let attributes = try FileManager.default.attributesOfItem(atPath: list)
        _ = try Binary.run(["report", "--recognitions", list, "--output", folder + "/r.txt"])
        _ = try Binary.run(["check", "--recognitions", list])
        #expect(try Data(contentsOf: URL(fileURLWithPath: list)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: list)[.modificationDate] as? Date == attributes[.modificationDate] as? Date)
    }

    @Test("sample writes the rows asked for, the same for the same seed")
    func sample() throws {
        let folder = try Binary.temporaryDirectory()
        for name in ["a.csv", "b.csv"] {
            #expect(try Binary.run(["sample", "--rows", "500", "--seed", "3", "--output", folder + "/" + name]).status == 0)
        }
        let a = try String(contentsOfFile: folder + "/a.csv", encoding: .utf8)
        #expect(a == (try String(contentsOfFile: folder + "/b.csv", encoding: .utf8)))
        #expect(a.split(separator: "\n").count == 501)
        #expect(try Binary.run(["sample", "--rows", "500", "--output", folder + "/a.csv"]).status != 0, "no overwrite without --force")
    }

    @Test("report --region: by name or code, in English; an unknown region is a clear error")
    func region() throws {
        let byName = try Binary.run(["report", "--region", "湛江市", "--lang", "en", "--as-of", "2025-06-30"])
        #expect(byName.status == 0 && byName.output.contains("Zhanjiang action plan") && !byName.output.contains("Hailing"))
        #expect(try Binary.run(["report", "--region", "4408", "--lang", "en", "--as-of", "2025-06-30"]).output == byName.output)
        let unknown = try Binary.run(["report", "--region", "火星市"])
        #expect(unknown.status != 0 && unknown.error.contains("火星市"))
    }
}

/// `srdi export` and the report's markdown and CSV, as a cron job would use them.
@Suite("Export command")
struct ExportCommandTests {
    @Test("CSV: UTF-8 with a byte order mark by default, GB18030 on request, the same table either way")
    func csvEncodings() throws {
        let utf8 = try Binary.run(["export", "--view", "region", "--region", "4408", "--as-of", "2025-06-30", "--format", "csv"])
        #expect(utf8.status == 0 && utf8.output.hasPrefix("\u{FEFF}"))
        let folder = try Binary.temporaryDirectory()
        let gbPath = folder + "/region.csv"
        #expect(try Binary.run(["export", "--view", "region", "--region", "4408", "--as-of", "2025-06-30", "--format", "csv",
                                "--encoding", "gb18030", "--output", gbPath]).status == 0)
        let gb = try Data(contentsOf: URL(fileURLWithPath: gbPath))
        #expect(String(data: gb, encoding: .utf8) == nil, "not UTF-8")
        let decoded = try #require(String(data: gb, encoding: String.Encoding(rawValue: 0x8000_0632)))
        #expect(decoded == String(utf8.output.dropFirst()))
        let report = try Binary.run(["report", "--format", "csv", "--as-of", "2025-06-30"])
        #expect(report.output.hasPrefix("\u{FEFF}plan,id,name,") && report.output.components(separatedBy: "\r\n").count == 42)
    }

    @Test("markdown and JSON views; an existing output file is kept without --force")
    func formatsAndNoClobber() throws {
        let markdown = try Binary.run(["export", "--view", "firms", "--region", "遂溪县", "--as-of", "2025-06-30", "--format", "markdown", "--sort", "name"])
        #expect(markdown.status == 0 && markdown.output.hasPrefix("# ") && markdown.output.contains("| 湛江"))
        let json = try Binary.run(["export", "--view", "target", "--target", "hl-provincial", "--as-of", "2025-06-30", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["sections"] as? [Any])?.isEmpty == false)
        let folder = try Binary.temporaryDirectory()
        let path = folder + "/view.txt"
        #expect(try Binary.run(["export", "--output", path]).status == 0)
        let first = try String(contentsOfFile: path, encoding: .utf8)
        let again = try Binary.run(["export", "--view", "problems", "--output", path])
        #expect(again.status != 0 && again.error.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == first)
        #expect(try Binary.run(["export", "--view", "problems", "--output", path, "--force"]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) != first)
        let unknown = try Binary.run(["export", "--view", "target", "--target", "nope"])
        #expect(unknown.status != 0 && unknown.error.contains("nope"))
    }

    @Test("rewards view: the plan of a region or of a target; years, counties and firms each sum to the total; a plan without rules is refused")
    func rewardsView() throws {
        let csv = try Binary.run(["export", "--view", "rewards", "--region", "4408", "--as-of", "2025-06-30", "--format", "csv", "--lang", "en"])
        #expect(csv.status == 0)
        let sections = csv.output.dropFirst().components(separatedBy: "\r\n\r\n").map { $0.components(separatedBy: "\r\n").filter { !$0.isEmpty } }
        let titles = sections.compactMap(\.first)
        #expect(titles == ["Recognition rewards · by year", "Recognition rewards · by county", "Recognition rewards · by firm"])
        guard sections.count == 3 else { return }
        func column(_ section: [String], _ index: Int) -> [Int] { section.dropFirst(2).compactMap { Int($0.components(separatedBy: ",")[index]) } }
        // 湛江市 at 2025-06-30: 178 firms, ¥37,200,000 (the region page's exposure).
        #expect(column(sections[0], 2).reduce(0, +) == 37_200_000 && column(sections[0], 1).reduce(0, +) == 178)
        #expect(column(sections[1], 3).reduce(0, +) == 37_200_000 && column(sections[1], 2).reduce(0, +) == 178)
        let firmAmounts = column(sections[2], 4)
        #expect(firmAmounts.count == 178 && firmAmounts.reduce(0, +) == 37_200_000)
        #expect(Set(firmAmounts).isSubset(of: [100_000, 300_000, 500_000]), "each firm once, at one tier's amount")
        let byTarget = try Binary.run(["export", "--view", "rewards", "--target", "zj-srdi", "--as-of", "2025-06-30", "--format", "csv", "--lang", "en"])
        #expect(byTarget.output == csv.output)
        let none = try Binary.run(["export", "--view", "rewards", "--region", "海陵区"])
        #expect(none.status != 0 && none.error.contains("reward rules"))
        #expect(try Binary.run(["export", "--view", "rewards"]).status != 0, "rewards of which plan")
    }

    @Test("holder-changes view: a region's holders of each list since --since, each list reconciling")
    func holderChangesView() throws {
        let csv = try Binary.run(["export", "--view", "holder-changes", "--region", "湛江市", "--since", "2025-03-31", "--as-of", "2025-06-30",
                                  "--format", "csv", "--lang", "en"])
        #expect(csv.status == 0)
        let sections = csv.output.dropFirst().components(separatedBy: "\r\n\r\n").map { $0.components(separatedBy: "\r\n").filter { !$0.isEmpty } }
        #expect(sections.count == 2)
        guard sections.count == 2 else { return }
        let changes = sections[0].count - 2
        var moved = 0
        for row in sections[1].dropFirst(2) {
            let cells = row.components(separatedBy: ",").compactMap { Int($0) }
            #expect(cells.count == 4 && cells[0] + cells[1] - cells[2] == cells[3], "\(row)")
            moved += cells.count == 4 ? cells[1] + cells[2] : 0
        }
        #expect(changes > 0 && moved == changes, "every row of firms counted once in the lists' in and out")
        #expect(try Binary.run(["export", "--view", "holder-changes", "--region", "湛江市", "--since", "2025-07-31", "--as-of", "2025-06-30"]).status != 0)
    }

    @Test("without a terminal the dashboard prints the text report")
    func piped() throws {
        let result = try Binary.run(["--as-of", "2025-06-30", "--lang", "en"])
        #expect(result.status == 0 && result.output.hasPrefix("SRDI progress report\n"))
        #expect(!result.output.contains("\u{1B}["), "no escape sequences in a pipe")
    }
}

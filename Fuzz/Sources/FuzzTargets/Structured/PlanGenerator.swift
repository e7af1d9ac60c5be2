import ProgressModel

/// Derives well-formed plan data from the fuzzer's bytes, in the shape of the bundled files:
/// the bundled vocabulary with its ranks and validities varied, one to three plans with up to
/// five targets and two rewards each, every date, number and reference taken from `PlanValues`
/// or pointing at itself, at a later target or at nothing. With the bytes used up, every choice
/// is the bundled one.
struct PlanGenerator {
    let values: PlanValues
    let bundled: BundledData

    /// Codes of the regions added to the bundled tree: two districts of 湛江市 and a park.
    static let addedRegions = ["FZ01", "FZ02", "FZ03"]

    func generate(_ reader: inout ByteReader) -> GeneratedPlans {
        var plans = GeneratedPlans()
        plans.designations = bundled.reference.designations.all.map { designation(for: $0, &reader) }
        if reader.chance(2) { addRegions(to: &plans, &reader) }
        let count = 1 + reader.below(3)
        plans.plans = (0..<count).map { plan(number: $0, &reader) }
        return plans
    }

    private func designation(for bundled: Designation, _ reader: inout ByteReader) -> GeneratedPlans.DesignationEntry {
        GeneratedPlans.DesignationEntry(
            code: bundled.code, name: bundled.name, nameEnglish: bundled.nameEnglish, aliases: bundled.aliases,
            rank: reader.pick([bundled.rank.map(String.init)] + values.ranks),
            validYears: reader.pick([bundled.validYears.map(String.init)] + values.validities))
    }

    /// Two districts and a park under 湛江市, the districts abolished into themselves, into each
    /// other or into 赤坎区, with a recognition in each.
    private func addRegions(to plans: inout GeneratedPlans, _ reader: inout ByteReader) {
        let merges = ["", "FZ01", "FZ02", "440802"]
        plans.regionRows = [
            "FZ01,甲测试区,4408,district,\(reader.pick(merges)),",
            "FZ02,乙测试区,4408,district,\(reader.pick(merges)),",
            "FZ03,丙测试园,FZ01,park,,",
        ]
        let names = bundled.reference.designations.all.map(\.name)
        let places = ["甲测试区,", "乙测试区,", "甲测试区,丙测试园"]
        plans.recognitionRows = places.enumerated().map { number, place in
            let date = reader.pick(["2023-05-01", "1990-01-01", "2100-12-31", "2022-01-01"])
            return ",测试企业\(number),广东省,湛江市,\(place),\(reader.pick(names)),\(date),,\(reader.pick(["认定", "复核", "撤销"])),合成样例"
        }
    }

    private func plan(number: Int, _ reader: inout ByteReader) -> GeneratedPlans.PlanEntry {
        let id = reader.chance(8) ? "p0" : "p\(number)"
        let regions = ["4408", "321202", "重庆市", "郑州市", "广东省", "CN"] + PlanGenerator.addedRegions
        let start = reader.pick(values.dates)
        let end = reader.pick(["2025-12-31"] + values.dates)
        let targetIDs = (0..<1 + reader.below(5)).map { "\(id)-t\($0)" }
        let targets = targetIDs.indices.map { target(targetIDs, at: $0, &reader) }
        let rewards = (0..<reader.below(3)).map { reward(id: "\(id)-r\($0)", &reader) }
        return GeneratedPlans.PlanEntry(id: id, region: reader.pick(regions), document: reader.pick(values.documents),
                                        start: start, end: end, targets: targets, rewards: rewards)
    }

    private func target(_ ids: [String], at position: Int, _ reader: inout ByteReader) -> GeneratedPlans.TargetEntry {
        let id = ids[position]
        let mode = reader.pick(values.modes)
        let metrics = bundled.reference.book.metrics.map(\.code)
        return GeneratedPlans.TargetEntry(
            id: id, mode: mode, designations: designationCodes(&reader),
            metric: mode == "observation" ? reader.pick(metrics + ["unknown_metric"]) : nil,
            target: reader.pick(values.targets),
            year: reader.chance(3) ? reader.pick(values.years) : nil,
            start: reader.chance(3) ? reader.pick(values.dates + ["null"]) : nil,
            deadline: reader.chance(3) ? reader.pick(values.dates) : nil,
            parent: reference(ids, from: position, &reader),
            yearlyOf: reference(ids, from: position, &reader),
            count: reader.pick([nil, "highest", "any"]),
            each: reader.pick([[], ["park"], ["zone", "park"], ["district"]]),
            region: reader.chance(4) ? reader.pick(["4408", "440802", "FZ01", "FZ03", "CN"]) : nil,
            document: reader.chance(4) ? reader.pick(values.documents) : nil)
    }

    /// A `parent:` or `yearly_of:`: none, an earlier target, itself, a later one (which may
    /// point back, making a cycle) or an id that does not exist.
    private func reference(_ ids: [String], from position: Int, _ reader: inout ByteReader) -> String? {
        switch reader.below(5) {
        case 0: return nil
        case 1: return position > 0 ? ids[position - 1] : nil
        case 2: return ids[position]
        case 3: return position + 1 < ids.count ? ids[position + 1] : ids[0]
        default: return "missing-target"
        }
    }

    private func designationCodes(_ reader: inout ByteReader) -> [String] {
        let codes = bundled.reference.designations.all.map(\.code)
        var chosen: [String] = []
        for _ in 0..<1 + reader.below(3) {
            let code = reader.pick(codes)
            if !chosen.contains(code) { chosen.append(code) }
        }
        return chosen
    }

    private func reward(id: String, _ reader: inout ByteReader) -> GeneratedPlans.RewardEntry {
        let tiers = (0..<1 + reader.below(3)).map { _ in
            GeneratedPlans.RewardTier(designations: designationCodes(&reader), amount: reader.pick(values.amounts))
        }
        return GeneratedPlans.RewardEntry(
            id: id, basis: reader.pick(["grant_or_renew", "first_grant"]), ceiling: reader.chance(2),
            start: reader.chance(3) ? reader.pick(values.dates) : nil,
            deadline: reader.chance(3) ? reader.pick(values.dates) : nil, tiers: tiers)
    }
}

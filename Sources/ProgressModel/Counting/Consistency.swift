/// A check of a plan's own numbers against each other (parts and whole, yearly quotas and the
/// cumulative target), with what the data says where it can tell.
public enum ConsistencyNote: Sendable, Equatable {
    /// Parts counted by highest tier that add up to the whole: 200 + 100 = 300.
    case partsAddUp(whole: String, parts: [Double], total: Double, actualParts: [Double], actualWhole: Double)
    /// Parts counted by highest tier that do not add up.
    case partsDoNotAddUp(whole: String, parts: [Double], total: Double)
    /// Parts that overlap and need not add up: 500 + 130 + 15 = 645 of 2600.
    case partsWithin(whole: String, parts: [Double], total: Double)
    /// Overlapping parts whose sum exceeds the whole.
    case partsExceed(whole: String, parts: [Double], total: Double)
    /// Yearly quotas that add up to the cumulative target.
    case quotasAddUp(target: String, quotas: [Double], total: Double)
    /// Yearly quotas below the cumulative target: the plan counts on earlier recognitions.
    case quotasImplyStock(target: String, quotas: [Double], total: Double, implied: Double, before: Day, inData: Double)
    /// Yearly quotas above the cumulative target.
    case quotasExceed(target: String, quotas: [Double], total: Double)

    public var targetID: String {
        switch self {
        case .partsAddUp(let id, _, _, _, _), .partsDoNotAddUp(let id, _, _), .partsWithin(let id, _, _), .partsExceed(let id, _, _),
             .quotasAddUp(let id, _, _), .quotasImplyStock(let id, _, _, _, _, _), .quotasExceed(let id, _, _):
            return id
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        func sum(_ values: [Double]) -> String { values.map(NumberText.plain).joined(separator: " + ") }
        switch self {
        case .partsAddUp(_, let parts, let total, let actualParts, let actualWhole):
            return zh ? "各部分相加等于总数:\(sum(parts)) = \(NumberText.plain(total));按最高层级计,实际 \(sum(actualParts)) = \(NumberText.plain(actualWhole))"
                : "parts add up: \(sum(parts)) = \(NumberText.plain(total)); counted by highest tier, the actuals \(sum(actualParts)) = \(NumberText.plain(actualWhole))"
        case .partsDoNotAddUp(_, let parts, let total):
            return zh ? "各部分之和 \(sum(parts)) 不等于总数 \(NumberText.plain(total))" : "parts \(sum(parts)) do not add up to the whole \(NumberText.plain(total))"
        case .partsWithin(_, let parts, let total):
            let rest = total - parts.reduce(0, +)
            return zh ? "“其中”各项 \(sum(parts)) = \(NumberText.plain(parts.reduce(0, +))),占总数 \(NumberText.plain(total));其余 \(NumberText.plain(rest)) 由其他层级构成;各项可重叠,分别计数"
                : "named parts \(sum(parts)) = \(NumberText.plain(parts.reduce(0, +))) of \(NumberText.plain(total)); the other \(NumberText.plain(rest)) are left to other lists; parts may overlap and are counted separately"
        case .partsExceed(_, let parts, let total):
            return zh ? "“其中”各项之和 \(sum(parts)) 超过总数 \(NumberText.plain(total))" : "named parts \(sum(parts)) exceed the whole \(NumberText.plain(total))"
        case .quotasAddUp(_, let quotas, let total):
            return zh ? "分年度目标相加等于总目标:\(sum(quotas)) = \(NumberText.plain(total))" : "yearly quotas add up to the target: \(sum(quotas)) = \(NumberText.plain(total))"
        case .quotasImplyStock(_, let quotas, let total, let implied, let before, let inData):
            return zh ? "分年度目标之和 \(sum(quotas)) = \(NumberText.plain(quotas.reduce(0, +))),低于累计目标 \(NumberText.plain(total)):计划默认 \(before) 之前已有 \(NumberText.plain(implied)) 家;数据中为 \(NumberText.plain(inData)) 家"
                : "yearly quotas \(sum(quotas)) = \(NumberText.plain(quotas.reduce(0, +))) fall short of the cumulative \(NumberText.plain(total)): the plan counts on \(NumberText.plain(implied)) firms recognised before \(before); the data has \(NumberText.plain(inData))"
        case .quotasExceed(_, let quotas, let total):
            return zh ? "分年度目标之和 \(sum(quotas)) 超过累计目标 \(NumberText.plain(total))" : "yearly quotas \(sum(quotas)) exceed the cumulative target \(NumberText.plain(total))"
        }
    }
}

extension Tally {
    /// The consistency notes of every target of `plan` that has parts or yearly quotas.
    public func consistency(of plan: Plan, at asOf: Day) -> [ConsistencyNote] {
        var notes: [ConsistencyNote] = []
        let book = data.book
        for target in book.targets(of: plan) {
            let parts = book.parts(of: target.id)
            if !parts.isEmpty {
                let values = parts.map(\.value), total = values.reduce(0, +)
                if parts.contains(where: { $0.counting == .highest }) {
                    if total == target.value {
                        let actualParts = parts.map { progress(of: $0, at: asOf).actual ?? 0 }
                        notes.append(.partsAddUp(whole: target.id, parts: values, total: target.value, actualParts: actualParts,
                                                 actualWhole: progress(of: target, at: asOf).actual ?? 0))
                    } else {
                        notes.append(.partsDoNotAddUp(whole: target.id, parts: values, total: target.value))
                    }
                } else if total <= target.value {
                    notes.append(.partsWithin(whole: target.id, parts: values, total: target.value))
                } else {
                    notes.append(.partsExceed(whole: target.id, parts: values, total: target.value))
                }
            }
            let quotas = book.yearlyQuotas(of: target.id).sorted { $0.deadline < $1.deadline }
            if !quotas.isEmpty {
                let values = quotas.map(\.value), total = values.reduce(0, +)
                if total == target.value {
                    notes.append(.quotasAddUp(target: target.id, quotas: values, total: target.value))
                } else if total < target.value {
                    let firstStart = min(plan.start, quotas.compactMap(\.windowStart).min() ?? plan.start)
                    let before = firstStart.adding(days: -1)
                    let inData = Double(index.targetCount(book.position(ofTarget: target.id)!, at: min(before, asOf)))
                    notes.append(.quotasImplyStock(target: target.id, quotas: values, total: target.value,
                                                   implied: target.value - total, before: firstStart, inData: inData))
                } else {
                    notes.append(.quotasExceed(target: target.id, quotas: values, total: target.value))
                }
            }
        }
        return notes
    }
}

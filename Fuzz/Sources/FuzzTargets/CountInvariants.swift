import ProgressModel

/// What must hold for any data the loaders accept: a target's firm list is as long as the count
/// shown for it, and the split among the regions below its own sums to that count. A difference
/// is a crash, so that the fuzzer keeps the input.
enum CountInvariants {
    static func check(_ tally: Tally, at asOf: Day, targets: [Target], locator: FirmLocator) {
        for target in targets where target.countsFirms && target.each.isEmpty {
            let actual = tally.progress(of: target, at: asOf).actual ?? 0
            let listed = tally.members(of: target, at: asOf, locator: locator).count
            if Double(listed) != actual { fatalError("target \(target.id) at \(asOf): \(listed) firms listed, count \(actual)") }
            if let split = tally.contribution(to: target, below: target.region, at: asOf), Double(split.total) != actual {
                fatalError("target \(target.id) at \(asOf): the regions below sum to \(split.total), count \(actual)")
            }
        }
    }
}

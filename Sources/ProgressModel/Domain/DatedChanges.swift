/// What the dated rows of `regions.csv` mean for one region, worked out once for the whole tree:
/// where a firm listed in it counts from which day (江北区: in 两江新区 from 2025-11-06), so that
/// counting asks the tree rather than reading dates itself.
struct DatedChanges: Sendable {
    /// The day from which the region's firms count elsewhere, and where: its own dated merge, or
    /// else that of the nearest region above it (a street of 江北区 counts in 两江新区 itself).
    var leave: (day: Day, successor: Int)?
    /// The one region merged into this one on a day, when this one has a creation date: the
    /// region its firms count in before then (北碚区's 兴隆镇 was 渝北区's).
    var predecessor: Int?
    /// Every region merged into this one on a day, in file order.
    var predecessors: [Int] = []
    /// The days on which the region a firm listed here counts in may change, in order.
    var days: [Day] = []
    /// The regions other than this one that a firm listed here counts in at some date.
    var places: [Int] = []

    /// True when a firm listed in the region counts in it at every date.
    var isEmpty: Bool { leave == nil && predecessor == nil }

    static func table(_ regions: [Region]) -> [DatedChanges] {
        var table = [DatedChanges](repeating: DatedChanges(), count: regions.count)
        for region in regions where !region.isAlias && region.validTo != nil {
            if let successor = region.mergedInto { table[successor].predecessors.append(region.index) }
        }
        for region in regions {
            var current: Int? = region.index
            // Parents come before children, so a walk up is at most as long as the file.
            for _ in 0..<regions.count {
                guard let place = current else { break }
                if !regions[place].isAlias, let day = regions[place].validTo, let successor = regions[place].mergedInto {
                    table[region.index].leave = (day, successor)
                    break
                }
                current = regions[place].parent
            }
            if region.validFrom != nil, table[region.index].predecessors.count == 1 {
                table[region.index].predecessor = table[region.index].predecessors[0]
            }
        }
        for region in regions.indices where !table[region].isEmpty {
            var reached = [region]
            var pending = [region]
            var days: [Day] = []
            while let place = pending.popLast() {
                var next: [Int] = []
                if let earlier = table[place].predecessor, let from = regions[place].validFrom {
                    days.append(from)
                    next.append(earlier)
                }
                if let leave = table[place].leave {
                    days.append(leave.day)
                    next.append(leave.successor)
                }
                for other in next where !reached.contains(other) {
                    reached.append(other)
                    pending.append(other)
                }
            }
            table[region].days = Set(days).sorted()
            var places: [Int] = []
            for day in table[region].days {
                for place in [effective(region, at: day.adding(days: -1), table, regions), effective(region, at: day, table, regions)]
                where place != region && !places.contains(place) {
                    places.append(place)
                }
            }
            table[region].places = places
        }
        return table
    }

    /// `RegionTree.effective`, from the table.
    static func effective(_ region: Int, at day: Day, _ table: [DatedChanges], _ regions: [Region]) -> Int {
        guard !table[region].isEmpty else { return region }
        var current = region
        // A chain of changes is short; the bound keeps a malformed one from going round.
        for _ in 0..<8 {
            if let from = regions[current].validFrom, day < from, let earlier = table[current].predecessor {
                current = earlier
            } else if let leave = table[current].leave, leave.day <= day {
                current = leave.successor
            } else {
                return current
            }
        }
        return current
    }
}

/// An administrative or statistical region: the country, a province, a city, a district or
/// county (区/县/县级市), a development zone, or a town, street or park (镇/街道/园区).
public struct Region: Sendable, Hashable {
    public let index: Int
    /// Statistical division code (GB/T 2260 and its town-level extension), or a project code
    /// containing "X" for units that have none.
    public let code: String
    public let name: String
    public let parent: Int?
    public let kind: RegionKind
    /// The region counted in this one's place: for an abolished region, the one that took it over
    /// (渝北区 → 两江新区); for a second listing of a unit, that unit (440882450 → 4408X02).
    public let mergedInto: Int?
    public let note: String
    /// True for a second listing of the unit in `mergedInto` (the same zone under another code and
    /// name): its name and code stand for that unit.
    public let isAlias: Bool
    /// The day the region was created (两江新区, 2025-11-06); nil when it always was.
    public let validFrom: Day?
    /// The day a region merged into `mergedInto` ceased (江北区, 2025-11-06): before it the region
    /// stands on its own, from it its firms count in the successor. Nil for a merge of all time.
    public let validTo: Day?

    public init(index: Int, code: String, name: String, parent: Int?, kind: RegionKind, mergedInto: Int?, note: String,
                isAlias: Bool = false, validFrom: Day? = nil, validTo: Day? = nil) {
        self.index = index
        self.code = code
        self.name = name
        self.parent = parent
        self.kind = kind
        self.mergedInto = mergedInto
        self.note = note
        self.isAlias = isAlias
        self.validFrom = validFrom
        self.validTo = validTo
    }
}

/// The level or kind of a region.
public enum RegionKind: String, Sendable, CaseIterable {
    case country, province, city, district, county
    case countyCity = "county_city"
    case zone, street, town, park
}

/// The region tree: every region, its children and the lookups a loader needs.
public struct RegionTree: Sendable {
    public let regions: [Region]
    public let children: [[Int]]
    public let root: Int
    private let byCode: [String: Int]
    /// Entry and exit times of a depth-first walk: `b` is in the subtree of `a` exactly when
    /// `entry[a] <= entry[b] && exit[b] <= exit[a]`.
    private let entry: [Int32]
    private let exit: [Int32]
    private let depths: [Int]
    private let byName: [String: [Int]]
    private let byShortName: [String: [Int]]
    private let byZoneForm: [String: [Int]]
    /// The length in characters of the longest name: no longer part of a cell can name a region.
    public let longestName: Int
    /// Per region, its dates (see `DatedChanges`): empty for a region that never changed.
    private let dated: [DatedChanges]
    /// Per region, whether a firm listed in it counts elsewhere at some date: the counting walk's
    /// quick test, true for a few regions only.
    private let changes: [Bool]

    public init(regions: [Region]) {
        self.regions = regions
        var children = [[Int]](repeating: [], count: regions.count)
        var root = 0
        for region in regions {
            if let parent = region.parent { children[parent].append(region.index) } else { root = region.index }
        }
        self.children = children
        self.root = root
        var codes: [String: Int] = [:]
        for region in regions { codes[region.code] = region.index }
        byCode = codes
        var entry = [Int32](repeating: 0, count: regions.count)
        var exit = [Int32](repeating: 0, count: regions.count)
        var clock: Int32 = 0
        var stack: [(Int, Bool)] = [(root, false)]
        while let (node, done) = stack.popLast() {
            if done { exit[node] = clock; clock += 1; continue }
            entry[node] = clock; clock += 1
            stack.append((node, true))
            for child in children[node].reversed() { stack.append((child, false)) }
        }
        self.entry = entry
        self.exit = exit
        var depths = [Int](repeating: 0, count: regions.count)
        for region in regions { if let parent = region.parent { depths[region.index] = depths[parent] + 1 } }
        self.depths = depths
        byName = Dictionary(grouping: regions.indices, by: { regions[$0].name })
        byShortName = Dictionary(grouping: regions.indices, by: { RegionTree.shortName(regions[$0].name) })
        var forms: [String: [Int]] = [:]
        for region in regions where region.kind == .zone || region.kind == .park {
            var city = region.index
            while let parent = regions[city].parent, regions[city].kind != .city && regions[city].kind != .province {
                city = parent
            }
            for form in RegionTree.zoneForms(region.name, cityName: regions[city].name) { forms[form, default: []].append(region.index) }
        }
        byZoneForm = forms
        longestName = regions.map(\.name.count).max() ?? 0
        dated = DatedChanges.table(regions)
        changes = dated.map { !$0.isEmpty }
    }

    public subscript(index: Int) -> Region { regions[index] }

    public func index(ofCode code: String) -> Int? { byCode[code] }

    /// True when `region` is `ancestor` or lies below it.
    public func isWithin(_ region: Int, _ ancestor: Int) -> Bool {
        entry[ancestor] <= entry[region] && exit[region] <= exit[ancestor]
    }

    /// The child of `ancestor` on the way down to `region`; nil when `region` is not below it.
    /// Walks up without making the path: rewards and changes ask it for thousands of firms.
    public func child(of ancestor: Int, toward region: Int) -> Int? {
        var current = region
        while let parent = regions[current].parent {
            if parent == ancestor { return current }
            current = parent
        }
        return nil
    }

    /// The path from the root down to `region`, both included.
    public func path(to region: Int) -> [Int] {
        var path = [region]
        var current = region
        while let parent = regions[current].parent { path.append(parent); current = parent }
        return path.reversed()
    }

    /// The district, county or zone `region` lies in (itself if it is one), if any.
    public func district(of region: Int) -> Int? {
        path(to: region).last { [.district, .county, .countyCity, .zone].contains(regions[$0].kind) }
    }

    /// The town, street or park `region` is, if it is one.
    public func town(of region: Int) -> Int? {
        [.street, .town, .park].contains(regions[region].kind) ? region : nil
    }

    /// `region` and every region below it, parents before children.
    public func subtree(of region: Int) -> [Int] {
        var result: [Int] = []
        var stack = [region]
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: children[node].reversed())
        }
        return result
    }

    /// The region a name or a code stands for, searched by code anywhere, else by name among the
    /// descendants of `scope`, nearest level first. A name may leave out its suffix (湛江 for
    /// 湛江市, 遂溪 for 遂溪县) when that is unambiguous, and a zone's name may be abbreviated
    /// as lists do (郑州航空港区, 航空港区). A second listing of a unit stands for the unit.
    public func find(_ text: String, within scope: Int, maxDepth: Int = 3) -> RegionLookup {
        if let index = byCode[text] {
            return isWithin(index, scope) || isWithin(unit(index), scope) ? .found(unit(index)) : .outside(unit(index))
        }
        func inScope(_ found: [Int]?) -> [Int] { (found ?? []).filter { isWithin($0, scope) && unit($0) != scope } }
        let exact = inScope(byName[text]), short = inScope(byShortName[text]), zone = inScope(byZoneForm[text])
        for depth in (depths[scope] + 1)...(depths[scope] + maxDepth) {
            for candidates in [exact, short, zone] {
                var units: [Int] = []
                for candidate in candidates where depths[candidate] == depth && !units.contains(unit(candidate)) {
                    units.append(unit(candidate))
                }
                if units.count > 1 { units = laterOnes(units) }
                if units.count == 1 { return .found(units[0]) }
                if units.count > 1 { return .ambiguous(units) }
            }
        }
        return .notFound
    }

    /// Of regions found by one name, those that are not the earlier listing of another of them (a
    /// town that moved to another district on a day, 渝北区's 兴隆镇 beside 北碚区's): a list naming
    /// the town alone means the later one, and counting finds the earlier one before the day.
    private func laterOnes(_ found: [Int]) -> [Int] {
        found.filter { region in
            guard regions[region].validTo != nil, let successor = regions[region].mergedInto else { return true }
            return !found.contains(successor)
        }
    }

    /// The region a firm listed in `region` is counted in at `day`: the region valid then. Once a
    /// dated merge has taken effect, its successor (江北区 → 两江新区 from 2025-11-06; a town of a
    /// district merged so, without a date of its own, at that successor); before a region was
    /// created from exactly one other, that one (北碚区's 兴隆镇 → 渝北区's before 2025-11-06). A
    /// region created from several (两江新区) is kept before its creation.
    public func effective(_ region: Int, at day: Day) -> Int {
        changes[region] ? DatedChanges.effective(region, at: day, dated, regions) : region
    }

    /// The days on which `effective(region, at:)` may change, in order; empty for most regions.
    public func changeDays(of region: Int) -> [Day] { changes[region] ? dated[region].days : [] }

    /// The regions other than `region` that a firm listed in it is counted in at some date.
    public func otherPlaces(of region: Int) -> [Int] { dated[region].places }

    /// The regions merged into `region` on a day (江北区 and 渝北区 for 两江新区), in file order.
    public func predecessors(of region: Int) -> [Int] { dated[region].predecessors }

    /// True when `region` is on the map at `day`: created by then, not yet merged into another
    /// (nor lying in a region merged so), and not a second listing of another unit.
    public func exists(_ region: Int, at day: Day) -> Bool {
        let place = regions[region]
        if let from = place.validFrom, day < from { return false }
        if place.mergedInto != nil && place.validTo == nil { return false }
        return dated[region].leave.map { day < $0.day } ?? true
    }

    /// The unit a region stands for: itself, or the unit it is a second listing of.
    public func unit(_ region: Int) -> Int {
        regions[region].isAlias ? regions[region].mergedInto ?? region : region
    }

    /// The names below `scope` (down to `maxDepth` levels) nearest to `text`, when some are close:
    /// a typo's likely intent (海棱区 → 海陵区). Abolished regions and second listings are left out.
    public func nearNames(to text: String, within scope: Int, maxDepth: Int) -> [String] {
        let wanted = Array(text)
        var best = Int.max
        var names: [String] = []
        for region in subtree(of: scope) where region != scope && depths[region] <= depths[scope] + maxDepth
            && regions[region].mergedInto == nil {
            let name = regions[region].name
            guard abs(name.count - wanted.count) * 3 <= max(wanted.count, name.count) else { continue }
            guard let distance = EditDistance.between(wanted, Array(name), atMost: max(wanted.count, name.count) / 3),
                  distance <= best else { continue }
            if distance < best { best = distance; names = [] }
            if !names.contains(name) { names.append(name) }
        }
        return Array(names.prefix(3))
    }

    /// A name without its administrative suffix: 湛江市 → 湛江, 遂溪县 → 遂溪. Names that would
    /// be left with one character (城区, 郊区) keep their suffix.
    public static func shortName(_ name: String) -> String {
        for suffix in ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "省", "市", "区", "县"] {
            if name.hasSuffix(suffix) && name.count - suffix.count >= 2 { return String(name.dropLast(suffix.count)) }
        }
        return name
    }
}

extension RegionTree {
    /// The abbreviations lists use for development zones' names, longest first (the same table as
    /// `ZONE_ABBREVIATIONS` in scripts/build_regions.py, which checks that no two zones of a city
    /// share a form).
    static let zoneAbbreviations = [("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("经济综合实验区", "区"),
                                    ("经济开发区", "经开区")]

    /// The other forms of a zone's name lists use: abbreviated (郑州航空港经济综合实验区 → 郑州航空港区),
    /// and either form without the name of its city (航空港区, 航空港经济综合实验区).
    static func zoneForms(_ name: String, cityName: String) -> [String] {
        var forms = [name]
        if let (long, short) = zoneAbbreviations.first(where: { name.hasSuffix($0.0) }) {
            forms.append(String(name.dropLast(long.count)) + short)
        }
        let prefixes = cityName.hasSuffix("市") || cityName.hasSuffix("省") ? [cityName, String(cityName.dropLast())] : [cityName]
        for form in forms {
            if let prefix = prefixes.first(where: { form.hasPrefix($0) }), form.count - prefix.count >= 2 {
                forms.append(String(form.dropFirst(prefix.count)))
            }
        }
        return Array(forms.dropFirst())
    }
}

/// The outcome of looking a region up by name or code.
public enum RegionLookup: Equatable, Sendable {
    case found(Int)
    /// A code that exists but lies outside the region it was looked for in.
    case outside(Int)
    case ambiguous([Int])
    case notFound
}

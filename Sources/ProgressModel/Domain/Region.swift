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
    /// For abolished regions: the region that took them over (渝北区 → 两江新区).
    public let mergedInto: Int?
    public let note: String

    public init(index: Int, code: String, name: String, parent: Int?, kind: RegionKind, mergedInto: Int?, note: String) {
        self.index = index
        self.code = code
        self.name = name
        self.parent = parent
        self.kind = kind
        self.mergedInto = mergedInto
        self.note = note
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
    }

    public subscript(index: Int) -> Region { regions[index] }

    public func index(ofCode code: String) -> Int? { byCode[code] }

    /// True when `region` is `ancestor` or lies below it.
    public func isWithin(_ region: Int, _ ancestor: Int) -> Bool {
        entry[ancestor] <= entry[region] && exit[region] <= exit[ancestor]
    }

    /// The path from the root down to `region`, both included.
    public func path(to region: Int) -> [Int] {
        var path = [region]
        var current = region
        while let parent = regions[current].parent { path.append(parent); current = parent }
        return path.reversed()
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
    /// 湛江市, 遂溪 for 遂溪县) when that is unambiguous.
    public func find(_ text: String, within scope: Int, maxDepth: Int = 3) -> RegionLookup {
        if let index = byCode[text] { return isWithin(index, scope) ? .found(index) : .outside(index) }
        let exact = (byName[text] ?? []).filter { $0 != scope && isWithin($0, scope) }
        let short = (byShortName[text] ?? []).filter { $0 != scope && isWithin($0, scope) }
        for depth in (depths[scope] + 1)...(depths[scope] + maxDepth) {
            for candidates in [exact, short] {
                let atDepth = candidates.filter { depths[$0] == depth }
                if atDepth.count == 1 { return .found(atDepth[0]) }
                if atDepth.count > 1 { return .ambiguous(atDepth) }
            }
        }
        return .notFound
    }

    /// A name without its administrative suffix: 湛江市 → 湛江, 遂溪县 → 遂溪. Names that would
    /// be left with one character (城区, 郊区) keep their suffix.
    static func shortName(_ name: String) -> String {
        for suffix in ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "省", "市", "区", "县"] {
            if name.hasSuffix(suffix) && name.count - suffix.count >= 2 { return String(name.dropLast(suffix.count)) }
        }
        return name
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

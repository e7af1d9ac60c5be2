/// Finds the region a row's region cells name (names or codes), from the widest cell down.
///
/// Rules: placeholder cells (市辖区, 县, 省直辖县级行政区划 …) and cells repeating a region already
/// found are skipped; a cell naming several levels at once (泰州市海陵区, 广东省湛江市遂溪县) is split
/// against the tree, the longest region name first and the rest under it; regions abolished for
/// all time count under their successor, with a warning, those merged on a day (江北区) stay as
/// named (counting follows the date); a town listed twice, before and after a move between
/// districts, is the one under the district given, else the later one (counting puts it under the
/// earlier district before the day); a town the region table does not list counts at its
/// district (with a warning where the table lists that district's towns); a name found nowhere
/// under a region whose children the table lists is an error naming that region and the nearest
/// names under it; below a province the table does not cover (北京市 …) the row counts at the
/// deepest level found.
struct RegionResolver {
    let tree: RegionTree

    /// Cells standing for no level of their own: the NBS's pseudo-cities of municipalities and of
    /// province-administered county-level units (河南省 → 省直辖县级行政区划 → 济源市).
    static let placeholders: Set<String> = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级"]

    /// A problem found while resolving, without its line (the same cells recur on many rows).
    struct Finding {
        let severity: Diagnostic.Severity
        let column: String
        let value: String
        let problem: Problem
    }

    struct Resolution {
        let region: Int?
        let findings: [Finding]
    }

    /// `cells`: (column name as written in the header, trimmed text), from the widest to the
    /// narrowest.
    func resolve(_ cells: [(column: String, text: String)]) -> Resolution {
        var descent = Descent(tree: tree)
        for cell in cells where !cell.text.isEmpty {
            descent.column = cell.column
            descent.value = cell.text
            if case .stop(let region) = descent.take(cell.text) { return Resolution(region: region, findings: descent.findings) }
        }
        return Resolution(region: descent.current, findings: descent.findings)
    }
}

/// One row's way down the tree: the region reached so far and the problems met on the way.
private struct Descent {
    let tree: RegionTree
    var current: Int
    /// After an abolished district: the region whose towns are still looked up under it.
    var townScope: Int?
    var findings: [RegionResolver.Finding] = []
    /// The cell being read, for findings.
    var column = ""
    var value = ""
    /// While reading the rest of a cell cut after a shortened name (海陵 of 海陵东区): a rest that
    /// names nothing undoes the cut, rather than counting the row at 海陵区.
    private var tentative = false
    private var cutFailed = false

    enum Step { case next, stop(Int?) }

    init(tree: RegionTree) {
        self.tree = tree
        current = tree.root
    }

    /// How many levels below the current region a name may lie: a list without province and city
    /// columns names districts three levels below the country.
    private var depth: Int { current == tree.root ? 3 : 2 }

    /// Reads `text`, the whole cell or what is left of it after a split.
    mutating func take(_ text: String) -> Step {
        if RegionResolver.placeholders.contains(text) || repeatsPath(text, shortNames: false) { return .next }
        switch tree.find(text, within: townScope ?? current, maxDepth: depth) {
        case .found(let region):
            descend(to: region)
            return .next
        case .outside:
            add(.error, .regionOutside(tree[current].name))
            return .stop(nil)
        case .ambiguous(let candidates):
            let names = candidates.map { tree.path(to: $0).dropFirst().map { tree[$0].name }.joined(separator: "") }
            add(.error, .ambiguousRegion(names))
            return .stop(nil)
        case .notFound:
            if repeatsPath(text, shortNames: true) { return .next }
            if let (cut, exact) = splitPoint(text) {
                var trial = self
                trial.tentative = tentative || !exact
                var step = trial.take(String(text.prefix(cut)))
                if case .next = step { step = trial.take(String(text.dropFirst(cut))) }
                if !trial.cutFailed || tentative {
                    trial.tentative = tentative
                    self = trial
                    return step
                }
            }
            return unresolved(text)
        }
    }

    private mutating func descend(to region: Int) {
        if let successor = tree[region].mergedInto, tree[region].validTo == nil {
            add(.warning, .regionMerged(into: tree[successor].name, note: tree[region].note))
            townScope = tree[region].parent
            current = successor
        } else {
            // A dated merge is kept as written: counting puts the firm in the successor from the day.
            townScope = nil
            current = region
        }
    }

    /// True when `text` names a region already passed (泰州市 again in the district column).
    private func repeatsPath(_ text: String, shortNames: Bool) -> Bool {
        tree.path(to: current).dropFirst().contains { tree[$0].name == text || (shortNames && RegionTree.shortName(tree[$0].name) == text) }
    }

    /// For a cell naming several levels: the length of its longest leading part that names a
    /// region at this point (or one already passed, or a placeholder), leaving at least two
    /// characters, and whether that part is a region's full name (海陵区) rather than a shortened
    /// one (海陵). Codes are never cut.
    private func splitPoint(_ text: String) -> (cut: Int, exact: Bool)? {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }), text.count >= 4 else { return nil }
        let longest = max(tree.longestName, RegionResolver.placeholders.map(\.count).max() ?? 0)
        for cut in stride(from: min(text.count - 2, longest), through: 2, by: -1) {
            let head = String(text.prefix(cut))
            if RegionResolver.placeholders.contains(head) || repeatsPath(head, shortNames: false) { return (cut, true) }
            if repeatsPath(head, shortNames: true) { return (cut, false) }
            if case .found(let region) = tree.find(head, within: townScope ?? current, maxDepth: depth) { return (cut, tree[region].name == head) }
        }
        return nil
    }

    /// A name found nowhere below the current region.
    private mutating func unresolved(_ text: String) -> Step {
        if tentative {
            cutFailed = true
            return .stop(nil)
        }
        let place = codePrefixRegion(text) ?? current
        let modelled = !tree.children[place].isEmpty
        switch tree[place].kind {
        case .district, .county, .countyCity, .zone, .street, .town, .park:
            if modelled { add(.warning, .townNotFound(countedAt: tree[place].name)) }
            return .stop(place)
        case .country, .province, .city:
            guard modelled else { return .stop(place) }
            if place == tree.root {
                add(.error, .unknownRegion(within: tree[place].name))
            } else {
                let nearest = tree.nearNames(to: text, within: townScope ?? place, maxDepth: depth)
                add(.error, .regionNotUnder(name: text, parent: tree[place].name, nearest: nearest))
            }
            return .stop(nil)
        }
    }

    /// For a town code the table lacks (410102001), the district its first six digits name.
    private func codePrefixRegion(_ text: String) -> Int? {
        guard text.count == 9 || text.count == 12, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let region = tree.index(ofCode: String(text.prefix(6))), tree.isWithin(region, current) else { return nil }
        return region
    }

    private mutating func add(_ severity: Diagnostic.Severity, _ problem: Problem) {
        findings.append(RegionResolver.Finding(severity: severity, column: column, value: value, problem: problem))
    }
}

/// Finds the region a row's province, city, district and town cells name (names or codes).
///
/// Rules: municipalities' placeholder cells (市辖区, 县, or the city repeating the province) are
/// skipped; abolished regions count under their successor, with a warning; a town the region
/// table does not list counts at its district; an unknown district in a province the table covers
/// is an error, while below a province it does not cover (北京市 …) the row counts at the deepest
/// level found.
struct RegionResolver {
    let tree: RegionTree

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

    /// `cells`: (column name as written in the header, trimmed text), from province down to town.
    func resolve(_ cells: [(column: String, text: String)]) -> Resolution {
        var current = tree.root
        var townScope: Int?
        var findings: [Finding] = []
        for (position, cell) in cells.enumerated() where !cell.text.isEmpty {
            let text = cell.text
            if text == "市辖区" || text == "县" || (current != tree.root && text == tree[current].name) { continue }
            let isLast = position == cells.count - 1
            switch tree.find(text, within: townScope ?? current, maxDepth: current == tree.root ? 3 : 2) {
            case .found(let region):
                if let successor = tree[region].mergedInto {
                    findings.append(Finding(severity: .warning, column: cell.column, value: text,
                                            problem: .regionMerged(into: tree[successor].name, note: tree[region].note)))
                    townScope = tree[region].parent
                    current = successor
                } else {
                    townScope = nil
                    current = region
                }
            case .outside:
                findings.append(Finding(severity: .error, column: cell.column, value: text,
                                        problem: .regionOutside(tree[current].name)))
                return Resolution(region: nil, findings: findings)
            case .ambiguous(let candidates):
                let names = candidates.map { tree.path(to: $0).dropFirst().map { tree[$0].name }.joined(separator: "") }
                findings.append(Finding(severity: .error, column: cell.column, value: text, problem: .ambiguousRegion(names)))
                return Resolution(region: nil, findings: findings)
            case .notFound:
                if let prefixed = codePrefixRegion(text, within: current) {
                    current = prefixed
                }
                let modelled = !tree.children[current].isEmpty
                if isLast || tree[current].kind == .district || tree[current].kind == .county
                    || tree[current].kind == .countyCity || tree[current].kind == .zone {
                    if modelled {
                        findings.append(Finding(severity: .warning, column: cell.column, value: text,
                                                problem: .townNotFound(countedAt: tree[current].name)))
                    }
                    return Resolution(region: current, findings: findings)
                }
                if modelled {
                    findings.append(Finding(severity: .error, column: cell.column, value: text,
                                            problem: .unknownRegion(within: tree[current].name)))
                    return Resolution(region: nil, findings: findings)
                }
                return Resolution(region: current, findings: findings)
            }
        }
        return Resolution(region: current, findings: findings)
    }

    /// For a town code the table lacks (410102001), the district its first six digits name.
    private func codePrefixRegion(_ text: String, within scope: Int) -> Int? {
        guard text.count == 9 || text.count == 12, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let region = tree.index(ofCode: String(text.prefix(6))), tree.isWithin(region, scope) else { return nil }
        return region
    }
}

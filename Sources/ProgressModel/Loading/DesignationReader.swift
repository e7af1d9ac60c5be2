/// What a designation cell says: the designation, and what real lists write around it (year,
/// batch, issuing region, status), each nil when the cell does not give it.
public struct DesignationReading: Sendable, Hashable {
    /// The designation's index in the catalog; nil when the cell names none (see `findings`).
    public var designation: Int?
    /// 2023 in 2023年度创新型中小企业.
    public var year: Int?
    /// 5 in 第五批国家级专精特新“小巨人”企业.
    public var batch: Int?
    /// 江苏省 in 2024年江苏省专精特新中小企业.
    public var issuer: DesignationIssuer?
    /// renew in 省级专精特新中小企业（复核）.
    public var action: Action?
    /// Problems of the cell itself, the same on every row that holds it.
    public var findings: [DesignationFinding] = []
}

/// The region a designation cell names as the list's issuer.
public struct DesignationIssuer: Sendable, Hashable {
    public let name: String
    /// The regions of that name: more than one where the name is not unique (鼓楼区).
    public let regions: [Int]
    /// The level of the lists it issues; nil where regions of that name differ in level.
    public let level: DesignationLevel?

    /// The region, where the name is unique.
    public var region: Int? { regions.count == 1 ? regions[0] : nil }
}

/// A problem of a designation cell, without its line.
public struct DesignationFinding: Sendable, Hashable {
    public let severity: Diagnostic.Severity
    public let problem: Problem
}

/// Reads designation cells. The text is normalised (`DesignationCatalog.key`), its decorations
/// are taken off (`DesignationDecorations`) and the name left is looked up. A level, written in
/// brackets or implied by the issuer (a province issues 省级 lists), picks the tier of a name
/// that has none of its own: 专精特新中小企业 with 市级 is looked up as 市级专精特新中小企业. A cell
/// that is itself a spelling of the catalog keeps that meaning; its decorations are kept where
/// they lead to the same designation.
public struct DesignationReader: Sendable {
    public let catalog: DesignationCatalog
    private let issuers: [String: DesignationIssuer]
    private let longestIssuer: Int
    /// The level each designation's name starts with.
    private let levels: [DesignationLevel?]

    public init(catalog: DesignationCatalog, regions: RegionTree) {
        self.catalog = catalog
        let named = Dictionary(grouping: regions.regions.filter { DesignationLevel(issuer: $0.kind) != nil }, by: \.name)
        issuers = named.mapValues { regions in
            let levels = Set(regions.map { DesignationLevel(issuer: $0.kind) })
            return DesignationIssuer(name: regions[0].name, regions: regions.map(\.index), level: levels.count == 1 ? levels.first! : nil)
        }
        longestIssuer = named.keys.map(\.unicodeScalars.count).max() ?? 0
        levels = catalog.all.map { DesignationLevel(startOf: DesignationCatalog.key($0.name)) }
    }

    public func read(_ text: String) -> DesignationReading {
        let key = DesignationCatalog.key(text)
        let whole = catalog.lookup(key: key)
        let parts = DesignationDecorations(key: key, issuerLength: issuerLength)
        if parts.isDecorated {
            let reading = resolve(parts)
            if whole == nil || reading.designation == whole { return reading }
        }
        if let whole { return DesignationReading(designation: whole) }
        var reading = DesignationReading()
        reading.findings = [unknown(key: key, alias: Sanitizer.clean(text), decorated: false)]
        return reading
    }

    /// The length of the issuing region's name the text starts with.
    private func issuerLength(_ text: [Unicode.Scalar]) -> Int? {
        for length in stride(from: min(longestIssuer, text.count - 1), through: 2, by: -1)
        where issuers[String(String.UnicodeScalarView(text[..<length]))] != nil {
            return length
        }
        return nil
    }

    private func resolve(_ parts: DesignationDecorations) -> DesignationReading {
        let rest = String(String.UnicodeScalarView(parts.name))
        var reading = DesignationReading(year: parts.year, batch: parts.batch, issuer: parts.issuer.flatMap { issuers[$0] },
                                         action: parts.action)
        let plain = catalog.lookup(key: rest)
        if let level = parts.level ?? reading.issuer?.level {
            reading.designation = catalog.lookup(key: level.word + rest)
            // A name whose designation depends on its level, at a level the catalog lacks.
            let tiers = DesignationLevel.allCases.filter { catalog.lookup(key: $0.word + rest) != nil }
            if reading.designation == nil && tiers.contains(where: { catalog.lookup(key: $0.word + rest) != plain }) {
                reading.findings.append(DesignationFinding(severity: .error, problem: .designationLevelNotATier(level, tiers: tiers)))
                return reading
            }
        }
        reading.designation = reading.designation ?? plain
        guard let designation = reading.designation else {
            reading.findings.append(unknown(key: rest, alias: rest, decorated: true))
            return reading
        }
        if let own = levels[designation] {
            let name = catalog[designation].name
            func disagrees(_ level: DesignationLevel, issuer: String?) {
                reading.findings.append(DesignationFinding(severity: .warning, problem: .designationLevelDisagrees(
                    level: level, issuer: issuer, designation: name, designationLevel: own)))
            }
            if let said = parts.level, said != own { disagrees(said, issuer: nil) }
            if let issuer = reading.issuer, let level = issuer.level, level != own { disagrees(level, issuer: issuer.name) }
        }
        return reading
    }

    /// An unknown name, with the nearest known ones and the alias that would make it known.
    private func unknown(key: String, alias: String, decorated: Bool) -> DesignationFinding {
        let nearest = catalog.nearest(toKey: key)
        if nearest.isEmpty && !decorated { return DesignationFinding(severity: .error, problem: .unknownDesignation) }
        return DesignationFinding(severity: .error, problem: .unknownDesignationNear(
            alias: alias, nearest: nearest.map { catalog[$0].name }, code: nearest.first.map { catalog[$0].code }))
    }
}

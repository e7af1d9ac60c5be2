extension DesignationCatalog {
    /// Up to `limit` designations with a spelling (code, name or alias) near `key` (already a
    /// `key`), nearest first: at most a third of its characters (and at least one) inserted,
    /// deleted or replaced. Farther spellings would be guesses, not suggestions.
    func nearest(toKey key: String, limit: Int = 3) -> [Int] {
        let target = Array(key.unicodeScalars)
        let allowed = max(1, target.count / 3)
        var best: [Int: Int] = [:]
        for (spelling, index) in byKey {
            guard let distance = EditDistance.between(target, Array(spelling.unicodeScalars), atMost: allowed) else { continue }
            if distance < best[index] ?? Int.max { best[index] = distance }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }
}

/// Chains of references within one file (a target's `parent:`, a region's `merged_into:`) must
/// end: a chain that comes back to where it started is reported with every link.
enum ReferenceLoop {
    /// The ids met following `next` from `start` when they come back to `start` (`a → b → a`);
    /// nil when the chain ends or runs past `limit` links without coming back.
    static func find(from start: String, limit: Int, next: (String) -> String?) -> [String]? {
        var chain = [start]
        var current = start
        while let following = next(current) {
            chain.append(following)
            if following == start { return chain }
            guard chain.count <= limit + 1 else { return nil }
            current = following
        }
        return nil
    }
}

/// The counters of the interval index, packed into 64-bit keys: kind (4 bits), then up to three
/// fields (24, 16 and 20 bits).
public enum CounterKey {
    public enum Kind: UInt64 {
        /// Firms counted in a target, by the year they first qualified (0 for stock targets).
        case target = 1
        /// Firms holding a designation, by their own region.
        case active = 2
        /// Firms first granted a designation, by their own region and the year of the grant.
        case granted = 3
        /// Firms rewarded at a tier of a reward rule.
        case reward = 4
        /// Firms counted for a per-park threshold target, by their own region.
        case each = 5
        /// Firms located in a region (their own region), whatever they hold.
        case present = 6
        /// Firms counted in a target (other than a per-park threshold), by their own region: how
        /// the regions below a target's share its count.
        case targetRegion = 7
    }

    @inline(__always)
    static func make(_ kind: Kind, _ a: Int, _ b: Int = 0, _ c: Int = 0) -> UInt64 {
        kind.rawValue << 60 | UInt64(a) << 36 | UInt64(b) << 20 | UInt64(c)
    }

    public static func target(_ target: Int, year: Int) -> UInt64 { make(.target, target, year) }
    public static func active(region: Int, designation: Int) -> UInt64 { make(.active, region, designation) }
    public static func granted(region: Int, designation: Int, year: Int) -> UInt64 { make(.granted, region, designation, year) }
    public static func reward(rule: Int, tier: Int) -> UInt64 { make(.reward, rule, tier) }
    public static func each(target: Int, region: Int) -> UInt64 { make(.each, region, target) }
    public static func present(region: Int) -> UInt64 { make(.present, region) }
    public static func targetRegion(_ target: Int, region: Int) -> UInt64 { make(.targetRegion, region, target) }

    public static func kind(of key: UInt64) -> Kind? { Kind(rawValue: key >> 60) }
    public static func fields(of key: UInt64) -> (a: Int, b: Int, c: Int) {
        (Int(key >> 36 & 0xFF_FFFF), Int(key >> 20 & 0xFFFF), Int(key & 0xF_FFFF))
    }
}

import ProgressModel

/// The `/` filter of firm lists: a firm matches when the text is part of its name, its code, the
/// name of its region or of any region above it (so a town, a district), a designation it holds
/// or that makes it count (in Chinese or English, full or short), or one of the row's other
/// texts (an action, a date or a year). Case is ignored.
struct FirmFilter {
    private let needle: String
    private let data: DataSet
    /// Per region (with the regions above it) and per designation: whether its names contain the
    /// needle, worked out once.
    private let regionMatches: [Bool]
    private let designationMatches: [Bool]

    init(_ text: String, data: DataSet) {
        needle = text.lowercased()
        self.data = data
        let needle = needle
        guard !needle.isEmpty else {
            regionMatches = []
            designationMatches = []
            return
        }
        // Parents come before their children in the tree: a region matches when it or a region
        // above it does.
        var regionMatches = [Bool](repeating: false, count: data.regions.regions.count)
        for region in data.regions.regions {
            regionMatches[region.index] = region.name.lowercased().contains(needle) || region.code.lowercased() == needle
                || region.parent.map { regionMatches[$0] } ?? false
        }
        self.regionMatches = regionMatches
        designationMatches = data.designations.all.map { designation in
            [designation.name(in: .chinese), designation.name(in: .english), designation.shortName(in: .chinese),
             designation.shortName(in: .english), designation.code].contains { $0.lowercased().contains(needle) }
        }
    }

    var isEmpty: Bool { needle.isEmpty }

    func matches(firm: Int, region: Int, designations: DesignationSet, extra: [String]) -> Bool {
        let table = data.recognitions
        if table.firmName(firm).lowercased().contains(needle) { return true }
        if table.firmCode(firm)?.description.lowercased().contains(needle) ?? false { return true }
        if regionMatches[region] { return true }
        if designations.contains(where: { designationMatches[$0] }) { return true }
        return extra.contains { $0.lowercased().contains(needle) }
    }
}

import ProgressModel

/// A recognitions CSV, loaded against the bundled regions and designations in one pass and in
/// 2–9 parts cut through the small text (through quoted line breaks too), which must agree;
/// then counted with the bundled plans and observations, reported and drawn.
enum RecognitionsTarget {
    static func run(_ input: FuzzInput) {
        let bundled = BundledData.shared
        let one = loadInParts(input)
        let data = DataSet(regions: bundled.reference.regions, designations: bundled.reference.designations, book: bundled.reference.book,
                           recognitions: one.table, observations: bundled.observations, diagnostics: one.log)
        Downstream.exercise(data, input)
    }

    /// The load in one pass, checked against the load in parts. Alone, this is the
    /// `recognitions-split` target: a hundred times faster, for the loader only.
    @discardableResult
    static func loadInParts(_ input: FuzzInput) -> SplitDifferential.Load {
        let bundled = BundledData.shared
        let loader = bundled.loader
        let one = SplitDifferential.load(input.bytes, loader, parts: 1)
        let parts = 2 + input.choice(8, shift: 0)
        SplitDifferential.check(one, SplitDifferential.load(input.bytes, loader, parts: parts), parts: parts)
        return one
    }
}

import ProgressModel

/// The three reference files, each fuzzed while the other two stay as bundled; whatever loads
/// is counted against the sample recognitions and observations (loaded again where the fuzzed
/// file changes how they read), reported and drawn.
enum ReferenceFileTargets {
    /// `targets.yaml` (`PlanFile.load`).
    static func targets(_ input: FuzzInput) {
        let bundled = BundledData.shared
        let reference = bundled.reference
        var log = DiagnosticLog()
        let book = PlanFile.load(text(input), file: "targets.yaml", regions: reference.regions, designations: reference.designations,
                                 log: &log)
        let observations = BundledData.observations(bundled.observationsBytes, reference.regions, book, log: &log)
        exercise(regions: reference.regions, designations: reference.designations, book: book, recognitions: bundled.recognitions,
                 observations: observations, log: log, input)
    }

    /// `designations.yaml` (`DesignationFile.load`).
    static func designations(_ input: FuzzInput) {
        let bundled = BundledData.shared
        let regions = bundled.reference.regions
        var log = DiagnosticLog()
        let catalog = DesignationFile.load(text(input), file: "designations.yaml", log: &log)
        let book = PlanFile.load(bundled.targetsText, file: "targets.yaml", regions: regions, designations: catalog, log: &log)
        let recognitions = bundled.recognitions(regions: regions, designations: catalog, log: &log)
        let observations = BundledData.observations(bundled.observationsBytes, regions, book, log: &log)
        exercise(regions: regions, designations: catalog, book: book, recognitions: recognitions, observations: observations,
                 log: log, input)
    }

    /// `regions.csv` (`RegionFile.load`).
    static func regions(_ input: FuzzInput) {
        let bundled = BundledData.shared
        let catalog = bundled.reference.designations
        var log = DiagnosticLog()
        let regions = RegionFile.load(input.bytes, file: "regions.csv", log: &log)
        let book = PlanFile.load(bundled.targetsText, file: "targets.yaml", regions: regions, designations: catalog, log: &log)
        let recognitions = bundled.recognitions(regions: regions, designations: catalog, log: &log)
        let observations = BundledData.observations(bundled.observationsBytes, regions, book, log: &log)
        exercise(regions: regions, designations: catalog, book: book, recognitions: recognitions, observations: observations,
                 log: log, input)
    }

    /// The file's text as `DataLoader` makes it: decoded from UTF-8, GB18030 or with a BOM.
    static func text(_ input: FuzzInput) -> String { TextDecoding.decode(input.bytes).string }

    static func exercise(regions: RegionTree, designations: DesignationCatalog, book: PlanBook, recognitions: RecognitionTable,
                         observations: ObservationTable, log: DiagnosticLog, _ input: FuzzInput) {
        let data = DataSet(regions: regions, designations: designations, book: book, recognitions: recognitions,
                           observations: observations, diagnostics: log)
        Downstream.exercise(data, input)
    }
}

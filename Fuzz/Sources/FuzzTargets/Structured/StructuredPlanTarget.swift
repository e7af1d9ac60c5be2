import ProgressModel

/// Plan data derived from the bytes (see `PlanGenerator`), loaded as `srdi` loads a data
/// directory, then counted, reported and drawn. Byte-level fuzzing of the YAML rarely gets a
/// file this well-formed with a value this far out.
public enum StructuredPlanTarget {
    /// The files an input stands for, to write out and replay with `srdi report --data`.
    public static func files(_ input: FuzzInput, bounded: Bool) -> PlanFiles {
        var reader = ByteReader(input.bytes)
        let bundled = BundledData.shared
        return PlanFiles(PlanGenerator(values: PlanValues(bounded: bounded), bundled: bundled).generate(&reader), bundled: bundled)
    }

    static func run(_ input: FuzzInput, bounded: Bool) {
        let files = files(input, bounded: bounded)
        let bundled = BundledData.shared
        var log = DiagnosticLog()
        let regions = RegionFile.load(files.regions, file: "regions.csv", log: &log)
        let catalog = DesignationFile.load(files.designations, file: "designations.yaml", log: &log)
        let book = PlanFile.load(files.targets, file: "targets.yaml", regions: regions, designations: catalog, log: &log)
        var recognitions = RecognitionTable()
        RecognitionLoader(regions: regions, designations: catalog).load(files.recognitions, path: "recognitions.csv",
                                                                        into: &recognitions, log: &log)
        recognitions.finishLoading(log: &log)
        let observations = BundledData.observations(bundled.observationsBytes, regions, book, log: &log)
        let data = DataSet(regions: regions, designations: catalog, book: book, recognitions: recognitions,
                           observations: observations, diagnostics: log)
        Downstream.exercise(data, input)
    }
}

import ProgressModel

/// An observations CSV, loaded against the bundled regions and the metrics of the bundled plans;
/// then counted with the sample recognitions, reported and drawn.
enum ObservationsTarget {
    static func run(_ input: FuzzInput) {
        let bundled = BundledData.shared
        let reference = bundled.reference
        var log = DiagnosticLog()
        var observations = ObservationTable()
        ObservationLoader(regions: reference.regions, metrics: Set(reference.book.metrics.map(\.code)))
            .load(input.bytes, path: "observations.csv", into: &observations, log: &log)
        let data = DataSet(regions: reference.regions, designations: reference.designations, book: reference.book,
                           recognitions: bundled.recognitions, observations: observations, diagnostics: log)
        Downstream.exercise(data, input)
    }
}

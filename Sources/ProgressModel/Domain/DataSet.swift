/// Everything the dashboard and the reports work from: the reference data (regions,
/// designations, plans), the loaded recognitions and observations, and the problems found.
public struct DataSet: Sendable {
    public let regions: RegionTree
    public let designations: DesignationCatalog
    public let book: PlanBook
    public let recognitions: RecognitionTable
    public let observations: ObservationTable
    public let diagnostics: DiagnosticLog

    public init(regions: RegionTree, designations: DesignationCatalog, book: PlanBook, recognitions: RecognitionTable,
                observations: ObservationTable, diagnostics: DiagnosticLog) {
        self.regions = regions
        self.designations = designations
        self.book = book
        self.recognitions = recognitions
        self.observations = observations
        self.diagnostics = diagnostics
    }

    /// Input files with their row counts: recognitions first, then observations.
    public var inputs: [InputSummary] { recognitions.inputs + observations.inputs }
}

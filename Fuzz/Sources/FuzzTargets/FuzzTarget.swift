/// The fuzz targets, by the name `--target=` takes.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case recognitions
    /// The recognitions loader alone: one pass against parts, no counting or drawing.
    case recognitionsSplit = "recognitions-split"
    case observations
    case targets
    case designations
    case regions
    /// An .xlsx workbook, converted to CSV text and loaded as a recognitions list.
    case workbook
    /// Structured plan data with values past every edge.
    case plans
    /// Structured plan data within the ranges plan-data validation accepts.
    case plansBounded = "plans-bounded"

    /// Loads the data every input uses, so that the first input is not slow.
    public func prepare() { _ = BundledData.shared }

    public func run(_ input: FuzzInput) {
        switch self {
        case .recognitions: RecognitionsTarget.run(input)
        case .recognitionsSplit: RecognitionsTarget.loadInParts(input)
        case .observations: ObservationsTarget.run(input)
        case .targets: ReferenceFileTargets.targets(input)
        case .designations: ReferenceFileTargets.designations(input)
        case .regions: ReferenceFileTargets.regions(input)
        case .workbook: WorkbookTarget.run(input)
        case .plans: StructuredPlanTarget.run(input, bounded: false)
        case .plansBounded: StructuredPlanTarget.run(input, bounded: true)
        }
    }

    /// True for the structured targets, whose inputs stand for a data directory.
    public var isStructured: Bool { self == .plans || self == .plansBounded }
}

/// Where the data comes from: the data directory (regions, designations, targets, documents)
/// and the recognitions and observations files (by default the directory's sample).
public struct DataSources: Sendable, Hashable {
    public var directory: String
    /// Recognition lists; empty means `sample/recognitions.csv` of the directory.
    public var recognitions: [String]
    /// Observation files; empty means `sample/observations.csv` of the directory, when present.
    public var observations: [String]
    /// What the rows of the `recognitions` lists share where their columns leave it out.
    public var listDefaults: ListDefaults
    /// Firm registers (`FirmRegister`): codes, former names and towns of the bureau's firms.
    public var registers: [String]

    public init(directory: String, recognitions: [String] = [], observations: [String] = [], listDefaults: ListDefaults = ListDefaults(),
                registers: [String] = []) {
        self.directory = directory
        self.recognitions = recognitions
        self.observations = observations
        self.listDefaults = listDefaults
        self.registers = registers
    }

    public func path(_ name: String) -> String { directory.hasSuffix("/") ? directory + name : directory + "/" + name }

    public var regionsPath: String { path("regions.csv") }
    public var designationsPath: String { path("designations.yaml") }
    public var targetsPath: String { path("targets.yaml") }
    public var recognitionPaths: [String] { recognitions.isEmpty ? [path("sample/recognitions.csv")] : recognitions }
    public var observationPaths: [String] { observations.isEmpty ? [path("sample/observations.csv")] : observations }
    public func documentPath(_ document: String) -> String { path("documents/" + document) }
}

/// The reference data of a data directory: regions, designations and plans.
public struct ReferenceData: Sendable {
    public let regions: RegionTree
    public let designations: DesignationCatalog
    public let book: PlanBook
}

/// What a reader throws for a file it read but cannot hand over as text (a damaged workbook, say):
/// the file gets the problem as an error, as a file that is not CSV text does, not as a failure to
/// read it.
public struct UnusableInput: Error {
    public let problem: Problem

    public init(_ problem: Problem) { self.problem = problem }
}

/// Reads every file of a `DataSources` through `read` (the caller's file access) and loads them.
public enum DataLoader {
    public typealias Reader = (String) throws -> [UInt8]

    /// Regions, designations and plans, without recognitions or observations.
    public static func loadReference(_ sources: DataSources, read: Reader, log: inout DiagnosticLog) -> ReferenceData {
        let regions = RegionFile.load(bytes(sources.regionsPath, read: read, log: &log) ?? [], file: sources.regionsPath, log: &log)
        let designations = DesignationFile.load(text(sources.designationsPath, read: read, log: &log), file: sources.designationsPath, log: &log)
        let book = PlanFile.load(text(sources.targetsPath, read: read, log: &log), file: sources.targetsPath, regions: regions,
                                 designations: designations, log: &log)
        return ReferenceData(regions: regions, designations: designations, book: book)
    }

    public static func load(_ sources: DataSources, read: Reader) -> DataSet {
        var log = DiagnosticLog()
        let reference = loadReference(sources, read: read, log: &log)
        var register = FirmRegister()
        for path in sources.registers {
            if let raw = bytes(path, read: read, log: &log) { register.load(raw, path: path, regions: reference.regions, log: &log) }
        }
        var recognitions = RecognitionTable()
        let loader = RecognitionLoader(regions: reference.regions, designations: reference.designations)
        for path in sources.recognitionPaths {
            if let raw = bytes(path, read: read, log: &log) {
                loader.load(consume raw, path: path, into: &recognitions, log: &log, defaults: sources.listDefaults)
            }
        }
        recognitions.finishLoading(log: &log, register: register)
        var observations = ObservationTable()
        let observationLoader = ObservationLoader(regions: reference.regions, metrics: Set(reference.book.metrics.map(\.code)))
        for path in sources.observationPaths {
            if let raw = bytes(path, read: read, log: &log, optional: sources.observations.isEmpty) {
                observationLoader.load(raw, path: path, into: &observations, log: &log)
            }
        }
        return DataSet(regions: reference.regions, designations: reference.designations, book: reference.book,
                       recognitions: recognitions, observations: observations, diagnostics: log)
    }

    private static func bytes(_ path: String, read: Reader, log: inout DiagnosticLog, optional: Bool = false) -> [UInt8]? {
        do { return try read(path) } catch let unusable as UnusableInput {
            log.add(Diagnostic(.error, file: path, line: 0, unusable.problem))
            return nil
        } catch {
            if !optional { log.add(Diagnostic(.error, file: path, line: 0, .cannotRead(String(describing: error)))) }
            return nil
        }
    }

    private static func text(_ path: String, read: Reader, log: inout DiagnosticLog) -> String {
        bytes(path, read: read, log: &log).map { TextDecoding.decode($0).string } ?? ""
    }
}

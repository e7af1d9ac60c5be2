import ArgumentParser
import ProgressModel

/// Where a command writes, shared by `report` and `export`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Write to this file (whole or not at all) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    @Option(name: .long, help: "Encoding of a CSV file: utf8 (with a byte order mark, for Excel) or gb18030.")
    var encoding: ExportEncoding = .utf8

    /// CSV text in the chosen encoding.
    func csvBytes(_ csv: String) throws -> [UInt8] {
        switch encoding {
        case .utf8: return [0xEF, 0xBB, 0xBF] + Array(csv.utf8)
        case .gb18030:
            guard let bytes = TextEncoding.encode(csv, to: "GB18030") else { throw ValidationError("cannot encode as GB18030") }
            return bytes
        }
    }

    /// Writes `bytes` to the output file, or to standard output.
    func deliver(_ bytes: [UInt8]) throws {
        do {
            if let output { try FileIO.writeAtomically(bytes, to: output, overwrite: force) } else { FileHandleOutput.standardOutput(bytes) }
        } catch {
            throw ValidationError(String(describing: error))
        }
    }
}

enum ExportEncoding: String, ExpressibleByArgument, CaseIterable {
    case utf8, gb18030
}

import ArgumentParser
import FileStore
import ProgressModel

/// Where a command writes, shared by `report` and `export`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Write to this file (whole or not at all) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    @Option(name: .long, help: "Encoding of a CSV file: utf8 (with a byte order mark, for Excel) or gb18030.")
    var encoding: ExportEncoding = .utf8

    /// Writes what `body` produces, as it produces it, to the output file (whole or not at all)
    /// or to standard output.
    func write(_ body: (inout BufferedOutput) throws -> Void) throws {
        let produce = { (file: BufferedOutput) in
            var output = file
            try body(&output)
        }
        if let output { try AtomicFile.write(to: output, overwrite: force, produce) } else { try BufferedOutput.toStandardOutput(produce) }
    }

    /// Writes CSV text, as `write` does, in the chosen encoding.
    func writeCSV(_ body: (inout CSVOutput) -> Void) throws {
        try write { file in
            var csv = CSVOutput(file, encoding: encoding)
            body(&csv)
            try csv.finish()
        }
    }
}

enum ExportEncoding: String, ExpressibleByArgument, CaseIterable {
    case utf8, gb18030
}

/// CSV on its way to a file: UTF-8 after a byte order mark (so that Excel reads it as UTF-8), or
/// GB18030 (what Excel in China expects), encoded a chunk at a time.
struct CSVOutput: TextOutputStream {
    private static let chunkSize = 1 << 16

    private let file: BufferedOutput
    private let encoding: ExportEncoding
    private var pending = ""
    private var unencodable = false

    init(_ file: BufferedOutput, encoding: ExportEncoding) {
        self.file = file
        self.encoding = encoding
        if encoding == .utf8 { file.write(bytes: [0xEF, 0xBB, 0xBF]) }
    }

    mutating func write(_ text: String) {
        guard encoding == .gb18030 else { return file.write(text) }
        pending += text
        if pending.utf8.count >= CSVOutput.chunkSize { encodePending() }
    }

    /// Writes what is left to encode; throws if some text had no GB18030 form.
    mutating func finish() throws {
        encodePending()
        if unencodable { throw ValidationError("cannot encode as GB18030") }
    }

    private mutating func encodePending() {
        guard !pending.isEmpty, !unencodable else { return }
        if let bytes = TextEncoding.encode(pending, to: "GB18030") { file.write(bytes: bytes) } else { unencodable = true }
        pending = ""
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Text on its way to a file descriptor, gathered into chunks: a million-row export costs a few
/// hundred writes and never more memory than one chunk. The first failure stops the writing and
/// is kept for the end, so that whatever produces the text needs no error handling of its own.
public final class BufferedOutput: TextOutputStream {
    static let chunkSize = 1 << 18

    private let descriptor: Int32
    private let operations: FileOperations
    private var buffer: [UInt8] = []
    /// The `errno` of the first failed write, or 0.
    private(set) var failure: Int32 = 0

    init(descriptor: Int32, operations: FileOperations) {
        self.descriptor = descriptor
        self.operations = operations
        buffer.reserveCapacity(BufferedOutput.chunkSize)
    }

    /// Writes the UTF-8 bytes of `text`.
    public func write(_ text: String) {
        guard failure == 0 else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= BufferedOutput.chunkSize { flush() }
    }

    /// Writes bytes as they are (a byte order mark, text in another encoding).
    public func write(bytes: [UInt8]) {
        guard failure == 0 else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= BufferedOutput.chunkSize { flush() }
    }

    /// Writes what is gathered (unless a write has failed already).
    func flush() {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while failure == 0 && offset < bytes.count {
                let written = operations.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written < 0 { failure = errno } else { offset += written }
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes standard output through a buffered output, as `body` produces it.
    public static func toStandardOutput(operations: FileOperations = .system, _ body: (BufferedOutput) throws -> Void) throws {
        let output = BufferedOutput(descriptor: STDOUT_FILENO, operations: operations)
        try body(output)
        output.flush()
        if output.failure != 0 { throw FileStoreError.writing("standard output", FileStoreError.systemReason(output.failure)) }
    }
}

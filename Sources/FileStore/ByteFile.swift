#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// Reading input files: the bytes, read straight into an array (no intermediate copy, so a
/// 150 MB list costs 150 MB). Only regular files are read, and only up to a limit, so that a
/// path such as /dev/zero, a named pipe or a runaway file fails at once with a clear reason
/// instead of hanging or exhausting memory. Input files are only ever opened for reading.
public enum ByteFile {
    /// The largest input read unless a caller asks otherwise: 4 GiB.
    public static let defaultLimit = 4 << 30
    /// Files from this size on are read on every core at once.
    static let parallelAbove = 16 << 20

    public static func read(_ path: String, limit: Int = defaultLimit) throws -> [UInt8] {
        var info = stat()
        // Looked at before opening: opening a named pipe waits for a writer, and opening some
        // devices has effects of its own.
        guard stat(path, &info) == 0 else { throw FileStoreError.reading(path, FileStoreError.systemReason(errno)) }
        try requireRegular(info, path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw FileStoreError.reading(path, FileStoreError.systemReason(errno)) }
        defer { close(descriptor) }
        // The file opened may not be the one looked at, if the path changed in between.
        guard fstat(descriptor, &info) == 0 else { throw FileStoreError.reading(path, FileStoreError.systemReason(errno)) }
        try requireRegular(info, path)
        let size = max(Int(info.st_size), 0)
        guard size <= limit else { throw tooLarge(path, limit: limit) }
        var failure: Int32 = 0
        // A large file is read in stretches on every core at once (`pread` at each stretch's
        // offset): most of reading a list of 150 MB is the kernel copying pages, which one core
        // alone does in a tenth of the time the whole load takes.
        func fillInParallel(_ capacity: Int) -> [UInt8] {
            let stretches = 4
            let size = (capacity + stretches - 1) / stretches
            var failures = [Int32](repeating: 0, count: stretches)
            var filled = [Int](repeating: 0, count: stretches)
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                nonisolated(unsafe) let base = buffer.baseAddress!
                failures.withUnsafeMutableBufferPointer { failures in
                    filled.withUnsafeMutableBufferPointer { filled in
                        nonisolated(unsafe) let failures = failures, filled = filled
                        DispatchQueue.concurrentPerform(iterations: stretches) { stretch in
                            let start = stretch * size, end = min(capacity, start + size)
                            var at = start
                            while at < end {
                                let got = pread(descriptor, base + at, end - at, off_t(at))
                                if got < 0 && errno == EINTR { continue }
                                if got < 0 { failures[stretch] = errno; break }
                                if got == 0 { break }
                                at += got
                            }
                            filled[stretch] = at - start
                        }
                    }
                }
                // Whole only if every stretch is: a file that shrank meanwhile is read again.
                count = zip(0..<stretches, filled).allSatisfy { $0 * size + $1 == min(capacity, ($0 + 1) * size) } ? capacity : 0
            }
            if let error = failures.first(where: { $0 != 0 }) { failure = error }
            return bytes
        }
        func fill(_ capacity: Int) -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var filled = 0
                while filled < capacity {
                    let got = Glibc.read(descriptor, buffer.baseAddress! + filled, capacity - filled)
                    if got < 0 && errno == EINTR { continue }
                    if got < 0 { failure = errno; break }
                    if got == 0 { break }
                    filled += got
                }
                count = filled
            }
        }
        // One read of the size the file has now, and one byte more to see whether it grew
        // meanwhile; if it did, the rest in parts, never past the limit.
        if size >= ByteFile.parallelAbove && size <= limit {
            let whole = fillInParallel(size)
            if failure != 0 { throw FileStoreError.reading(path, FileStoreError.systemReason(failure)) }
            // The file grew or shrank while it was read: read it again in one pass.
            if whole.count == size && lseek(descriptor, off_t(size), SEEK_SET) == off_t(size) && fill(1).isEmpty { return whole }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw FileStoreError.reading(path, FileStoreError.systemReason(errno)) }
        }
        var bytes = fill(min(size, limit) + 1)
        if bytes.count == size + 1 {
            while failure == 0 && bytes.count <= limit {
                let more = fill(min(1 << 20, limit + 1 - bytes.count))
                bytes += more
                if more.isEmpty { break }
            }
        }
        if failure != 0 { throw FileStoreError.reading(path, FileStoreError.systemReason(failure)) }
        guard bytes.count <= limit else { throw tooLarge(path, limit: limit) }
        return bytes
    }

    private static func requireRegular(_ info: stat, _ path: String) throws {
        guard FileKind.isRegular(info.st_mode) else {
            throw FileStoreError.reading(path, FileKind.name(info.st_mode) + ", not a regular file")
        }
    }

    private static func tooLarge(_ path: String, limit: Int) -> FileStoreError {
        FileStoreError.reading(path, "larger than the limit of \(sizeText(limit)) for an input file")
    }

    /// `4 GiB`, `512 KiB`, `1000 bytes`: a size as it was most likely chosen.
    static func sizeText(_ bytes: Int) -> String {
        for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}

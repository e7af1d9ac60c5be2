#if canImport(Glibc)
import Glibc
#endif

/// Reading input files: the bytes, read straight into an array (no intermediate copy, so a
/// 150 MB list costs 150 MB). Input files are only ever opened for reading.
public enum ByteFile {
    public static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw AtomicFile.Failure(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw AtomicFile.Failure(String(cString: strerror(errno))) }
        if info.st_mode & S_IFMT == S_IFDIR { throw AtomicFile.Failure("a directory, not a file") }
        var failure: Int32 = 0
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
        // One read of the size the file has now; more only if it grew meanwhile (or is a pipe).
        let expected = max(Int(info.st_size), 0) + 1
        var bytes = fill(expected)
        if bytes.count == expected {
            while failure == 0 {
                let more = fill(1 << 20)
                bytes += more
                if more.count < 1 << 20 { break }
            }
        }
        if failure != 0 { throw AtomicFile.Failure(String(cString: strerror(failure))) }
        return bytes
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// The system calls that put an output on disk. Tests replace one with a failing version, as a
/// full disk, a failing device or a lost race would make it fail; running as root, no
/// permission setting could make them fail otherwise.
public struct FileOperations: Sendable {
    /// `write(2)`: bytes written, or -1 with `errno` set.
    public var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int
    /// `fsync(2)` of a file or a directory: 0, or -1 with `errno` set.
    public var sync: @Sendable (Int32) -> Int32
    /// `rename(2)`, to replace a file: 0, or -1 with `errno` set.
    public var rename: @Sendable (String, String) -> Int32
    /// `link(2)`, to place a file where none exists: 0, or -1 with `errno` set.
    public var link: @Sendable (String, String) -> Int32

    public static let system = FileOperations(
        write: { descriptor, bytes, count in Glibc.write(descriptor, bytes, count) },
        sync: { descriptor in fsync(descriptor) },
        rename: { from, to in Glibc.rename(from, to) },
        link: { from, to in Glibc.link(from, to) })
}

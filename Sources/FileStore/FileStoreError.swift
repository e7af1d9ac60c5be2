#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be read or written, in one line that names the file and gives the
/// operating system's reason where it gave one (`cannot read big.csv: Permission denied`).
/// Every FileStore failure is one of these, so that the command line can tell input and
/// output failures (exit status 74) from bad data.
public struct FileStoreError: Error, CustomStringConvertible, Equatable {
    public let description: String
    /// What went wrong without the path, for messages that name the path already.
    public let reason: String

    public init(_ description: String, reason: String? = nil) {
        self.description = description
        self.reason = reason ?? description
    }

    /// Two failures are the same when they say the same.
    public static func == (a: FileStoreError, b: FileStoreError) -> Bool { a.description == b.description }

    static func reading(_ path: String, _ reason: String) -> FileStoreError {
        FileStoreError("cannot read \(path): \(reason)", reason: reason)
    }

    static func writing(_ path: String, _ reason: String) -> FileStoreError {
        FileStoreError("cannot write \(path): \(reason)", reason: reason)
    }

    /// The operating system's words for an `errno` value.
    static func systemReason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// What a file is, in words, for refusing anything but a regular file.
enum FileKind {
    static func isRegular(_ mode: mode_t) -> Bool { mode & S_IFMT == S_IFREG }
    static func isSymbolicLink(_ mode: mode_t) -> Bool { mode & S_IFMT == S_IFLNK }

    static func name(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }
}

/// A text output stream that counts the bytes written to it and keeps none: an export measured
/// as a file would receive it, without the file.
public struct ByteCount: TextOutputStream {
    public private(set) var bytes = 0

    public init() {}

    public mutating func write(_ text: String) { bytes += text.utf8.count }
}

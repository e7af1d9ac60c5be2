#if canImport(Glibc)
import Glibc
#endif

/// Where to cut a CSV text into parts that can be read at the same time: at line ends that lie
/// outside quoted fields.
enum ChunkSplit {
    /// Part boundaries from `start` to the end of `text`, `parts` parts at most; texts of
    /// `splitAbove` bytes or fewer after `start` are not cut. Without any `"` in the text every line end is a record end; otherwise a line end
    /// counts when an even number of quotes precede it (checked after reading, see the loader).
    static func bounds(_ text: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int, splitAbove: Int = 1 << 20) -> [Int] {
        let n = text.count
        guard parts > 1, n - start > splitAbove, let base = text.baseAddress else { return [start, n] }
        let quote = Int32(UInt8(ascii: "\""))
        let hasQuotes = memchr(base + start, quote, n - start) != nil
        var bounds = [start]
        var inQuotes = false
        var scanned = start
        for part in 1..<parts {
            var cut = start + (n - start) * part / parts
            guard cut > bounds.last! else { continue }
            if hasQuotes {
                while scanned < cut {
                    if text[scanned] == UInt8(ascii: "\"") { inQuotes.toggle() }
                    scanned += 1
                }
                while cut < n && (inQuotes || text[cut] != 0x0A) {
                    if text[cut] == UInt8(ascii: "\"") { inQuotes.toggle() }
                    cut += 1
                }
                scanned = cut
            } else {
                guard let found = memchr(base + cut, 0x0A, n - cut) else { break }
                cut = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            guard cut + 1 < n else { break }
            bounds.append(cut + 1)
        }
        bounds.append(n)
        return bounds
    }
}

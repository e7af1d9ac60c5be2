import Dispatch

/// Work split across the machine's cores: a million rows are parsed, and a million firms
/// followed, in as many parts as there are cores, then put together in order.
public enum Parallel {
    /// How many parts to cut work into.
    public static var parts: Int { max(1, min(8, activeProcessorCount)) }

    private static let activeProcessorCount: Int = {
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 2
        #endif
    }()

    /// `body(0) … body(count - 1)`, run concurrently, results in index order.
    @inlinable
    public static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 { return (0..<count).map(body) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let work = body
            nonisolated(unsafe) let slots = results
            DispatchQueue.concurrentPerform(iterations: count) { index in slots[index] = work(index) }
        }
        return results.map { $0! }
    }
}
#if canImport(Glibc)
import Glibc
#endif

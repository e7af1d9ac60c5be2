/// A list that is emptied and filled again many times (once per firm and more): it keeps its
/// storage and its own count, because `Array.removeAll(keepingCapacity:)` goes through the
/// generic `replaceSubrange` and showed up in profiles of the million-row load.
struct ReusableBuffer<Element> {
    private(set) var storage: [Element] = []
    private(set) var count = 0

    mutating func removeAll() { count = 0 }

    mutating func append(_ element: Element) {
        if count < storage.count { storage[count] = element } else { storage.append(element) }
        count += 1
    }

    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    var last: Element? { count > 0 ? storage[count - 1] : nil }
}

extension ReusableBuffer where Element: Comparable {
    /// Sorts the elements (insertion sort: these lists hold a handful).
    mutating func sort() {
        guard count > 1 else { return }
        for i in 1..<count {
            let element = storage[i]
            var j = i - 1
            while j >= 0 && storage[j] > element {
                storage[j + 1] = storage[j]
                j -= 1
            }
            storage[j + 1] = element
        }
    }
}

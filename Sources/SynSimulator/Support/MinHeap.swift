/// A binary min-heap: O(log n) insertion and removal of the smallest element.
struct MinHeap<Element: Comparable & Sendable>: Sendable {
  /// The elements in heap order (not sorted); for scans that need all of them.
  private(set) var elements: [Element] = []

  var first: Element? { elements.first }

  mutating func insert(_ element: Element) {
    elements.append(element)
    var child = elements.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard elements[child] < elements[parent] else { break }
      elements.swapAt(child, parent)
      child = parent
    }
  }

  var count: Int { elements.count }

  /// Removes the elements `shouldBeRemoved` picks; the rest come out in the same order as before.
  mutating func removeAll(where shouldBeRemoved: (Element) -> Bool) {
    let kept = elements.filter { !shouldBeRemoved($0) }
    elements = []
    elements.reserveCapacity(kept.count)
    for element in kept { insert(element) }
  }

  /// Removes and returns the smallest element.
  mutating func popFirst() -> Element? {
    guard !elements.isEmpty else { return nil }
    elements.swapAt(0, elements.count - 1)
    let smallest = elements.removeLast()
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var smallestChild = parent
      if left < elements.count, elements[left] < elements[smallestChild] { smallestChild = left }
      if right < elements.count, elements[right] < elements[smallestChild] { smallestChild = right }
      guard smallestChild != parent else { break }
      elements.swapAt(parent, smallestChild)
      parent = smallestChild
    }
    return smallest
  }
}

extension MinHeap: Codable where Element: Codable {}

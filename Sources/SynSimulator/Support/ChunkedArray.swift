/// An array kept in chunks of a fixed size, for a store that only grows at
/// its end: appending never moves what is stored already.
///
/// Why not `Array`: an array that fills doubles by copying itself, so for a
/// moment it takes three times its elements' size, and then up to twice what
/// it holds. 100,000 profiles (80 bytes each) peaked at 16 MB for 8 MB of
/// profiles; in chunks they take what they hold plus one part-filled chunk.
struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
  /// Elements a chunk holds: a power of two, so finding one is a shift and a mask.
  private static var chunkShift: Int { 12 }
  private static var chunkMask: Int { (1 << chunkShift) - 1 }

  private var chunks: [[Element]] = []
  private(set) var endIndex = 0

  init() {}

  init(_ elements: some Sequence<Element>) {
    for element in elements { append(element) }
  }

  var startIndex: Int { 0 }

  subscript(position: Int) -> Element {
    get {
      precondition(position >= 0 && position < endIndex, "index out of range")
      return chunks[position >> Self.chunkShift][position & Self.chunkMask]
    }
    set {
      precondition(position >= 0 && position < endIndex, "index out of range")
      chunks[position >> Self.chunkShift][position & Self.chunkMask] = newValue
    }
  }

  /// A new chunk reserves its whole size at once. A store of a few records
  /// costs no more for it: a chunk is larger than malloc's mmap threshold, and
  /// the system backs only the pages written (growing the chunk by doubling
  /// instead was measured at 2 MB more for 100,000 profiles).
  mutating func append(_ element: Element) {
    if endIndex & Self.chunkMask == 0 {
      var chunk: [Element] = []
      chunk.reserveCapacity(Self.chunkMask + 1)
      chunks.append(chunk)
    }
    chunks[chunks.count - 1].append(element)
    endIndex += 1
  }
}

extension ChunkedArray: Sendable where Element: Sendable {}

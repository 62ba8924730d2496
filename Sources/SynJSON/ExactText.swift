/// JSON compares strings code point by code point, while Swift's `String ==`
/// uses canonical equivalence (`"é" == "e\u{301}"`). These helpers give the
/// JSON notion, comparing the UTF-8 bytes (which is the same thing for valid
/// Unicode text).
extension String {
  /// Whether both strings hold exactly the same Unicode scalars.
  @inlinable
  package func hasSameScalars(as other: String) -> Bool {
    // Swift's `==` is fast and never false for scalar-equal strings, so it
    // settles the common unequal case; equal ones are confirmed byte by byte.
    guard self == other else { return false }
    guard utf8.count == other.utf8.count else { return false }
    let sameBytes = utf8.withContiguousStorageIfAvailable { left in
      other.utf8.withContiguousStorageIfAvailable { right in left.elementsEqual(right) }
    }
    return (sameBytes ?? nil) ?? utf8.elementsEqual(other.utf8)
  }

  /// Feeds the string into `hasher`, consistently with `hasSameScalars(as:)`:
  /// Swift's string hash already agrees for canonically equivalent strings,
  /// so it agrees for scalar-equal ones.
  package func hashScalars(into hasher: inout Hasher) {
    hasher.combine(self)
  }
}

/// A dictionary key that compares strings by their scalars, not by canonical equivalence.
struct ExactKey: Hashable {
  let text: String

  init(_ text: String) {
    self.text = text
  }

  static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
    lhs.text.hasSameScalars(as: rhs.text)
  }

  func hash(into hasher: inout Hasher) {
    text.hashScalars(into: &hasher)
  }
}

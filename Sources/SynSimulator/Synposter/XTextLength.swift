import Foundation

/// The length X gives a post's text: twitter-text `config/v3.json`.
///
/// The text is NFC-normalised (`e` + U+0301 weighs 1, as `é` does) and its
/// ends are trimmed of whitespace. Every URL `XURLFinder` finds counts 23,
/// bare domains included; every emoji 2; other code points count 1 in
/// U+0000–10FF, U+2000–200D, U+2010–201F and U+2032–2037, and 2 everywhere
/// else (CJK, for instance).
enum XTextLength {
  static let limit = 280
  static let urlLength = 23

  static func weightedLength(of text: String) -> Int {
    let scalars = trimmed(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    var length = 0
    var segmentStart = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if let end = XURLFinder.end(ofURLStartingAt: index, in: scalars) {
        length += weight(of: scalars[segmentStart..<index]) + urlLength
        index = end
        segmentStart = end
      } else {
        index += 1
      }
    }
    return length + weight(of: scalars[segmentStart...])
  }

  /// `text` without whitespace at either end.
  static func trimmingWhitespace(_ text: String) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: trimmed(Array(text.unicodeScalars)))
    return String(view)
  }

  private static func trimmed(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return [] }
    return scalars[first...last]
  }

  /// Text without URLs: emoji (whole grapheme clusters) count 2, other code points by range.
  private static func weight(of scalars: ArraySlice<Unicode.Scalar>) -> Int {
    guard !scalars.isEmpty else { return 0 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    var length = 0
    for character in String(view) {
      if isEmoji(character) {
        length += 2
      } else {
        for scalar in character.unicodeScalars { length += weight(of: scalar) }
      }
    }
    return length
  }

  private static func weight(of scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x0000...0x10FF, 0x2000...0x200D, 0x2010...0x201F, 0x2032...0x2037: 1
    default: 2
    }
  }

  /// An emoji: a cluster starting with an emoji-presentation code point, or
  /// an emoji code point made one by a variation selector, keycap or skin tone.
  private static func isEmoji(_ character: Character) -> Bool {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return false }
    if first.properties.isEmojiPresentation { return true }
    guard first.properties.isEmoji, scalars.count > 1 else { return false }
    return scalars.contains { $0.value == 0xFE0F || $0.value == 0x20E3 || (0x1F3FB...0x1F3FF).contains($0.value) }
  }
}

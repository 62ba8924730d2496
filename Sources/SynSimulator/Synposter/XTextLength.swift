/// The length X gives a post's text: twitter-text `config/v3.json`.
///
/// The ends are trimmed of whitespace first. Every `http://` or `https://`
/// URL counts 23, every emoji 2; other code points count 1 in U+0000–10FF,
/// U+2000–200D, U+2010–201F and U+2032–2037, and 2 everywhere else (CJK,
/// for instance). Text is measured as given, without NFC normalisation, and
/// bare domains without a scheme count as plain text.
enum XTextLength {
  static let limit = 280
  static let urlLength = 23

  static func weightedLength(of text: String) -> Int {
    let scalars = trimmed(Array(text.unicodeScalars))
    var length = 0
    var segmentStart = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if let end = urlEnd(in: scalars, startingAt: index) {
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

  /// Where the URL starting at `start` ends: `http://` or `https://` after a
  /// non-alphanumeric, a host with a dot, up to whitespace, without trailing
  /// punctuation or an unbalanced `)`. Nil when no URL starts there.
  private static func urlEnd(in scalars: ArraySlice<Unicode.Scalar>, startingAt start: Int) -> Int? {
    if start > scalars.startIndex, isAlphanumeric(scalars[start - 1]) { return nil }
    guard let hostStart = schemeEnd(in: scalars, startingAt: start) else { return nil }
    var end = hostStart
    while end < scalars.endIndex, !scalars[end].properties.isWhitespace, !"<>\"".unicodeScalars.contains(scalars[end]) {
      end += 1
    }
    while end > hostStart {
      let last = scalars[end - 1]
      let isTrailingPunctuation = ".,;:!?]}'".unicodeScalars.contains(last)
      let closesNothing = last == ")" && !hasUnclosedParenthesis(scalars[hostStart..<end - 1])
      guard isTrailingPunctuation || closesNothing else { break }
      end -= 1
    }
    let host = scalars[hostStart..<end].prefix { !"/?#".unicodeScalars.contains($0) }
    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isHostCharacter) }) else { return nil }
    return end
  }

  /// The index after `http://` or `https://` (any case) at `start`.
  private static func schemeEnd(in scalars: ArraySlice<Unicode.Scalar>, startingAt start: Int) -> Int? {
    for scheme in ["https://", "http://"] {
      let pattern = Array(scheme.unicodeScalars)
      guard start + pattern.count <= scalars.endIndex else { continue }
      let candidate = scalars[start..<start + pattern.count]
      if zip(candidate, pattern).allSatisfy({ asciiLowercased($0) == $1 }) { return start + pattern.count }
    }
    return nil
  }

  private static func hasUnclosedParenthesis(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalars.filter { $0 == "(" }.count > scalars.filter { $0 == ")" }.count
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }

  private static func isHostCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || scalar == "-" || scalar == ":" || scalar == "_"
  }

  private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
  }
}

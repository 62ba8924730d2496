/// Finds URLs in a tweet as twitter-text's extractor does with its default
/// settings (`extractUrlsWithoutProtocol: true`): `http://` and `https://`
/// URLs, and bare domains such as `synposter.io` or `example.com/path`. Either
/// way the domain must end in a known top-level domain (`TopLevelDomains`), so
/// `http://localhost` and `node.js` are plain text. docs/synposter-rules.md,
/// "X URLs", lists where this departs from twitter-text.
enum XURLFinder {
  /// Where the URL starting at `start` ends; nil when none starts there.
  static func end(ofURLStartingAt start: Int, in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    let before = start > scalars.startIndex ? scalars[start - 1] : nil
    if let before, mayNotPrecedeURL(before) { return nil }
    let schemeEnd = schemeEnd(in: scalars, startingAt: start)
    // A bare domain right after `-`, `_`, `.` or `/` is part of something else.
    if schemeEnd == nil, let before, "-_./".unicodeScalars.contains(before) { return nil }
    guard var end = domainEnd(in: scalars, from: schemeEnd ?? start, asciiOnly: schemeEnd == nil) else { return nil }
    if end + 1 < scalars.endIndex, scalars[end] == ":", isASCIIDigit(scalars[end + 1]) {
      end = scalars[(end + 1)...].firstIndex { !isASCIIDigit($0) } ?? scalars.endIndex
    }
    if end < scalars.endIndex, scalars[end] == "/" || scalars[end] == "?" {
      end = pathEnd(in: scalars, from: end)
    }
    return end
  }

  /// Letters and digits, and `@ $ #` (mentions, cashtags, hashtags) and
  /// bidirectional controls, which twitter-text lets no URL follow.
  private static func mayNotPrecedeURL(_ scalar: Unicode.Scalar) -> Bool {
    isASCIIAlphanumeric(scalar) || "@＠$#＃".unicodeScalars.contains(scalar) || (0x202A...0x202E).contains(scalar.value)
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

  /// The end of the longest run of two or more dot-separated labels from
  /// `start` whose last label is a known top-level domain and is not followed
  /// by `@` or `+` (an e-mail address or a phone number). Without a scheme,
  /// labels are ASCII.
  private static func domainEnd(in scalars: ArraySlice<Unicode.Scalar>, from start: Int, asciiOnly: Bool) -> Int? {
    var labels: [Range<Int>] = []
    var index = start
    while true {
      let labelStart = index
      while index < scalars.endIndex, isLabelCharacter(scalars[index], asciiOnly: asciiOnly) { index += 1 }
      guard index > labelStart else { break }
      labels.append(labelStart..<index)
      guard index < scalars.endIndex, scalars[index] == "." else { break }
      index += 1
    }
    guard labels.count >= 2 else { return nil }
    for label in labels.dropFirst().reversed() where TopLevelDomains.contains(scalars[label]) {
      if label.upperBound < scalars.endIndex, "@+".unicodeScalars.contains(scalars[label.upperBound]) { continue }
      return label.upperBound
    }
    return nil
  }

  /// The end of a path or query starting at `start`: up to whitespace or
  /// `< > "`, without trailing punctuation or an unbalanced `)`.
  private static func pathEnd(in scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
    var end = start
    while end < scalars.endIndex, !scalars[end].properties.isWhitespace, !"<>\"".unicodeScalars.contains(scalars[end]) {
      end += 1
    }
    while end > start {
      let last = scalars[end - 1]
      let isTrailingPunctuation = ".,;:!?]}'".unicodeScalars.contains(last)
      let closesNothing = last == ")" && !hasUnclosedParenthesis(scalars[start..<end - 1])
      guard isTrailingPunctuation || closesNothing else { break }
      end -= 1
    }
    return end
  }

  private static func hasUnclosedParenthesis(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalars.filter { $0 == "(" }.count > scalars.filter { $0 == ")" }.count
  }

  private static func isLabelCharacter(_ scalar: Unicode.Scalar, asciiOnly: Bool) -> Bool {
    if scalar == "-" || scalar == "_" || isASCIIAlphanumeric(scalar) { return true }
    return !asciiOnly && scalar.properties.isAlphabetic
  }

  private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || isASCIIDigit(scalar)
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
  }
}

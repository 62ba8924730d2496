/// The pattern of `matches`: a `/regex/` literal or a string value. Patterns
/// written in the script are compiled here with Swift's `Regex`, so that a
/// bad one is reported with its location before anything runs.
extension Parser {
  /// Parses the pattern at `start`.
  mutating func parsePattern(at start: Int) throws(ParseFailure) -> Value {
    guard bytes[start] == Byte.slash else {
      let value = try parseValue(at: start)
      switch value {
      case .rawString(let pattern):
        try validateRegex(pattern, at: start)
      case .string(let string):
        if let pattern = string.constantText { try validateRegex(pattern, at: start) }
      default:
        break
      }
      return value
    }
    let pattern = try scanRegexLiteral()
    try expectBoundary(after: "the regular expression", startingAt: start)
    try validateRegex(pattern, at: start)
    return .regex(pattern)
  }

  /// Reads `/.../` at the cursor: a `\` escapes the next character, and `\/`
  /// stands for `/`. The literal must close on its line.
  mutating func scanRegexLiteral() throws(ParseFailure) -> String {
    let open = position
    var pattern: [UInt8] = []
    var offset = open + 1
    while offset < bytes.count, bytes[offset] != Byte.slash, bytes[offset] != Byte.newline {
      if bytes[offset] == Byte.backslash, let next = byte(at: offset + 1), next != Byte.newline {
        if next != Byte.slash { pattern.append(Byte.backslash) }
        pattern.append(next)
        offset += 2
      } else {
        pattern.append(bytes[offset])
        offset += 1
      }
    }
    guard offset < bytes.count, bytes[offset] == Byte.slash else {
      throw ParseFailure(
        "unterminated regular expression: missing the closing '/' before the end of the line", at: open,
        resume: .skipStatement(from: offset))
    }
    guard offset > open + 1 else { throw failure("empty regular expression '//'", at: open) }
    position = offset + 1
    return String(decoding: pattern, as: UTF8.self)
  }

  func validateRegex(_ pattern: String, at start: Int) throws(ParseFailure) {
    do {
      _ = try Regex(pattern)
    } catch {
      throw ParseFailure(
        "invalid regular expression: \(error)", at: start, resume: .skipStatement(from: position))
    }
  }
}

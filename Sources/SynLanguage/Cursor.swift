/// Token-level reading: blanks, line continuations, comments, statement ends
/// and the boundaries between tokens.
extension Parser {
  /// The byte at `offset`, or `nil` past the end.
  @inline(__always)
  func byte(at offset: Int) -> UInt8? {
    offset < bytes.count ? bytes[offset] : nil
  }

  /// Whether `offset` holds a `\` that continues the statement on the next
  /// line: only blanks may follow it before the line break (or the end).
  func isContinuation(at offset: Int) -> Bool {
    SourceText.isContinuation(in: bytes, at: offset)
  }

  /// Whether a token ends before `offset`: a blank, a line break, a line
  /// continuation or the end of the text.
  @inline(__always)
  func isBoundary(at offset: Int) -> Bool {
    guard offset < bytes.count else { return true }
    let byte = bytes[offset]
    if Byte.isBlank(byte) || byte == Byte.newline { return true }
    return byte == Byte.backslash && isContinuation(at: offset)
  }

  /// Whether the statement ends at `offset`: the end of the text, a line
  /// break, or a `#` comment (a `#` at the start of a line or after a blank).
  func isStatementEnd(at offset: Int) -> Bool {
    guard offset < bytes.count else { return true }
    let byte = bytes[offset]
    if byte == Byte.newline { return true }
    guard byte == Byte.hash else { return false }
    if offset <= textStart { return true }
    let previous = bytes[offset - 1]
    return Byte.isBlank(previous) || previous == Byte.newline
  }

  /// Skips blanks and `\` line continuations. A `\` with nothing after it
  /// but blanks marks the text as unfinished.
  mutating func skipBlanks() {
    while position < bytes.count {
      let byte = bytes[position]
      if Byte.isBlank(byte) {
        position += 1
      } else if byte == Byte.backslash, isContinuation(at: position) {
        position += 1
        while position < bytes.count, Byte.isBlank(bytes[position]) { position += 1 }
        if position == bytes.count {
          endedInsideConstruct = true
        } else {
          position += 1
        }
      } else {
        return
      }
    }
  }

  /// Moves past the end of the current statement: its comment and line break.
  mutating func consumeStatementEnd() {
    if byte(at: position) == Byte.hash {
      while position < bytes.count, bytes[position] != Byte.newline { position += 1 }
    }
    if position < bytes.count { position += 1 }
  }

  /// Skips blanks and returns the offset of the next token of the statement,
  /// or `nil` (leaving the cursor on the statement's end) when there is none.
  mutating func nextToken() -> Int? {
    skipBlanks()
    return isStatementEnd(at: position) ? nil : position
  }

  /// The offset just past the run of token bytes starting at `start`.
  func tokenEnd(from start: Int) -> Int {
    var end = start
    while !isBoundary(at: end) { end += 1 }
    return end
  }

  /// Whether the token at `start` is exactly `word`.
  func isWord(_ word: StaticString, at start: Int) -> Bool {
    let count = word.utf8CodeUnitCount
    guard start + count <= bytes.count, isBoundary(at: start + count) else { return false }
    return word.withUTF8Buffer { expected in
      var index = 0
      while index < count {
        if bytes[start + index] != expected[index] { return false }
        index += 1
      }
      return true
    }
  }

  /// Whether `range` spells an identifier, `[A-Za-z_][A-Za-z0-9_-]*`.
  func isIdentifier(_ range: Range<Int>) -> Bool {
    guard let first = range.first, Byte.isIdentifierStart(bytes[first]) else { return false }
    return bytes[range].dropFirst().allSatisfy(Byte.isIdentifierContinuation)
  }

  /// The offset just past an identifier starting at `start` (`start` itself when there is none).
  func identifierEnd(from start: Int, hyphens: Bool = true) -> Int {
    guard let first = byte(at: start), Byte.isIdentifierStart(first) else { return start }
    var end = start + 1
    while let next = byte(at: end),
      hyphens ? Byte.isIdentifierContinuation(next) : Byte.isInterpolationContinuation(next)
    {
      end += 1
    }
    return end
  }

  /// Where a missing token would go: one column after the token that ended at `end`.
  func insertionPoint(after end: Int) -> Int {
    if let next = byte(at: end), next == Byte.space || next == Byte.tab { return end + 1 }
    return end
  }

  /// The token at `offset`, quoted for a message and shortened when long:
  /// `'profil'`, `'{"a": ...'`, or `end of line`.
  func describeToken(at offset: Int) -> String {
    guard offset < bytes.count, bytes[offset] != Byte.newline else { return "end of line" }
    var end = offset
    var scalars = 0
    while !isBoundary(at: end), scalars <= 40 {
      if bytes[end] & 0xC0 != 0x80 { scalars += 1 }
      end += 1
    }
    if end == offset { end = offset + 1 }
    if scalars > 40 {
      var cut = end - 1
      while cut > offset, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
      return "'" + text(offset..<cut) + "...'"
    }
    return "'" + text(offset..<end) + "'"
  }

  /// The source text of a statement spanning `range`: continuation lines
  /// joined by one space, each trimmed, without the `\` that continued them.
  func statementText(_ range: Range<Int>) -> String {
    SourceText.statementText(in: bytes, range)
  }
}

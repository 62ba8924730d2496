/// Getting back in step after an error: the rest of the statement is skipped
/// the way it would have been read (strings to their closing quote, JSON
/// literals to their closing bracket, across lines), so that the next error
/// reported is a real one and not the tail of the previous statement.
extension Parser {
  /// Skips from `offset` to the start of the next statement.
  ///
  /// With `endingInBlockBrace`, for a block header, a lone `{` that ends the
  /// statement is the opener of a block rather than a JSON literal: its
  /// offset is returned.
  @discardableResult
  mutating func skipStatement(from offset: Int, endingInBlockBrace: Bool = false) -> Int? {
    position = offset
    while true {
      skipBlanks()
      if isStatementEnd(at: position) {
        consumeStatementEnd()
        return nil
      }
      if endingInBlockBrace, isWord("{", at: position) {
        let brace = position
        position += 1
        skipBlanks()
        if isStatementEnd(at: position) {
          consumeStatementEnd()
          return brace
        }
        position = brace
      }
      skipTokenLeniently()
    }
  }

  /// Skips one token from the cursor, without judging it.
  private mutating func skipTokenLeniently() {
    var startsValue = true
    repeat {
      let byte = bytes[position]
      if byte == Byte.quote || byte == Byte.apostrophe {
        skipQuotedLeniently()
        startsValue = false
      } else if startsValue, byte == Byte.leftBrace || byte == Byte.leftBracket {
        skipBracketsLeniently()
        startsValue = false
      } else {
        // A value may follow an item's operator directly: `key={...}`, `key:=[...]`.
        startsValue = byte == Byte.equals || byte == Byte.colon
        position += 1
      }
    } while !isBoundary(at: position)
  }

  /// Skips a quoted string from its opening quote to its closing one, or to
  /// the end of the line when it is unterminated.
  private mutating func skipQuotedLeniently() {
    let quote = bytes[position]
    position += 1
    while position < bytes.count {
      let byte = bytes[position]
      if byte == quote {
        position += 1
        return
      }
      if byte == Byte.newline { return }
      position += byte == Byte.backslash ? 2 : 1
    }
    position = min(position, bytes.count)
  }

  /// Skips a bracketed JSON literal to its matching close, across lines.
  ///
  /// A close of the wrong kind (`[1}`) closes the innermost open bracket of
  /// its kind and those inside it, as if their closes were missing; one that
  /// matches nothing open is passed over. So the `}` of an enclosing block on
  /// the next line is not taken for the literal's. When the brackets never balance, the skip stops at the end of the line
  /// the literal started on, so the following lines are read as statements.
  /// Looking ahead to the end of the text is allowed `multiLineSkipLimit`
  /// times per parse; after that a skip never leaves its line.
  private mutating func skipBracketsLeniently() {
    let mayCrossLines = multiLineSkipsLeft > 0
    var firstLineEnd: Int?
    var expectedCloses: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case Byte.leftBrace:
        expectedCloses.append(Byte.rightBrace)
      case Byte.leftBracket:
        expectedCloses.append(Byte.rightBracket)
      case Byte.rightBrace, Byte.rightBracket:
        guard let innermost = expectedCloses.lastIndex(of: byte) else { break }
        expectedCloses.removeSubrange(innermost...)
        if expectedCloses.isEmpty {
          position += 1
          return
        }
      case Byte.quote:
        skipQuotedLeniently()
        continue
      case Byte.newline:
        if firstLineEnd == nil { firstLineEnd = position }
        if !mayCrossLines { return }
      default:
        break
      }
      position += 1
    }
    if mayCrossLines { multiLineSkipsLeft -= 1 }
    position = firstLineEnd ?? bytes.count
  }
}

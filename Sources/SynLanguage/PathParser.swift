import SynJSON

/// Variable references and jq-style paths (spec section 2):
/// `$alice.id`, `$p.data[0].name`, `${name.path}`, `.id`, `.data[-1]`,
/// `.data[*].id`, `.["key with space"]` and `.` alone.
extension Parser {
  /// Parses the response path at the cursor, a `.`.
  mutating func parseResponsePath() throws(ParseFailure) -> JSONPath {
    let dot = position
    if isBoundary(at: dot + 1) {
      position = dot + 1
      return JSONPath()
    }
    return JSONPath(steps: try parseSteps())
  }

  /// Parses the variable reference at the cursor, a `$`: `$name` followed by
  /// path steps, or `${name.path}`. Names are identifiers and may contain `-`.
  mutating func parseVariableReference() throws(ParseFailure) -> VariableReference {
    let dollar = position
    if byte(at: dollar + 1) == Byte.leftBrace { return try parseBracedReference() }
    let nameEnd = identifierEnd(from: dollar + 1)
    guard nameEnd > dollar + 1 else {
      throw failure("expected a variable name after '$', like $alice or $alice.id", at: dollar)
    }
    position = nameEnd
    return VariableReference(name: text(dollar + 1..<nameEnd), path: JSONPath(steps: try parseSteps()))
  }

  /// Parses an interpolation at the cursor, a `$` inside a string or a word:
  /// `${name.path}`, or `$name` followed by `.key` and `[N]` steps whose keys
  /// stop at a `-` (`"p$i-x"` reads `$i`). Returns `nil`, without moving,
  /// when no name follows the `$`, which then stands for itself.
  mutating func parseInterpolation() throws(ParseFailure) -> VariableReference? {
    let dollar = position
    guard let next = byte(at: dollar + 1) else { return nil }
    if next == Byte.leftBrace { return try parseBracedReference() }
    guard Byte.isIdentifierStart(next) else { return nil }
    let nameEnd = identifierEnd(from: dollar + 1, hyphens: false)
    position = nameEnd
    var steps: [JSONPath.Step] = []
    while let step = interpolatedStep() { steps.append(step) }
    return VariableReference(name: text(dollar + 1..<nameEnd), path: JSONPath(steps: steps))
  }

  // MARK: - Steps

  /// `${name.path}` at the cursor.
  private mutating func parseBracedReference() throws(ParseFailure) -> VariableReference {
    let open = position
    let nameStart = open + 2
    let nameEnd = identifierEnd(from: nameStart)
    guard nameEnd > nameStart else {
      throw failure("expected a variable name after '${', like ${alice.id}", at: nameStart)
    }
    position = nameEnd
    let steps = try parseSteps()
    guard byte(at: position) == Byte.rightBrace else {
      throw failure("expected '}' to close '${' (opened at column \(location(at: open).column))", at: position)
    }
    position += 1
    return VariableReference(name: text(nameStart..<nameEnd), path: JSONPath(steps: steps))
  }

  /// Parses `.key`, `.[...]` and `[...]` steps at the cursor, as many as follow.
  private mutating func parseSteps() throws(ParseFailure) -> [JSONPath.Step] {
    var steps: [JSONPath.Step] = []
    while let byte = byte(at: position) {
      if byte == Byte.dot {
        let keyStart = position + 1
        let keyEnd = identifierEnd(from: keyStart)
        if keyEnd > keyStart {
          steps.append(.key(text(keyStart..<keyEnd)))
          position = keyEnd
        } else if self.byte(at: keyStart) == Byte.leftBracket {
          position = keyStart
          steps.append(try parseBracketStep())
        } else {
          throw failure(
            "expected a key or '[' after '.', found \(describeToken(at: keyStart))", at: keyStart)
        }
      } else if byte == Byte.leftBracket {
        steps.append(try parseBracketStep())
      } else {
        break
      }
    }
    return steps
  }

  /// `[N]`, `[-N]`, `["key"]` or `[*]` at the cursor.
  private mutating func parseBracketStep() throws(ParseFailure) -> JSONPath.Step {
    let open = position
    position += 1
    if byte(at: position) == Byte.quote {
      let key = try parseJSONString()
      try expectClosingBracket(openedAt: open)
      return .key(key)
    }
    if byte(at: position) == UInt8(ascii: "*") {
      position += 1
      try expectClosingBracket(openedAt: open)
      return .wildcard
    }
    let numberStart = position
    if byte(at: position) == Byte.minus { position += 1 }
    let digitsStart = position
    while let digit = byte(at: position), Byte.isDigit(digit) { position += 1 }
    guard position > digitsStart else {
      throw failure(
        "expected an index like [0] or [-1], [*] for every element, or a quoted key like [\"a b\"], after '['",
        at: numberStart)
    }
    guard let index = Int(text(numberStart..<position)) else {
      throw failure("index \(text(numberStart..<position)) is too large", at: numberStart)
    }
    try expectClosingBracket(openedAt: open)
    return .index(index)
  }

  private mutating func expectClosingBracket(openedAt open: Int) throws(ParseFailure) {
    guard byte(at: position) == Byte.rightBracket else {
      throw failure(
        "expected ']' to close the '[' at column \(location(at: open).column), found \(describeToken(at: position))",
        at: position)
    }
    position += 1
  }

  /// One step of an interpolated path, or `nil` (without moving) when the
  /// text at the cursor is not one: `.key` needs a letter after the dot and
  /// `[N]` its closing bracket, so `"$n."` and `"$x[a]"` keep their punctuation.
  private mutating func interpolatedStep() -> JSONPath.Step? {
    guard let byte = byte(at: position) else { return nil }
    if byte == Byte.dot {
      let keyEnd = identifierEnd(from: position + 1, hyphens: false)
      guard keyEnd > position + 1 else { return nil }
      defer { position = keyEnd }
      return .key(text(position + 1..<keyEnd))
    }
    guard byte == Byte.leftBracket else { return nil }
    var end = position + 1
    if self.byte(at: end) == Byte.minus { end += 1 }
    let digitsStart = end
    while let digit = self.byte(at: end), Byte.isDigit(digit) { end += 1 }
    guard end > digitsStart, self.byte(at: end) == Byte.rightBracket,
      let index = Int(text(position + 1..<end))
    else { return nil }
    position = end + 1
    return .index(index)
  }
}

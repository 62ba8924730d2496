import SynJSON

/// An array or object of a JSON literal whose closing bracket is still ahead.
private struct JSONFrame {
  /// The offset of the `{` or `[`.
  let opener: Int
  let isObject: Bool
  var keys: [String] = []
  var values: [JSONTemplate] = []
  var isConstant = true
  /// Set by a closing `...` in an object template.
  var admitsOtherKeys = false

  var closer: UInt8 { isObject ? Byte.rightBrace : Byte.rightBracket }

  mutating func append(_ value: JSONTemplate) {
    if case .constant = value {} else { isConstant = false }
    values.append(value)
  }

  /// The finished array or object; `.constant` when nothing in it is a
  /// variable, a path or a marker, and it admits no other keys.
  func finished() -> JSONTemplate {
    guard isConstant, !admitsOtherKeys else {
      guard isObject else { return .array(values) }
      return .object(zip(keys, values).map { (key: $0, value: $1) }, admitsOtherKeys: admitsOtherKeys)
    }
    let constants = values.compactMap { template -> JSONValue? in
      guard case .constant(let value) = template else { return nil }
      return value
    }
    guard isObject else { return .constant(.array(constants)) }
    return .constant(.object(JSONObject(zip(keys, constants).map { JSONObject.Member(key: $0, value: $1) })))
  }
}

/// JSON literals (spec section 2): any JSON value, over several lines if need
/// be, with `$name.path` allowed wherever a value stands. Subtrees without
/// variables become `.constant` values.
///
/// A template (section 4.1, the operand of `matches` and `contains`) may
/// also hold markers (`#uuid`, `#string?`, `#regex /^a/`), response paths
/// (`.id`), and `...` closing an object; elsewhere these are errors.
///
/// The parser keeps an explicit stack of open arrays and objects, so deep
/// input cannot overflow the call stack; past `Parser.maxNesting` levels it
/// reports an error.
extension Parser {
  /// Parses the JSON literal at the cursor (a `{` or `[`), a template when `markers` is set.
  ///
  /// After an error inside the literal, recovery skips the whole literal.
  mutating func parseJSONLiteral(markers: Bool = false) throws(ParseFailure) -> JSONTemplate {
    let literalStart = position
    do throws(ParseFailure) {
      let literal = try parseJSONLiteralBody(markers: markers)
      recordLayout(literalStart..<position, as: .jsonLiteral)
      return literal
    } catch {
      var failure = error
      if case .skipStatement = failure.resume { failure.resume = .skipStatement(from: literalStart) }
      throw failure
    }
  }

  private mutating func parseJSONLiteralBody(markers: Bool) throws(ParseFailure) -> JSONTemplate {
    let literalStart = position
    var stack: [JSONFrame] = []
    parsing: while true {
      try skipJSONWhitespace(innermostOpener: stack.last?.opener ?? literalStart)
      var value: JSONTemplate
      let byte = bytes[position]
      switch byte {
      case Byte.leftBrace, Byte.leftBracket:
        guard stack.count < Parser.maxNesting else {
          throw ParseFailure(
            "JSON literal nested deeper than \(Parser.maxNesting) levels", at: position,
            resume: .skipStatement(from: literalStart))
        }
        stack.append(JSONFrame(opener: position, isObject: byte == Byte.leftBrace))
        position += 1
        try skipJSONWhitespace(innermostOpener: stack[stack.count - 1].opener)
        if byte == Byte.leftBrace, try readEllipsis(markers: markers, stack: stack, literalStart: literalStart) {
          stack[stack.count - 1].admitsOtherKeys = true
        }
        if bytes[position] != stack[stack.count - 1].closer {
          if stack[stack.count - 1].isObject {
            stack[stack.count - 1].keys.append(try parseJSONKey(stack: stack, literalStart: literalStart))
          }
          continue parsing
        }
        position += 1
        value = stack.removeLast().finished()
      case Byte.quote:
        value = .constant(.string(try parseJSONString()))
      case Byte.dollar:
        let reference = try parseVariableReference()
        try requireJSONDelimiter(after: "the variable in a JSON literal", stack: stack, literalStart: literalStart)
        value = .variable(reference)
      case Byte.minus, 0x30...0x39:
        value = .constant(.number(try parseJSONNumber(stack: stack, literalStart: literalStart)))
      case UInt8(ascii: "t") where isJSONWord("true"):
        position += 4
        value = .constant(.bool(true))
      case UInt8(ascii: "f") where isJSONWord("false"):
        position += 5
        value = .constant(.bool(false))
      case UInt8(ascii: "n") where isJSONWord("null"):
        position += 4
        value = .constant(.null)
      case Byte.hash:
        value = .marker(try parseMarker(markers: markers, stack: stack, literalStart: literalStart))
      case Byte.dot where isEllipsis(at: position):
        throw jsonFailure(
          "'...' stands only at the end of an object template, after its last member",
          at: position, stack: stack, literalStart: literalStart)
      case Byte.dot where markers:
        let path = try parseResponsePath()
        try requireJSONDelimiter(after: "the path in a template", stack: stack, literalStart: literalStart)
        value = .responsePath(path)
      case Byte.dot:
        throw jsonFailure(
          "a response path cannot stand inside a JSON literal; bind it first (let x = .id) and write $x",
          at: position, stack: stack, literalStart: literalStart)
      default:
        throw jsonFailure(
          "expected a JSON value, found \(describeToken(at: position))",
          at: position, stack: stack, literalStart: literalStart)
      }
      while var frame = stack.popLast() {
        frame.append(value)
        try skipJSONWhitespace(innermostOpener: frame.opener)
        if bytes[position] == Byte.comma {
          position += 1
          try skipJSONWhitespace(innermostOpener: frame.opener)
          stack.append(frame)
          if !frame.isObject { continue parsing }
          if try !readEllipsis(markers: markers, stack: stack, literalStart: literalStart) {
            stack[stack.count - 1].keys.append(try parseJSONKey(stack: stack, literalStart: literalStart))
            continue parsing
          }
          frame = stack.removeLast()
          frame.admitsOtherKeys = true
        }
        let next = bytes[position]
        guard next == frame.closer else {
          stack.append(frame)
          let closer = frame.isObject ? "}" : "]"
          throw jsonFailure(
            "expected ',' or '\(closer)' in the JSON \(frame.isObject ? "object" : "array"), "
              + "found \(describeToken(at: position))",
            at: position, stack: stack, literalStart: literalStart)
        }
        position += 1
        value = frame.finished()
      }
      return value
    }
  }

  // MARK: - Template pieces

  /// Whether `...` is at `offset`.
  private func isEllipsis(at offset: Int) -> Bool {
    offset + 3 <= bytes.count && bytes[offset..<offset + 3].allSatisfy { $0 == Byte.dot }
  }

  /// Reads the `...` that closes an object template, if it is at the cursor,
  /// and the blanks up to the `}` that must follow it.
  private mutating func readEllipsis(markers: Bool, stack: [JSONFrame], literalStart: Int) throws(ParseFailure)
    -> Bool
  {
    let start = position
    guard isEllipsis(at: start) else { return false }
    guard markers else {
      throw jsonFailure(
        "'...' (other keys allowed) stands only in a template after 'matches' or 'contains'",
        at: start, stack: stack, literalStart: literalStart)
    }
    position += 3
    try skipJSONWhitespace(innermostOpener: stack.last?.opener ?? literalStart)
    guard bytes[position] == Byte.rightBrace else {
      throw jsonFailure(
        "'...' must end the object template; expected '}', found \(describeToken(at: position))",
        at: position, stack: stack, literalStart: literalStart)
    }
    return true
  }

  /// Parses the marker at the cursor, a `#`: `#TYPE`, `#TYPE?`, `#any`,
  /// `#ignore`, `#absent` or `#regex /.../`.
  private mutating func parseMarker(markers: Bool, stack: [JSONFrame], literalStart: Int) throws(ParseFailure)
    -> Marker
  {
    let hash = position
    let nameEnd = identifierEnd(from: hash + 1, hyphens: false)
    guard nameEnd > hash + 1 else {
      let message =
        isBoundary(at: hash + 1)
        ? "comments are not allowed inside a JSON literal"
        : "expected a marker name after '#', like #string"
      throw jsonFailure(message, at: hash, stack: stack, literalStart: literalStart)
    }
    let name = text(hash + 1..<nameEnd)
    guard markers else {
      throw jsonFailure(
        "markers like #\(name) stand only in a template after 'matches' or 'contains'",
        at: hash, stack: stack, literalStart: literalStart)
    }
    position = nameEnd
    let marker: Marker
    if name == "regex" {
      try skipJSONWhitespace(innermostOpener: stack.last?.opener ?? literalStart)
      guard bytes[position] == Byte.slash else {
        throw jsonFailure(
          "expected a /regular expression/ after #regex, like #regex /^[a-z]+$/, found \(describeToken(at: position))",
          at: position, stack: stack, literalStart: literalStart)
      }
      let patternStart = position
      let pattern = try scanRegexLiteral()
      try validateRegex(pattern, at: patternStart)
      // Kept as written by `syn fmt`: the pattern's blanks and brackets are not JSON's.
      recordLayout(hash..<position, as: .verbatim)
      marker = .regex(pattern)
    } else {
      let optional = byte(at: position) == UInt8(ascii: "?")
      if optional { position += 1 }
      guard let named = Marker(name: name, optional: optional) else {
        throw jsonFailure(unknownMarker(name), at: hash, stack: stack, literalStart: literalStart)
      }
      switch named {
      case .type: break
      default:
        guard optional else { break }
        throw jsonFailure(
          "'?' makes a type marker optional, as in #string?; #\(name) does not take it "
            + "(#ignore accepts anything or nothing)",
          at: nameEnd, stack: stack, literalStart: literalStart)
      }
      marker = named
    }
    try requireJSONDelimiter(after: "the marker \(marker)", stack: stack, literalStart: literalStart)
    return marker
  }

  /// `unknown marker #strng: did you mean #string?`, or the list of markers when none is close.
  private func unknownMarker(_ name: String) -> String {
    let hashed = Marker.names.map { "#" + $0 }
    let nearest = Suggestions.nearest(to: "#" + name, among: hashed)
    guard nearest.isEmpty else { return "unknown marker #\(name): did you mean \(nearest.joinedAsChoices())?" }
    return "unknown marker #\(name); markers are \(hashed.joined(separator: " ")) (#regex /.../)"
  }

  // MARK: - Pieces

  /// Parses `"key":` at the cursor.
  private mutating func parseJSONKey(stack: [JSONFrame], literalStart: Int) throws(ParseFailure) -> String {
    guard bytes[position] == Byte.quote else {
      let message =
        bytes[position] == Byte.rightBrace
        ? "expected a key after ','; JSON does not allow a trailing comma"
        : "expected a quoted key like \"name\" in the JSON object, found \(describeToken(at: position))"
      throw jsonFailure(message, at: position, stack: stack, literalStart: literalStart)
    }
    let key = try parseJSONString()
    try skipJSONWhitespace(innermostOpener: stack.last?.opener ?? literalStart)
    guard bytes[position] == Byte.colon else {
      throw jsonFailure(
        "expected ':' after the key \"\(key)\", found \(describeToken(at: position))",
        at: position, stack: stack, literalStart: literalStart)
    }
    position += 1
    return key
  }

  /// Parses the JSON number at the cursor, keeping its spelling.
  private mutating func parseJSONNumber(stack: [JSONFrame], literalStart: Int) throws(ParseFailure) -> JSONNumber {
    let start = position
    var end = start
    while !isJSONDelimiter(at: end) { end += 1 }
    position = end
    guard let number = JSONNumber(text: text(start..<end)) else {
      throw jsonFailure(
        "invalid JSON number '\(text(start..<end))'", at: start, stack: stack, literalStart: literalStart)
    }
    return number
  }

  /// Fails unless a JSON value may end at the cursor, after `what` was read.
  private func requireJSONDelimiter(after what: String, stack: [JSONFrame], literalStart: Int) throws(ParseFailure) {
    guard !isJSONDelimiter(at: position) else { return }
    throw jsonFailure(
      "unexpected \(describeToken(at: position)) after \(what)", at: position, stack: stack,
      literalStart: literalStart)
  }

  /// Whether the bytes at the cursor spell `word` followed by a delimiter.
  private func isJSONWord(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count, isJSONDelimiter(at: position + count) else { return false }
    return word.withUTF8Buffer { expected in
      bytes[position..<position + count].elementsEqual(expected)
    }
  }

  /// Whether a JSON scalar may end before `offset`.
  private func isJSONDelimiter(at offset: Int) -> Bool {
    guard let byte = byte(at: offset) else { return true }
    switch byte {
    case Byte.comma, Byte.colon, Byte.rightBracket, Byte.rightBrace: return true
    default: return isBoundary(at: offset)
    }
  }

  /// Skips whitespace, line breaks and `\` continuations inside a literal.
  /// Reaching the end of the text means the literal was never closed.
  private mutating func skipJSONWhitespace(innermostOpener: Int) throws(ParseFailure) {
    while position < bytes.count {
      let byte = bytes[position]
      if Byte.isBlank(byte) || byte == Byte.newline {
        position += 1
      } else if byte == Byte.backslash, isContinuation(at: position) {
        position += 1
      } else {
        return
      }
    }
    endedInsideConstruct = true
    let opener = bytes[innermostOpener] == Byte.leftBrace ? "{" : "["
    let closer = opener == "{" ? "}" : "]"
    throw ParseFailure(
      "unclosed '\(opener)': expected '\(closer)' before the end of the text", at: innermostOpener,
      resume: .endOfInput)
  }

  /// The failure for an unexpected token inside a literal.
  ///
  /// When the token is a word at the start of a later line than the
  /// innermost open bracket, the literal was most likely left open and the
  /// word starts the next statement: the error is then reported at the
  /// bracket and parsing restarts at that line.
  private func jsonFailure(
    _ message: String, at offset: Int, stack: [JSONFrame], literalStart: Int
  ) -> ParseFailure {
    let opener = stack.last?.opener ?? literalStart
    let line = lines.lineIndex(of: offset)
    let lineStart = lines.starts[line]
    let startsLine = bytes[lineStart..<offset].allSatisfy(Byte.isBlank)
    let wordEnd = identifierEnd(from: offset)
    let isLiteralWord = wordEnd - offset <= 5 && ["true", "false", "null"].contains(text(offset..<wordEnd))
    if startsLine, wordEnd > offset, !isLiteralWord, line > lines.lineIndex(of: opener) {
      let closer = bytes[opener] == Byte.leftBrace ? "}" : "]"
      let openerText = closer == "}" ? "{" : "["
      return ParseFailure(
        "unclosed '\(openerText)': expected '\(closer)' before \(describeToken(at: offset)) on line \(line + 1)",
        at: opener, resume: .restartLine(at: lineStart))
    }
    return ParseFailure(message, at: offset, resume: .skipStatement(from: literalStart))
  }
}

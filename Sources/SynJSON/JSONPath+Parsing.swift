extension JSONPath {
  /// Parses a whole path: `.`, `.id`, `.data[0].name`, `.data[-1]`,
  /// `.["key with space"]`, `[2]`, `.a.b[0]["c"]`, `.data[*].id`.
  ///
  /// Keys after a dot are identifiers (`[A-Za-z_][A-Za-z0-9_-]*`); any other
  /// key is a JSON string in brackets. There is no whitespace inside a path.
  public init(parsing text: String) throws(JSONPathError) {
    var text = text
    let result = text.withUTF8 { bytes in
      Result { () throws(JSONPathError) -> JSONPath in
        var parser = JSONPathParser(bytes: bytes, index: 0)
        let path = try parser.parse()
        guard parser.index == bytes.count else { throw parser.trailingError() }
        return path
      }
    }
    self = try result.get()
  }

  /// Parses the path that starts at `offset` in `bytes` and returns it with
  /// the offset just past it, for parsers that embed paths (`$p.data[0].name`).
  ///
  /// The path ends before the first byte that cannot continue it; a dot not
  /// followed by a key or `[` is left unread (so `"Hi $name.first."` ends
  /// after `first`), except that a lone leading `.` is the root path.
  public static func parsePrefix(of bytes: [UInt8], from offset: Int) throws(JSONPathError) -> (
    path: JSONPath, end: Int
  ) {
    precondition(offset >= 0 && offset <= bytes.count, "offset \(offset) is outside the buffer")
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONPathError) -> (path: JSONPath, end: Int) in
        var parser = JSONPathParser(bytes: buffer, index: offset)
        let path = try parser.parse()
        return (path, parser.index)
      }
    }
    return try result.get()
  }
}

/// Reads the path grammar over UTF-8 bytes.
struct JSONPathParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var index: Int

  /// Parses the longest path at `index`.
  mutating func parse() throws(JSONPathError) -> JSONPath {
    var steps: [JSONPath.Step] = []
    guard index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "[") else {
      throw error("expected a path starting with '.' or '['", at: index)
    }
    if bytes[index] == UInt8(ascii: ".") {
      guard index + 1 < bytes.count,
        JSONPath.isIdentifierStart(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "[")
      else {
        index += 1
        return JSONPath()
      }
    }
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "[") {
        steps.append(try parseBracket())
      } else if bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count {
        let next = bytes[index + 1]
        if JSONPath.isIdentifierStart(next) {
          index += 1
          steps.append(.key(parseIdentifier()))
        } else if next == UInt8(ascii: "[") {
          index += 1
          steps.append(try parseBracket())
        } else {
          break
        }
      } else {
        break
      }
    }
    return JSONPath(steps: steps)
  }

  private mutating func parseIdentifier() -> String {
    let start = index
    index += 1
    while index < bytes.count, JSONPath.isIdentifierContinuation(bytes[index]) { index += 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  /// Parses `[N]`, `[-N]`, `["key"]` or `[*]` at `index`.
  private mutating func parseBracket() throws(JSONPathError) -> JSONPath.Step {
    index += 1
    let step: JSONPath.Step
    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
      var parser = JSONParser(bytes: bytes, index: index, maxDepth: 0)
      do {
        step = .key(try parser.parseString())
      } catch {
        throw JSONPathError(message: error.message, offset: error.offset)
      }
      index = parser.index
    } else if index < bytes.count, bytes[index] == UInt8(ascii: "-") || NumberGrammar.isDigit(bytes[index]) {
      step = .index(try parseIndex())
    } else if index < bytes.count, bytes[index] == UInt8(ascii: "*") {
      index += 1
      step = .wildcard
    } else {
      throw error("expected an index, '*' or a quoted key after '['", at: index)
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "]") else {
      throw error("expected ']'", at: index)
    }
    index += 1
    return step
  }

  private mutating func parseIndex() throws(JSONPathError) -> Int {
    let start = index
    let isNegative = bytes[index] == UInt8(ascii: "-")
    if isNegative { index += 1 }
    let digitsStart = index
    index = NumberGrammar.digitsEnd(in: bytes, from: index)
    guard index > digitsStart else { throw error("expected digits after '-'", at: index) }
    var value = 0
    for position in digitsStart..<index {
      let digit = Int(bytes[position] - UInt8(ascii: "0"))
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      let (next, overflowAgain) =
        isNegative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      guard !overflow, !overflowAgain else { throw error("index is too large", at: start) }
      value = next
    }
    return value
  }

  /// The error for bytes left over after a whole path.
  func trailingError() -> JSONPathError {
    if bytes[index] == UInt8(ascii: ".") {
      return error("expected a key or '[' after '.'", at: index + 1)
    }
    if index > 0, bytes[index - 1] == UInt8(ascii: ".") {
      return error("expected a key or '[' after '.'", at: index)
    }
    let byte = bytes[index]
    let shown =
      byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : JSONParser.codePoint(UInt32(byte))
    return error("unexpected \(shown) in path", at: index)
  }

  private func error(_ message: String, at offset: Int) -> JSONPathError {
    JSONPathError(message: message, offset: offset)
  }
}

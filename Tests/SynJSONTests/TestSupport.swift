import SynJSON

/// The error that parsing `text` throws, or `nil` when it parses.
func parseError(_ text: String, maxDepth: Int = 512) -> JSONParseError? {
  do {
    _ = try JSONValue(parsing: text, maxDepth: maxDepth)
    return nil
  } catch {
    return error
  }
}

/// The error that parsing `bytes` throws, or `nil` when they parse.
func parseError(bytes: [UInt8]) -> JSONParseError? {
  do {
    _ = try JSONValue(parsing: bytes)
    return nil
  } catch {
    return error
  }
}

/// `LINE:COLUMN: MESSAGE` of the error parsing `text`, or `"ok"` when it parses.
func diagnostic(_ text: String) -> String {
  parseError(text).map(\.description) ?? "ok"
}

/// A number from text known to be valid in the test.
func number(_ text: String) -> JSONNumber {
  guard let number = JSONNumber(text: text) else {
    preconditionFailure("invalid literal in test: \(text)")
  }
  return number
}

/// A path from text known to be valid in the test.
func path(_ text: String) throws(JSONPathError) -> JSONPath {
  try JSONPath(parsing: text)
}

extension JSONValue {
  /// Parses `text` as one JSON document (RFC 8259, strictly).
  ///
  /// Whitespace may surround the value; anything else after it is an error.
  /// Object key order and number spellings are kept; when a key repeats,
  /// the last value wins at the position of the first.
  ///
  /// - Parameter maxDepth: the deepest nesting of arrays and objects accepted;
  ///   deeper input fails with `nesting deeper than N levels`.
  /// - Throws: `JSONParseError` with the line and column of the first problem.
  public init(parsing text: String, maxDepth: Int = 512) throws(JSONParseError) {
    var text = text
    let result = text.withUTF8 { JSONParser.parseDocument($0, maxDepth: maxDepth) }
    self = try result.get()
  }

  /// Parses UTF-8 `bytes` (a request or response body) as one JSON document;
  /// see `init(parsing:maxDepth:)`. Malformed UTF-8 is an error.
  public init(parsing bytes: some Collection<UInt8>, maxDepth: Int = 512) throws(JSONParseError) {
    let result =
      bytes.withContiguousStorageIfAvailable { JSONParser.parseDocument($0, maxDepth: maxDepth) }
      ?? Array(bytes).withUnsafeBufferPointer { JSONParser.parseDocument($0, maxDepth: maxDepth) }
    self = try result.get()
  }

  /// Parses the one JSON value that starts at `offset` in `bytes`, for parsers
  /// that embed JSON in a larger text.
  ///
  /// Whitespace before the value is skipped; nothing after it is read, so
  /// `end` is the offset just past the value's last byte. Errors carry the
  /// line and column counted from the start of `bytes`, and its byte offset.
  public static func parsePrefix(
    of bytes: [UInt8], from offset: Int, maxDepth: Int = 512
  ) throws(JSONParseError) -> (value: JSONValue, end: Int) {
    precondition(offset >= 0 && offset <= bytes.count, "offset \(offset) is outside the buffer")
    let result = bytes.withUnsafeBufferPointer { JSONParser.parsePrefix($0, from: offset, maxDepth: maxDepth) }
    return try result.get()
  }
}

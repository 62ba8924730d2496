extension JSONValue {
  /// The value as compact JSON, without any whitespace: `{"a":1,"b":[true,null]}`.
  ///
  /// Keys keep their order and numbers their exact spelling; strings escape
  /// `"`, `\` and control characters only (`/` and non-ASCII stay as they are).
  public var compactText: String {
    String(decoding: compactBytes, as: UTF8.self)
  }

  /// The compact JSON text as UTF-8 bytes, ready to send as a body.
  public var compactBytes: [UInt8] {
    var writer = JSONWriter(indent: nil)
    // Sized up front: grown from empty, a resource's text was copied five times on its way.
    writer.reserveCapacity(compactByteCount)
    writer.write(self)
    return writer.bytes
  }

  /// The length of the compact text, short only by the escapes its strings need.
  var compactByteCount: Int {
    switch self {
    case .null, .bool(true): 4
    case .bool(false): 5
    case .number(let number): number.text.utf8.count
    case .string(let text): text.utf8.count + 2
    case .array(let elements):
      elements.reduce(1 + max(elements.count, 1)) { $0 + $1.compactByteCount }
    case .object(let object):
      object.members.reduce(1 + max(object.count, 1)) { $0 + $1.key.utf8.count + 3 + $1.value.compactByteCount }
    }
  }

  /// The value as indented JSON, laid out like `jq .`:
  ///
  ///     {
  ///       "a": 1,
  ///       "b": [
  ///         true
  ///       ]
  ///     }
  ///
  /// One member or element per line, `": "` after keys, `{}` and `[]` for
  /// empty containers, no newline at the end.
  ///
  /// - Parameter indent: spaces per nesting level (negative counts as 0).
  public func prettyText(indent: Int = 2) -> String {
    prettyText(indent: indent, marker: Unmarked())
  }

  /// The value laid out as `prettyText(indent:)` lays it out, except that
  /// each value for which `substitute` returns text (given the value's path
  /// and the value) is written as that text, unquoted: a template's markers,
  /// such as `"id": #uuid`. A container that is substituted is written whole
  /// as the text; one that is not is asked about its members.
  public func prettyText(indent: Int = 2, substituting substitute: (JSONPath, JSONValue) -> String?) -> String {
    withoutActuallyEscaping(substitute) { substitute in
      var writer = JSONWriter(indent: indent, marker: Unmarked(), substitution: substitute)
      writer.write(self)
      return String(decoding: writer.bytes, as: UTF8.self)
    }
  }

  /// The value laid out as `prettyText(indent:)` lays it out, each token
  /// wrapped as `style` says (terminal colors, say).
  public func prettyText(indent: Int = 2, style: JSONTokenStyle) -> String {
    style == .plain ? prettyText(indent: indent) : prettyText(indent: indent, marker: style)
  }

  private func prettyText(indent: Int, marker: some TokenMarker) -> String {
    var writer = JSONWriter(indent: indent, marker: marker)
    writer.write(self)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}

extension JSONValue: CustomStringConvertible {
  /// The compact JSON text.
  public var description: String { compactText }
}

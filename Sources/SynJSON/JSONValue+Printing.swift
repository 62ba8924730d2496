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
    writer.write(self)
    return writer.bytes
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

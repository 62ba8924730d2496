import SynJSON

/// Request items (spec 3.2, HTTPie's syntax): `key=value`, `key:=json`,
/// `key==value`, `Name:value`, with dotted keys such as `metadata.tier=pro`.
extension Parser {
  /// Parses the item at `start`, or returns `nil` when the token is not one.
  ///
  /// A token is an item when it starts with a key (letters, digits, `_`, `-`
  /// and `.`, not starting with `-` or `.`) directly followed by `==`, `:=`,
  /// `=` or `:`. So that a URL such as `https://x.com/a` stays a positional
  /// value, `key:` is a header only when the value does not start with `//`.
  /// The value follows the operator directly; `name=` with nothing after it is
  /// an error (write `name=""` for an empty string).
  mutating func parseItem(at start: Int) throws(ParseFailure) -> Item? {
    let first = bytes[start]
    guard Byte.isLetter(first) || Byte.isDigit(first) || first == Byte.underscore else { return nil }
    var keyEnd = start + 1
    while let byte = byte(at: keyEnd), Byte.isItemKeyCharacter(byte) { keyEnd += 1 }
    let kind: Item.Kind
    switch (byte(at: keyEnd), byte(at: keyEnd + 1)) {
    case (.some(Byte.equals), .some(Byte.equals)): kind = .query
    case (.some(Byte.equals), _): kind = .field
    case (.some(Byte.colon), .some(Byte.equals)): kind = .rawJSON
    case (.some(Byte.colon), .some(Byte.slash)) where byte(at: keyEnd + 2) == Byte.slash: return nil
    case (.some(Byte.colon), _): kind = .header
    default: return nil
    }
    let key = text(start..<keyEnd)
    let valueStart = keyEnd + kind.rawValue.utf8.count
    let hasEmptyPart = zip(bytes[start..<keyEnd], bytes[start..<keyEnd].dropFirst()).contains {
      $0 == Byte.dot && $1 == Byte.dot
    }
    if kind != .header, key.utf8.last == Byte.dot || hasEmptyPart {
      throw failure("the key '\(key)' has an empty part; dotted keys look like metadata.tier", at: start)
    }
    guard !isBoundary(at: valueStart) else {
      var message =
        "expected a value after '\(key)\(kind.rawValue)'; write \(key)\(kind.rawValue)\"\" for an empty string"
      if kind == .field || kind == .query {
        // Base64 ids end in `=`: `get user VXNlcjo5OQ==` reads as a query item.
        message += ", or \"\(key)\(kind.rawValue)\" for a value that ends in '=' (a base64 id)"
      }
      throw failure(message, at: valueStart)
    }
    let location = location(at: start)
    var value = try parseValue(at: valueStart)
    if kind == .rawJSON {
      value = try rawJSON(value, key: key, at: valueStart)
    }
    return Item(kind, key: key, value: value, at: location)
  }

  /// The value of a `key:=` item: text written in the script (a raw string, a
  /// bare word, a string without variables) is parsed as JSON here, so that
  /// mistakes are reported with the script's location; variables and
  /// interpolated strings are left for the runtime.
  private func rawJSON(_ value: Value, key: String, at start: Int) throws(ParseFailure) -> Value {
    guard let source = plainText(value) else { return value }
    do throws(JSONParseError) {
      return .json(.constant(try JSONValue(parsing: source)))
    } catch {
      throw failure("the value of '\(key):=' is not valid JSON: \(error.message)", at: start)
    }
  }
}

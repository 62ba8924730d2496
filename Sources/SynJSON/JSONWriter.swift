/// Serialises values into a UTF-8 byte buffer, compact or indented; `marker`
/// writes what goes around each token (nothing, or a style's colors).
struct JSONWriter<Marker: TokenMarker> {
  /// Text written instead of the value at a path (a template's marker), or nil to write the value.
  typealias Substitution = (JSONPath, JSONValue) -> String?

  /// The output so far.
  private(set) var bytes: [UInt8] = []
  /// Spaces per nesting level, or `nil` for compact output.
  let indent: Int?
  let marker: Marker
  /// Asked before each value is written; paths are only built when there is one.
  let substitution: Substitution?

  init(indent: Int?, marker: Marker, substitution: Substitution? = nil) {
    self.indent = indent.map { max(0, $0) }
    self.marker = marker
    self.substitution = substitution
  }

  /// Appends `value`, whose first line starts at nesting `level`.
  mutating func write(_ value: JSONValue, level: Int = 0) {
    write(value, level: level, path: substitution == nil ? nil : .root)
  }

  private mutating func write(_ value: JSONValue, level: Int, path: JSONPath?) {
    if let path, let substitution, let text = substitution(path, value) {
      bytes.append(contentsOf: text.utf8)
      return
    }
    switch value {
    case .null: write(token: "null", as: .null)
    case .bool(true): write(token: "true", as: .boolean)
    case .bool(false): write(token: "false", as: .boolean)
    case .number(let number): write(token: number.text, as: .number)
    case .string(let text): write(string: text, as: .string)
    case .array(let elements): write(elements: elements, level: level, path: path)
    case .object(let object): write(members: object.members, level: level, path: path)
    }
  }

  private mutating func write(elements: [JSONValue], level: Int, path: JSONPath?) {
    write(punctuation: "[")
    for (position, element) in elements.enumerated() {
      if position > 0 { write(punctuation: ",") }
      newline(level: level + 1)
      write(element, level: level + 1, path: path?.appending(.index(position)))
    }
    if !elements.isEmpty { newline(level: level) }
    write(punctuation: "]")
  }

  private mutating func write(members: [JSONObject.Member], level: Int, path: JSONPath?) {
    write(punctuation: "{")
    for (position, member) in members.enumerated() {
      if position > 0 { write(punctuation: ",") }
      newline(level: level + 1)
      write(string: member.key, as: .key)
      write(punctuation: ":")
      if indent != nil { bytes.append(UInt8(ascii: " ")) }
      write(member.value, level: level + 1, path: path?.appending(.key(member.key)))
    }
    if !members.isEmpty { newline(level: level) }
    write(punctuation: "}")
  }

  /// Makes room for `count` bytes at once, where the caller knows how many there will be.
  mutating func reserveCapacity(_ count: Int) {
    bytes.reserveCapacity(count)
  }

  @inline(__always)
  private mutating func write(token text: String, as token: JSONToken) {
    marker.begin(token, in: &bytes)
    bytes.append(contentsOf: text.utf8)
    marker.end(token, in: &bytes)
  }

  @inline(__always)
  private mutating func write(punctuation: Unicode.Scalar) {
    marker.begin(.punctuation, in: &bytes)
    bytes.append(UInt8(ascii: punctuation))
    marker.end(.punctuation, in: &bytes)
  }

  @inline(__always)
  private mutating func write(string text: String, as token: JSONToken) {
    marker.begin(token, in: &bytes)
    write(string: text)
    marker.end(token, in: &bytes)
  }

  /// In indented mode, starts a new line indented for `level`.
  @inline(__always)
  private mutating func newline(level: Int) {
    guard let indent else { return }
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
  }

  /// Appends `text` as a JSON string: quotes, backslashes and control
  /// characters escaped; `/` and non-ASCII characters written as they are.
  mutating func write(string text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var runStart = 0
      for position in 0..<utf8.count {
        let byte = utf8[position]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
          bytes.append(contentsOf: "u00".utf8)
          bytes.append(hexDigits[Int(byte >> 4)])
          bytes.append(hexDigits[Int(byte & 0x0F)])
        }
        runStart = position + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

/// Kept outside `JSONWriter`: a generic type cannot hold a static stored property.
private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

extension JSONWriter where Marker == Unmarked {
  /// A writer that marks no token.
  init(indent: Int?) {
    self.init(indent: indent, marker: Unmarked())
  }
}

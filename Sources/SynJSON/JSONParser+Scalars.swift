extension JSONParser {
  /// Parses the number at `index`, keeping its text exactly as written.
  mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
    let start = index
    if let end = NumberGrammar.end(in: bytes, from: start), end == bytes.count || !Self.isWordByte(bytes[end]) {
      index = end
      return JSONNumber(
        validatedText: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }
    throw JSONParseError(
      "invalid number '\(word(at: start))'", at: start, in: bytes,
      needsMoreInput: NumberGrammar.end(in: bytes, from: start) == nil && isNumberPrefixToEnd(from: start))
  }

  /// Parses `true`, `false` or `null` at `index`.
  mutating func parseLiteral() throws(JSONParseError) -> JSONValue {
    let start = index
    var end = start
    while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
    let value: JSONValue? =
      switch bytes[start..<end] {
      case let word where word.elementsEqual("true".utf8): .bool(true)
      case let word where word.elementsEqual("false".utf8): .bool(false)
      case let word where word.elementsEqual("null".utf8): .null
      default: nil
      }
    guard let value else {
      let cutOff =
        end == bytes.count
        && ["true", "false", "null"].contains { $0.utf8.starts(with: bytes[start..<end]) }
      throw JSONParseError("invalid literal '\(word(at: start))'", at: start, in: bytes, needsMoreInput: cutOff)
    }
    index = end
    return value
  }

  /// Bytes that may not directly follow a number or literal: they would make
  /// one longer, malformed token (`01`, `1.2.3`, `1e5x`, `nullx`).
  @inline(__always)
  static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "_"):
      true
    default:
      false
    }
  }

  /// Whether every byte from `start` to the end of input can appear in a
  /// number (`1.`, `-`, `1e+`): a number cut off by the end.
  private func isNumberPrefixToEnd(from start: Int) -> Bool {
    bytes[start...].allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
        UInt8(ascii: "+"), UInt8(ascii: "-"):
        true
      default:
        false
      }
    }
  }

  /// The malformed token at `start`, shortened for messages.
  private func word(at start: Int) -> String {
    let limit = 32
    var end = start
    while end < bytes.count, end - start < limit, Self.isWordByte(bytes[end]) { end += 1 }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    return end < bytes.count && Self.isWordByte(bytes[end]) ? text + "..." : text
  }

  /// An error at `index`: `unexpected end of input` at the end, `invalid
  /// UTF-8` on a malformed byte, otherwise `EXPECTATION, found 'x'`.
  func unexpected(_ expectation: String) -> JSONParseError {
    guard index < bytes.count else {
      return JSONParseError("unexpected end of input", at: index, in: bytes, needsMoreInput: true)
    }
    let byte = bytes[index]
    let found: String
    switch byte {
    case 0x21..<0x7F:
      found = "'\(Character(Unicode.Scalar(byte)))'"
    case 0..<0x80:
      found = Self.codePoint(UInt32(byte))
    default:
      guard let end = Self.utf8SequenceEnd(in: bytes, at: index) else {
        return JSONParseError("invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))", at: index, in: bytes)
      }
      let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
      let scalar = character.unicodeScalars.first.map { Self.codePoint($0.value) } ?? ""
      found = "'\(character)' (\(scalar))"
    }
    return JSONParseError("\(expectation), found \(found)", at: index, in: bytes)
  }
}

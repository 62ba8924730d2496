/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// The parser is iterative: open arrays and objects live on an explicit
/// stack, so nesting is limited only by `maxDepth`, never by the call stack.
/// It works on a borrowed buffer and copies bytes only to build the final
/// strings, so the cost is linear in the input.
struct JSONParser {
  /// The whole input; offsets in errors are relative to its start.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The offset of the next byte to read.
  var index: Int
  /// The deepest nesting of arrays and objects allowed.
  let maxDepth: Int
  /// Reused buffer for strings that contain escapes.
  var scratch: [UInt8] = []

  init(bytes: UnsafeBufferPointer<UInt8>, index: Int = 0, maxDepth: Int) {
    self.bytes = bytes
    self.index = index
    self.maxDepth = maxDepth
  }

  /// Parses `bytes` as one JSON document: a value with optional whitespace around it.
  static func parseDocument(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<JSONValue, JSONParseError> {
    var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
    return Result { () throws(JSONParseError) -> JSONValue in
      let value = try parser.parseValue()
      parser.skipWhitespace()
      guard parser.index == bytes.count else {
        throw parser.unexpected("expected end of input after the JSON value")
      }
      return value
    }
  }

  /// Parses one value that starts at `offset` (after optional whitespace) and
  /// returns it with the offset just past it; what follows is left alone.
  static func parsePrefix(
    _ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, maxDepth: Int
  ) -> Result<(value: JSONValue, end: Int), JSONParseError> {
    var parser = JSONParser(bytes: bytes, index: offset, maxDepth: maxDepth)
    return Result { () throws(JSONParseError) -> (value: JSONValue, end: Int) in
      let value = try parser.parseValue()
      return (value, parser.index)
    }
  }

  /// An array or object whose closing bracket has not been read yet.
  private struct Frame {
    let isObject: Bool
    var elements: [JSONValue] = []
    var members: [JSONObject.Member] = []
    /// Key positions, built once an object outgrows a linear scan.
    var positions: [ExactKey: Int] = [:]
    /// The key whose value is being parsed.
    var pendingKey = ""

    /// Adds `value` under `pendingKey`; a repeated key keeps its first
    /// position and takes the new value.
    mutating func addMember(_ value: JSONValue) {
      if members.count < JSONObject.linearScanLimit {
        for position in members.indices where members[position].key.hasSameScalars(as: pendingKey) {
          members[position].value = value
          return
        }
        members.append(JSONObject.Member(key: pendingKey, value: value))
        if members.count == JSONObject.linearScanLimit {
          for (position, member) in members.enumerated() {
            positions[ExactKey(member.key)] = position
          }
        }
      } else if let position = positions[ExactKey(pendingKey)] {
        members[position].value = value
      } else {
        positions[ExactKey(pendingKey)] = members.count
        members.append(JSONObject.Member(key: pendingKey, value: value))
      }
    }
  }

  /// Parses one value at `index`, skipping whitespace before it but not after.
  mutating func parseValue() throws(JSONParseError) -> JSONValue {
    var stack: [Frame] = []
    var value: JSONValue
    parsing: while true {
      skipWhitespace()
      guard index < bytes.count else { throw unexpected("expected a value") }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        guard stack.count < maxDepth else { throw tooDeep() }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
          index += 1
          value = .object(JSONObject())
        } else {
          var frame = Frame(isObject: true)
          frame.pendingKey = try parseKey(afterCommaAt: nil)
          stack.append(frame)
          continue parsing
        }
      case UInt8(ascii: "["):
        guard stack.count < maxDepth else { throw tooDeep() }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
          index += 1
          value = .array([])
        } else {
          stack.append(Frame(isObject: false))
          continue parsing
        }
      case UInt8(ascii: "\""):
        value = .string(try parseString())
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = .number(try parseNumber())
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        value = try parseLiteral()
      default:
        throw unexpected("expected a value")
      }

      // A value is complete: hand it to the open containers, closing those that end here.
      while let top = stack.indices.last {
        skipWhitespace()
        if stack[top].isObject {
          stack[top].addMember(value)
          guard index < bytes.count else { throw unexpected("expected ',' or '}' after object member") }
          switch bytes[index] {
          case UInt8(ascii: ","):
            let comma = index
            index += 1
            skipWhitespace()
            stack[top].pendingKey = try parseKey(afterCommaAt: comma)
            continue parsing
          case UInt8(ascii: "}"):
            index += 1
            value = .object(JSONObject(uniqueMembers: stack.removeLast().members))
          default:
            throw unexpected("expected ',' or '}' after object member")
          }
        } else {
          stack[top].elements.append(value)
          guard index < bytes.count else { throw unexpected("expected ',' or ']' after array element") }
          switch bytes[index] {
          case UInt8(ascii: ","):
            let comma = index
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
              throw JSONParseError("trailing comma in array", at: comma, in: bytes)
            }
            continue parsing
          case UInt8(ascii: "]"):
            index += 1
            value = .array(stack.removeLast().elements)
          default:
            throw unexpected("expected ',' or ']' after array element")
          }
        }
      }
      return value
    }
  }

  /// Parses `"key"` and the `:` after it, leaving `index` at the value.
  /// `comma` is the offset of the comma before the key, if any.
  private mutating func parseKey(afterCommaAt comma: Int?) throws(JSONParseError) -> String {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
      if let comma, index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        throw JSONParseError("trailing comma in object", at: comma, in: bytes)
      }
      throw unexpected(comma == nil ? "expected a string key or '}'" : "expected a string key after ','")
    }
    let key = try parseString()
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
      throw unexpected("expected ':' after object key")
    }
    index += 1
    return key
  }

  /// Moves `index` past JSON whitespace: space, tab, line feed, carriage return.
  @inline(__always)
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private func tooDeep() -> JSONParseError {
    JSONParseError("nesting deeper than \(maxDepth) levels", at: index, in: bytes)
  }
}

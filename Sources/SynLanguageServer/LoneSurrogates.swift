/// Editors send a file that is not valid UTF-8 with lone UTF-16 surrogates
/// escaped in its JSON string (`"\udcff"`: JavaScript strings and Python's
/// `surrogateescape` hold such bytes that way). SynJSON refuses lone
/// surrogates, as it must for API bodies; the server reads each as U+FFFD
/// instead, so such a document is still diagnosed rather than dropped.
enum LoneSurrogates {
  /// `json` with every `\uXXXX` escape of a lone surrogate replaced by `\uFFFD`.
  static func replaced(in json: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(json.count)
    var index = 0
    while index < json.count {
      guard json[index] == UInt8(ascii: "\\"), index + 1 < json.count else {
        output.append(json[index])
        index += 1
        continue
      }
      guard json[index + 1] == UInt8(ascii: "u"), let unit = hexQuad(json, at: index + 2) else {
        // Any other escape, `\\` included, is copied whole so its second byte starts nothing.
        output.append(contentsOf: json[index...index + 1])
        index += 2
        continue
      }
      switch unit {
      case 0xD800...0xDBFF
      where index + 7 < json.count && json[index + 6] == UInt8(ascii: "\\") && json[index + 7] == UInt8(ascii: "u")
        && (0xDC00...0xDFFF).contains(hexQuad(json, at: index + 8) ?? 0):
        output.append(contentsOf: json[index..<index + 12])
        index += 12
      case 0xD800...0xDFFF:
        output.append(contentsOf: Array(#"\uFFFD"#.utf8))
        index += 6
      default:
        output.append(contentsOf: json[index..<index + 6])
        index += 6
      }
    }
    return output
  }

  /// The value of four hexadecimal digits at `offset`, or nil.
  private static func hexQuad(_ bytes: [UInt8], at offset: Int) -> Int? {
    guard offset + 4 <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[offset..<offset + 4] {
      guard let digit = Int(String(UnicodeScalar(byte)), radix: 16) else { return nil }
      value = value * 16 + digit
    }
    return value
  }
}

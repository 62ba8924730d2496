/// The ASCII bytes and byte classes the syn lexer looks at. Scripts are read
/// as UTF-8 bytes; every syntactic character is ASCII, so multi-byte
/// characters only ever appear inside words, strings and comments.
enum Byte {
  static let tab: UInt8 = 0x09
  static let newline: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let quote: UInt8 = 0x22
  static let hash: UInt8 = 0x23
  static let dollar: UInt8 = 0x24
  static let apostrophe: UInt8 = 0x27
  static let plus: UInt8 = 0x2B
  static let comma: UInt8 = 0x2C
  static let minus: UInt8 = 0x2D
  static let dot: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let colon: UInt8 = 0x3A
  static let equals: UInt8 = 0x3D
  static let leftBracket: UInt8 = 0x5B
  static let backslash: UInt8 = 0x5C
  static let rightBracket: UInt8 = 0x5D
  static let underscore: UInt8 = 0x5F
  static let leftBrace: UInt8 = 0x7B
  static let rightBrace: UInt8 = 0x7D

  /// Space, tab and carriage return: what separates tokens on a line.
  @inline(__always)
  static func isBlank(_ byte: UInt8) -> Bool {
    byte == space || byte == tab || byte == carriageReturn
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10
  }

  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26
  }

  /// `[A-Za-z_]`: the first character of an identifier.
  @inline(__always)
  static func isIdentifierStart(_ byte: UInt8) -> Bool {
    isLetter(byte) || byte == underscore
  }

  /// `[A-Za-z0-9_-]`: the rest of an identifier (spec section 1).
  @inline(__always)
  static func isIdentifierContinuation(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte == underscore || byte == minus
  }

  /// `[A-Za-z0-9_]`: a name inside `"...$name..."`, where `-` ends the name
  /// as it does in a shell (`"p$i-x"` interpolates `$i`).
  @inline(__always)
  static func isInterpolationContinuation(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte == underscore
  }

  /// `[A-Za-z0-9_.-]`: the characters of an item key (`metadata.tier`, `Idempotency-Key`).
  @inline(__always)
  static func isItemKeyCharacter(_ byte: UInt8) -> Bool {
    isIdentifierContinuation(byte) || byte == dot
  }

  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: UInt32(byte - 0x30)
    case 0x41...0x46: UInt32(byte - 0x41 + 10)
    case 0x61...0x66: UInt32(byte - 0x61 + 10)
    default: nil
    }
  }
}

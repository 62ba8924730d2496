/// ASCII hexadecimal digits, read in UUIDs and `%XX` escapes.
public enum Hexadecimal {
  /// The value of the digit `byte` (`0-9`, `a-f`, `A-F`); nil for any other byte.
  public static func value(of byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// `bytes` as lowercase digits, two per byte.
  public static func lowercaseText(of bytes: some Sequence<UInt8>) -> String {
    var digits: [UInt8] = []
    for byte in bytes {
      digits.append(lowercaseDigit(byte >> 4))
      digits.append(lowercaseDigit(byte & 0xF))
    }
    return String(decoding: digits, as: UTF8.self)
  }

  /// The lowercase digit of `value` (0...15); inlinable, as ids are spelled with it digit by digit.
  @inlinable
  public static func lowercaseDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}

/// Appends bytes to a buffer known to have room for them: the text of an id
/// or a timestamp, written straight into a new string's storage (see
/// `String(unsafeUninitializedCapacity:initializingUTF8With:)`).
struct ByteWriter {
  let buffer: UnsafeMutableBufferPointer<UInt8>
  /// How many bytes are written.
  private(set) var count = 0

  init(buffer: UnsafeMutableBufferPointer<UInt8>) {
    self.buffer = buffer
  }

  mutating func append(_ byte: UInt8) {
    buffer[count] = byte
    count += 1
  }

  /// `value` (0...99) as two decimal digits.
  mutating func appendTwoDigits(_ value: Int) {
    append(UInt8(ascii: "0") + UInt8(value / 10))
    append(UInt8(ascii: "0") + UInt8(value % 10))
  }

}

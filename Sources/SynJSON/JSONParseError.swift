/// Why a text is not valid JSON, and where.
///
/// `line` and `column` are 1-based. Lines are separated by `\n` (so a
/// `\r\n` file counts the same as a `\n` one). The column counts Unicode
/// code points (scalars) from the start of the line, so `é` is one column and
/// a tab is one column. `offset` is the same position as a UTF-8 byte offset
/// into the parsed bytes.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, e.g. `expected ':' after object key`.
  public let message: String
  /// The 1-based line of the offending input.
  public let line: Int
  /// The 1-based column, in code points, of the offending input on its line.
  public let column: Int
  /// The 0-based UTF-8 byte offset of the offending input.
  public let offset: Int
  /// Whether the input stopped before the value was complete (`{"a": [1`,
  /// an unterminated string, `tru`, `1.`): more text could make it valid.
  /// An interactive prompt uses this to keep reading lines.
  public let needsMoreInput: Bool

  /// Creates an error; `line` and `column` are 1-based, `offset` is a UTF-8 byte offset.
  public init(message: String, line: Int, column: Int, offset: Int, needsMoreInput: Bool = false) {
    self.message = message
    self.line = line
    self.column = column
    self.offset = offset
    self.needsMoreInput = needsMoreInput
  }

  /// `LINE:COLUMN: MESSAGE`, e.g. `3:5: expected ':' after object key`.
  public var description: String { "\(line):\(column): \(message)" }
}

extension JSONParseError {
  /// Creates an error at byte `offset` of `bytes`, working out its line and column.
  init(_ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, needsMoreInput: Bool = false) {
    var line = 1
    var lineStart = 0
    let end = min(offset, bytes.count)
    for position in 0..<end where bytes[position] == UInt8(ascii: "\n") {
      line += 1
      lineStart = position + 1
    }
    var column = 1
    for position in lineStart..<end where bytes[position] & 0xC0 != 0x80 {
      column += 1
    }
    self.init(message: message, line: line, column: column, offset: offset, needsMoreInput: needsMoreInput)
  }
}

/// Where a statement's text lies in the bytes of its file.
///
/// A statement keeps this rather than copies of its text and of its line:
/// every statement of a file shares the file's bytes, where the copies cost
/// some 90 bytes a statement (9 MB of a 100,000-line script). The text is
/// spelled only when a message quotes it.
struct StatementSource: Sendable {
  private let bytes: [UInt8]
  private let start: UInt32
  private let end: UInt32

  init(_ bytes: [UInt8], range: Range<Int>) {
    self.bytes = bytes
    // Offsets of a file over 4 GiB would not fit; such a file is never read whole.
    start = UInt32(clamping: range.lowerBound)
    end = UInt32(clamping: range.upperBound)
  }

  /// Continuation lines joined by one space, each trimmed.
  var text: String {
    SourceText.statementText(in: bytes, Int(start)..<Int(end))
  }

  /// The whole physical line the statement starts on.
  var line: String {
    SourceText.line(in: bytes, containing: Int(start))
  }
}

/// Reading the text of a file's bytes the same way at parse time (messages)
/// and afterwards (a statement's `text` and `sourceLine`).
enum SourceText {
  /// Whether `offset` holds a `\` that continues the statement on the next
  /// line: only blanks may follow it before the line break (or the end).
  static func isContinuation(in bytes: [UInt8], at offset: Int) -> Bool {
    guard offset < bytes.count, bytes[offset] == Byte.backslash else { return false }
    var next = offset + 1
    while next < bytes.count, Byte.isBlank(bytes[next]) { next += 1 }
    return next == bytes.count || bytes[next] == Byte.newline
  }

  /// The source text of a statement spanning `range`: continuation lines
  /// joined by one space, each trimmed, without the `\` that continued them.
  static func statementText(in bytes: [UInt8], _ range: Range<Int>) -> String {
    var pieces: [String] = []
    var lineStart = range.lowerBound
    while lineStart < range.upperBound {
      var lineEnd = lineStart
      while lineEnd < range.upperBound, bytes[lineEnd] != Byte.newline { lineEnd += 1 }
      var first = lineStart
      var last = lineEnd
      while first < last, Byte.isBlank(bytes[first]) { first += 1 }
      while last > first, Byte.isBlank(bytes[last - 1]) { last -= 1 }
      if last > first, isContinuation(in: bytes, at: last - 1) {
        last -= 1
        while last > first, Byte.isBlank(bytes[last - 1]) { last -= 1 }
      }
      if last > first { pieces.append(String(decoding: bytes[first..<last], as: UTF8.self)) }
      lineStart = lineEnd + 1
    }
    return pieces.count == 1 ? pieces[0] : pieces.joined(separator: " ")
  }

  /// The text of the line holding `offset` (clamped to the text), without
  /// its line break or a byte order mark.
  static func line(in bytes: [UInt8], containing offset: Int) -> String {
    let textStart = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
    let offset = min(max(offset, textStart), bytes.count)
    var start = offset
    while start > textStart, bytes[start - 1] != Byte.newline { start -= 1 }
    var end = offset
    while end < bytes.count, bytes[end] != Byte.newline { end += 1 }
    if end > start, bytes[end - 1] == Byte.carriageReturn { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

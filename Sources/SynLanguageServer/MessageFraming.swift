/// The base protocol of LSP: each message is `Content-Length: N` (other
/// headers allowed, and ignored), a blank line (`\r\n\r\n`), then N bytes of
/// JSON. Bytes arrive in any chunks; `next()` hands out whole frames.
struct FrameReader {
  /// A message body, or a header block that cannot be read (skipped, so the
  /// next message is found).
  enum Frame: Equatable {
    case message([UInt8])
    case malformedHeader(String)
  }

  /// The largest body accepted: a bigger one is refused rather than buffered.
  static let maximumBodyBytes = 64 * 1024 * 1024
  /// Headers longer than this without a blank line are garbage, not a header.
  static let maximumHeaderBytes = 8 * 1024

  private var buffer: [UInt8] = []
  /// How much of `buffer` has been handed out already.
  private var consumed = 0
  /// The body length of a header already read, while its body is incomplete.
  private var pendingLength: Int?

  mutating func append(_ bytes: some Sequence<UInt8>) {
    if consumed > 0, consumed >= buffer.count / 2 {
      buffer.removeFirst(consumed)
      consumed = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next complete frame, or nil until more bytes arrive.
  mutating func next() -> Frame? {
    if pendingLength == nil {
      guard let separator = headerEnd() else {
        guard buffer.count - consumed > Self.maximumHeaderBytes else { return nil }
        consumed = buffer.count
        return .malformedHeader("a header longer than \(Self.maximumHeaderBytes) bytes without a blank line")
      }
      let header = String(decoding: buffer[consumed..<separator], as: UTF8.self)
      consumed = separator + 4
      switch Self.contentLength(in: header) {
      case .success(let length): pendingLength = length
      case .failure(let problem): return .malformedHeader(problem.message)
      }
    }
    guard let length = pendingLength, buffer.count - consumed >= length else { return nil }
    let body = Array(buffer[consumed..<consumed + length])
    consumed += length
    pendingLength = nil
    return .message(body)
  }

  /// The offset of the `\r\n\r\n` that ends the header block, if it has arrived.
  private func headerEnd() -> Int? {
    guard buffer.count - consumed >= 4 else { return nil }
    for offset in consumed...(buffer.count - 4)
    where buffer[offset] == 13 && buffer[offset + 1] == 10 && buffer[offset + 2] == 13 && buffer[offset + 3] == 10 {
      return offset
    }
    return nil
  }

  struct HeaderProblem: Error {
    var message: String
  }

  /// The value of `Content-Length` (any case), which must be a whole number of bytes.
  static func contentLength(in header: String) -> Result<Int, HeaderProblem> {
    for line in header.split(separator: "\r\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      guard line[..<colon].lowercased() == "content-length" else { continue }
      let value = line[line.index(after: colon)...].trimmingBlanks
      guard let length = Int(value), length >= 0 else {
        return .failure(HeaderProblem(message: "Content-Length '\(value)' is not a number of bytes"))
      }
      guard length <= maximumBodyBytes else {
        return .failure(HeaderProblem(message: "Content-Length \(length) is over the limit of \(maximumBodyBytes)"))
      }
      return .success(length)
    }
    return .failure(HeaderProblem(message: "a message without a Content-Length header"))
  }

  /// `body` framed for sending.
  static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}

extension Substring {
  /// The text without leading and trailing blanks (spaces and tabs).
  var trimmingBlanks: Substring {
    var text = drop { $0 == " " || $0 == "\t" }
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    return text
  }
}

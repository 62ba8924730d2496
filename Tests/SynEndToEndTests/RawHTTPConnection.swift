import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP connection to `syn serve` on 127.0.0.1, spoken to byte by byte: requests no HTTP
/// client library would send, and many connections kept open at once.
///
/// Every read has a deadline (SO_RCVTIMEO), generous for a slow shared machine: a server
/// that hangs makes the read report `.timedOut` and the test fail instead of blocking it.
final class RawHTTPConnection {
  /// What came back on the connection.
  enum Outcome: Equatable {
    case response(RawHTTPResponse)
    /// The server closed (or reset) the connection without a complete response.
    case closed
    /// Nothing conclusive before the read deadline.
    case timedOut
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let socket: Int32
  private var received: [UInt8] = []

  init(port: Int, readTimeoutSeconds: Int = 30) throws {
    socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Failure(description: "socket: errno \(errno)") }
    var timeout = timeval(tv_sec: readTimeoutSeconds, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(socket)
      throw Failure(description: "connect to port \(port): errno \(errno)")
    }
  }

  deinit { close(socket) }

  /// The port of a served simulator's origin (`http://127.0.0.1:PORT`).
  convenience init(_ server: ServedSimulator) throws {
    try self.init(port: Int(server.origin.split(separator: ":").last ?? "") ?? 0)
  }

  /// Sends all of `bytes`; false once the server has closed or reset the connection.
  @discardableResult
  func send(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if sent <= 0 { return false }
      offset += sent
    }
    return true
  }

  @discardableResult
  func send(_ text: String) -> Bool { send(Array(text.utf8)) }

  /// A request with a body and its Content-Length; `headers` are whole lines without CRLF.
  @discardableResult
  func send(_ method: String, _ path: String, headers: [String] = [], body: [UInt8] = []) -> Bool {
    let head =
      ([
        "\(method) \(path) HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json",
        "Content-Length: \(body.count)",
      ] + headers).joined(separator: "\r\n")
    return send(Array((head + "\r\n\r\n").utf8) + body)
  }

  /// Closes the sending side: the server reads end of input.
  func finishSending() { shutdown(socket, Int32(SHUT_WR)) }

  /// Reads one response (Content-Length framed, as `syn serve` answers), or how the reading ended.
  func readOutcome() -> Outcome {
    while true {
      if let (response, length) = RawHTTPResponse.parse(received) {
        received.removeFirst(length)
        return .response(response)
      }
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
      if count > 0 {
        received += buffer[..<count]
      } else if count == 0 || errno == ECONNRESET {
        return .closed
      } else if errno != EINTR {
        return .timedOut
      }
    }
  }

  /// Whether the server sent something, or hung up, within `seconds`.
  func waitForInput(seconds: Double) -> Bool {
    var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    return poll(&poller, 1, Int32(seconds * 1000)) > 0
  }

  /// Whether the server closed the connection within `seconds`, sending nothing (more) meanwhile
  /// other than a possible response, which is discarded.
  func isClosed(within seconds: Int) -> Bool {
    var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    let deadline = Date().addingTimeInterval(TimeInterval(seconds))
    while Date() < deadline {
      guard poll(&poller, 1, 100) > 0 else { continue }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
      if count == 0 || (count < 0 && errno == ECONNRESET) { return true }
    }
    return false
  }
}

/// A response as read off the wire.
struct RawHTTPResponse: Equatable {
  var status: Int
  /// Header names lowercased.
  var headers: [String: String]
  var body: [UInt8]

  var text: String { String(decoding: body, as: UTF8.self) }

  /// The response at the start of `bytes` and its length, once all of it has arrived.
  static func parse(_ bytes: [UInt8]) -> (RawHTTPResponse, Int)? {
    let separator: [UInt8] = Array("\r\n\r\n".utf8)
    guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else { return nil }
    let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
    let statusWords = lines[0].split(separator: " ")
    guard statusWords.count >= 2, let status = Int(statusWords[1]) else { return nil }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    let bodyStart = end + separator.count
    let length = Int(headers["content-length"] ?? "0") ?? 0
    guard bytes.count >= bodyStart + length else { return nil }
    return (
      RawHTTPResponse(status: status, headers: headers, body: Array(bytes[bodyStart..<bodyStart + length])),
      bodyStart + length
    )
  }
}

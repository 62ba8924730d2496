import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP server on 127.0.0.1 whose every connection is served by `serve` on a
/// thread of its own: it counts connections and records every request read.
final class ScriptedServer: Sendable {
  /// A request as the server read it: the connection it came on (from 1), its head and its body.
  struct Received: Sendable {
    var connection: Int
    var head: String
    var body: [UInt8]

    /// The request line, e.g. `GET /v1/x HTTP/1.1`.
    var line: String { head.components(separatedBy: "\r\n")[0] }
    /// The header lines, lowercased.
    var fields: [String] {
      head.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.lowercased() }
    }
  }

  /// One accepted connection, as `serve` sees it.
  final class Served: Sendable {
    let number: Int
    private let descriptor: Int32
    private let server: ScriptedServer
    private let pending = Mutex<[UInt8]>([])

    fileprivate init(number: Int, descriptor: Int32, server: ScriptedServer) {
      self.number = number
      self.descriptor = descriptor
      self.server = server
    }

    /// The next request on the connection, recorded; nil once the client closed it.
    func nextRequest() -> Received? {
      var bytes = pending.withLock { $0 }
      while true {
        if let end = Self.headEnd(in: bytes) {
          let head = String(decoding: bytes[..<end], as: UTF8.self)
          let length =
            head.components(separatedBy: "\r\n").lazy.map { $0.lowercased() }
            .first { $0.hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) } ?? 0
          let bodyStart = end + 4
          if bytes.count >= bodyStart + length {
            let received = Received(
              connection: number, head: head, body: Array(bytes[bodyStart..<bodyStart + length]))
            pending.withLock { $0 = Array(bytes[(bodyStart + length)...]) }
            server.record(received)
            return received
          }
        }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        bytes += buffer[..<count]
      }
    }

    func write(_ text: String) {
      write(Array(text.utf8))
    }

    func write(_ bytes: [UInt8]) {
      var offset = 0
      while offset < bytes.count {
        let sent = bytes[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent > 0 else { return }
        offset += sent
      }
    }

    /// Closes the connection (a FIN to the client).
    func close() {
      shutdown(descriptor, Int32(SHUT_RDWR))
    }

    private static func headEnd(in bytes: [UInt8]) -> Int? {
      guard bytes.count >= 4 else { return nil }
      return (0...(bytes.count - 4)).first {
        bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10
      }
    }
  }

  let port: Int
  private let listener: SilentListener
  private let state = Mutex<(connections: [Int32], requests: [Received])>(([], []))

  init(serve: @escaping @Sendable (Served) -> Void) throws {
    listener = try SilentListener()
    port = listener.port
    let descriptor = listener.descriptor
    Thread.detachNewThread { [self] in
      while true {
        let connection = accept(descriptor, nil, nil)
        guard connection >= 0 else { return }
        let number = state.withLock { state in
          state.connections.append(connection)
          return state.connections.count
        }
        let served = Served(number: number, descriptor: connection, server: self)
        Thread.detachNewThread { serve(served) }
      }
    }
  }

  /// The origin to send to.
  var origin: String { "http://127.0.0.1:\(port)" }

  /// How many connections were accepted.
  var connections: Int { state.withLock { $0.connections.count } }

  /// The requests read, in order.
  var requests: [Received] { state.withLock { $0.requests } }

  /// A server that answers each request of every connection with the text
  /// `answer` gives for its request line, keeping the connection open.
  convenience init(answering answer: @escaping @Sendable (_ requestLine: String) -> String) throws {
    try self.init { connection in
      while let request = connection.nextRequest() {
        connection.write(answer(request.line))
      }
    }
  }

  fileprivate func record(_ request: Received) {
    state.withLock { $0.requests.append(request) }
  }

  /// Stops listening and closes every connection: a later server on the same
  /// port must not meet a connection the shared client kept to this one.
  func stop() {
    shutdown(listener.descriptor, Int32(SHUT_RDWR))
    listener.close()
    for connection in state.withLock({ $0.connections }) {
      shutdown(connection, Int32(SHUT_RDWR))
    }
  }
}

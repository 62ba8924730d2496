import Foundation
import SynHTTP
import Synchronization
import Testing

@testable import SynLive

#if canImport(Glibc)
  import Glibc
#endif

/// Live requests say who sends them and that JSON is wanted, unless the script set those headers itself.
@Suite struct DefaultHeadersTests {
  /// Answers one request on 127.0.0.1 with an empty 200, keeping the request's head.
  final class RecordingServer: Sendable {
    let port: Int
    private let descriptor: Int32
    private let head = Mutex<String?>(nil)

    init() throws {
      let listener = try SilentListener()
      descriptor = listener.descriptor
      port = listener.port
      Thread.detachNewThread { [self] in serveOne() }
    }

    /// The request's head as received: request line and headers.
    var received: String? { head.withLock { $0 } }

    private func serveOne() {
      let connection = accept(descriptor, nil, nil)
      guard connection >= 0 else { return }
      defer {
        Glibc.close(connection)
        Glibc.close(descriptor)
      }
      var bytes: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      while !String(decoding: bytes, as: UTF8.self).contains("\r\n\r\n") {
        let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return }
        bytes += buffer[..<count]
      }
      head.withLock { $0 = String(decoding: bytes, as: UTF8.self) }
      let answer = Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8)
      _ = answer.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
    }
  }

  func headers(sending request: HTTPRequest) async throws -> [String] {
    let server = try RecordingServer()
    let options = RequestOptions(timeoutMilliseconds: 5000, origin: "http://127.0.0.1:\(server.port)")
    let response = try await LiveBackend(userAgent: "syn/9.9").send(request, options: options)
    #expect(response.status == 200)
    let head = try #require(server.received)
    return head.components(separatedBy: "\r\n").dropFirst().map { $0.lowercased() }
  }

  @Test func aRequestSaysWhoSendsItAndThatItReadsJSON() async throws {
    let lines = try await headers(sending: HTTPRequest(method: "GET", path: "/v1/usage"))
    #expect(lines.contains("user-agent: syn/9.9"))
    #expect(lines.contains("accept: application/json"))
  }

  @Test func theScriptsOwnHeadersWin() async throws {
    let request = HTTPRequest(
      method: "GET", path: "/v1/usage", headers: HTTPHeaders([("user-agent", "mine/1"), ("Accept", "text/csv")]))
    let lines = try await headers(sending: request)
    #expect(lines.filter { $0.hasPrefix("user-agent:") } == ["user-agent: mine/1"])
    #expect(lines.filter { $0.hasPrefix("accept:") } == ["accept: text/csv"])
  }
}

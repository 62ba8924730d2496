import Foundation
import NIOPosix
import SynHTTP
import Testing

@testable import SynLive

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct LiveBackendTests {
  @Test func urlsUseTheBaseURLOrEachAPIsOrigin() throws {
    let backend = LiveBackend()
    let synposter = "https://api.synposter.com"
    let query = [QueryItem(name: "external id", value: "a&b/ü")]
    #expect(
      try backend.destination(of: HTTPRequest(method: "GET", path: "/v1/profiles", query: query), origin: synposter).url
        == "https://api.synposter.com/v1/profiles?external%20id=a%26b%2F%C3%BC")
    #expect(
      try backend.destination(of: HTTPRequest(method: "GET", path: "/api/v4/roles"), origin: "https://api.synup.com")
        .url
        == "https://api.synup.com/api/v4/roles")
    #expect(
      try backend.destination(of: HTTPRequest(method: "GET", path: "/api/v4/roles"), origin: "http://127.0.0.1:9/").url
        == "http://127.0.0.1:9/api/v4/roles")
    // What a transport error names: the host, and the port when the origin gives one.
    #expect(
      try backend.destination(of: HTTPRequest(method: "GET", path: "/v1/x"), origin: synposter).host
        == "api.synposter.com")
    #expect(
      try backend.destination(of: HTTPRequest(method: "GET", path: "/v1/x"), origin: "http://127.0.0.1:9").host
        == "127.0.0.1:9")
    #expect(throws: TransportError.self) {
      try backend.destination(of: HTTPRequest(method: "GET", path: "/v1/x"), origin: "ftp://x")
    }
  }

  /// The last origin's parse is kept: asking again, or for another origin in between, gives the same answers.
  @Test func anOriginParsedBeforeGivesTheSameDestination() throws {
    let first = try ParsedOrigin.parsing("http://127.0.0.1:7/")
    #expect(first.origin == "http://127.0.0.1:7" && first.host == "127.0.0.1:7")
    #expect(throws: TransportError.self) { try ParsedOrigin.parsing("ftp://x") }
    #expect(throws: TransportError.self) { try ParsedOrigin.parsing("ftp://x") }
    let again = try ParsedOrigin.parsing("http://127.0.0.1:7/")
    #expect(again.origin == first.origin && again.host == first.host)
    #expect(try ParsedOrigin.parsing("https://api.synup.com").host == "api.synup.com")
  }

  // The two timing tests below run on the live backend's own event loop, clock
  // readings included: on Swift's shared pool, `swift test` of every target at
  // once (whose end-to-end tests block pool threads while a process runs) kept
  // them waiting for a thread for over a minute after their request had ended.

  @Test func aServerThatNeverAnswersTimesOut() async throws {
    let listener = try SilentListener()
    defer { listener.close() }
    await withTaskExecutorPreference(LiveBackend().preferredExecutor) {
      let start = ContinuousClock.now
      let request = HTTPRequest(method: "GET", path: "/v1/profiles")
      let options = RequestOptions(timeoutMilliseconds: 300, retries: 0, origin: "http://127.0.0.1:\(listener.port)")
      await #expect {
        _ = try await LiveBackend().send(request, options: options)
      } throws: { error in
        "\(error)" == "127.0.0.1:\(listener.port) took the request but sent no response within 300 ms"
      }
      // Well under the 30 s default, even on a loaded machine.
      #expect(ContinuousClock.now - start < .seconds(25))
    }
  }

  @Test func cancellingTheTaskStopsARequestInFlight() async throws {
    let listener = try SilentListener()
    defer { listener.close() }
    let options = RequestOptions(timeoutMilliseconds: 60_000, origin: "http://127.0.0.1:\(listener.port)")
    try await withTaskExecutorPreference(LiveBackend().preferredExecutor) {
      let start = ContinuousClock.now
      let request = Task {
        try await LiveBackend().send(HTTPRequest(method: "GET", path: "/v1/health"), options: options)
      }
      try await Task.sleep(for: .milliseconds(200))
      request.cancel()
      await #expect(throws: TransportError.self) { _ = try await request.value }
      // Ctrl-C at the prompt ends a request at once, not at its 60 s deadline.
      #expect(ContinuousClock.now - start < .seconds(30))
    }
  }

  @Test func aRefusedConnectionNamesTheHost() async throws {
    let port = try SilentListener.unusedPort()
    let options = RequestOptions(timeoutMilliseconds: 2000, origin: "http://127.0.0.1:\(port)")
    await #expect {
      _ = try await LiveBackend().send(HTTPRequest(method: "GET", path: "/v1/health"), options: options)
    } throws: { error in
      let text = "\(error)"
      return text.hasPrefix("could not connect to 127.0.0.1:\(port): ") && text.lowercased().contains("refused")
    }
  }
}

/// A TCP socket on 127.0.0.1 that accepts connections (the kernel's backlog) and never answers.
struct SilentListener {
  let descriptor: Int32
  let port: Int

  init() throws {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    descriptor = fd
    port = Int(UInt16(bigEndian: address.sin_port))
  }

  func close() {
    _ = Glibc.close(descriptor)
  }

  /// A port nothing listens on (bound, then closed).
  static func unusedPort() throws -> Int {
    let listener = try SilentListener()
    listener.close()
    return listener.port
  }
}

@Suite struct LiveBackendExecutorTests {
  @Test func thePreferredExecutorIsAnEventLoop() async {
    let onEventLoop = await withTaskExecutorPreference(LiveBackend().preferredExecutor) {
      MultiThreadedEventLoopGroup.currentEventLoop != nil
    }
    #expect(onEventLoop)
  }
}

import Hummingbird
import Logging
import NIOCore
import Synchronization
import Testing

/// A small HTTP server a test starts to receive webhooks: it keeps every
/// request (header names lower-cased)
/// and answers each as `answer` says (which may wait first).
final class WebhookReceiver: Sendable {
  struct Received: Sendable {
    let path: String
    let headers: [String: String]
    let body: [UInt8]
  }

  typealias Answer = @Sendable (_ request: Received, _ index: Int) async -> (status: Int, body: String)

  private let received = Mutex<[Received]>([])
  private let answer: Answer

  init(answer: @escaping Answer) {
    self.answer = answer
  }

  var requests: [Received] { received.withLock { $0 } }

  /// Runs `body` with the receiver listening on `http://127.0.0.1:PORT`, then stops it.
  func serving(_ body: (String) async throws -> Void) async throws {
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    var logger = Logger(label: "webhook.receiver")
    logger.logLevel = .critical
    let app = Application(
      responder: Responder(receiver: self), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
      onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
    let task = Task { try await app.runService() }
    defer { task.cancel() }
    var iterator = ports.makeAsyncIterator()
    let port = try #require(await iterator.next())
    try await body("http://127.0.0.1:\(port)")
  }

  private struct Responder: HTTPResponder {
    let receiver: WebhookReceiver

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
      var request = request
      let bytes = try await request.collectBody(upTo: 1024 * 1024)
      var headers: [String: String] = [:]
      for field in request.headers { headers[field.name.canonicalName] = field.value }
      let received = Received(path: request.uri.path, headers: headers, body: Array(buffer: bytes))
      let index = receiver.received.withLock { list in
        list.append(received)
        return list.count - 1
      }
      let (status, text) = await receiver.answer(received, index)
      return Response(status: .init(code: status), body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
  }
}

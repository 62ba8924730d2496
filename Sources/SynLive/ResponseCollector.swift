import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Synchronization

/// Collects a whole response as `ResponseAccumulator` does, and notes whether
/// the request was sent: a deadline that passes before then means no
/// connection was made, after it that the server did not answer in time.
final class ResponseCollector: HTTPClientResponseDelegate {
  typealias Response = HTTPClient.Response

  private let accumulator: ResponseAccumulator
  private let sent = Atomic(false)

  init(request: HTTPClient.Request, maximumBodyBytes: Int) {
    accumulator = ResponseAccumulator(request: request, maxBodySize: maximumBodyBytes)
  }

  /// True once the request's head went out on a connection.
  var requestSent: Bool {
    sent.load(ordering: .acquiring)
  }

  func didSendRequestHead(task: HTTPClient.Task<Response>, _ head: HTTPRequestHead) {
    sent.store(true, ordering: .releasing)
  }

  func didVisitURL(task: HTTPClient.Task<Response>, _ request: HTTPClient.Request, _ head: HTTPResponseHead) {
    accumulator.didVisitURL(task: task, request, head)
  }

  func didReceiveHead(task: HTTPClient.Task<Response>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
    accumulator.didReceiveHead(task: task, head)
  }

  func didReceiveBodyPart(task: HTTPClient.Task<Response>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
    accumulator.didReceiveBodyPart(task: task, buffer)
  }

  func didReceiveError(task: HTTPClient.Task<Response>, _ error: any Error) {
    accumulator.didReceiveError(task: task, error)
  }

  func didFinishRequest(task: HTTPClient.Task<Response>) throws -> Response {
    try accumulator.didFinishRequest(task: task)
  }
}

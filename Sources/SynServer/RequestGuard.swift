import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import SynJSON

/// Stands between NIO's HTTP/1 decoder and Hummingbird against clients that break HTTP.
///
/// - A request NIO cannot parse gets a JSON 400 (431 when its headers are too large)
///   where Hummingbird alone answers an empty 400 or just closes.
/// - A request whose body is not complete `bodyTimeout` after the read that brought its
///   head gets a JSON 408:
///   Hummingbird's idle timeout restarts at every body chunk, so a client trickling a
///   body would otherwise hold its connection forever.
///
/// Both close the connection. A request cut short (parse error, timeout, disconnect) ends
/// in an error for whoever reads its body, never in a short body the simulator would act on.
final class RequestGuard: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  /// Why a request's body reader fails when the request was cut short.
  struct IncompleteRequest: Error {}

  private let bodyTimeout: TimeAmount
  private var bodyDeadline: Scheduled<Void>?
  /// A request's head has arrived and its end not yet.
  private var readingRequest = false
  /// Requests whose response is not completely written.
  private var unanswered = 0
  /// The current response's head is written and its end not yet.
  private var responding = false
  /// The guard has refused the connection; it acts only once.
  private var refused = false

  init(bodyTimeout: TimeAmount) {
    self.bodyTimeout = bodyTimeout
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head:
      readingRequest = true
      unanswered += 1
    case .body:
      break
    case .end:
      readingRequest = false
      cancelDeadline()
    }
    context.fireChannelRead(data)
  }

  /// A request still incomplete when the client pauses gets its deadline now: most
  /// arrive whole in one read and never need one (a timer per request costs ~1.5%).
  func channelReadComplete(context: ChannelHandlerContext) {
    if readingRequest, bodyDeadline == nil, !refused {
      bodyDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: bodyTimeout) {
        self.bodyDeadline = nil
        self.refuse(
          context, failing: IncompleteRequest(), status: .requestTimeout, code: "request_timeout",
          message: "the request was not complete within \(self.bodyTimeout.nanoseconds / 1_000_000_000) s")
      }
    }
    context.fireChannelReadComplete()
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head:
      responding = true
    case .body:
      break
    case .end:
      responding = false
      unanswered -= 1
    }
    context.write(data, promise: promise)
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    guard !refused, let status = Self.status(answering: error) else {
      context.fireErrorCaught(error)
      return
    }
    let (code, message) =
      status == .requestHeaderFieldsTooLarge
      ? ("headers_too_large", "the request's headers are larger than the server accepts")
      : ("bad_request", "malformed HTTP request (\(error))")
    refuse(context, failing: error, status: status, code: code, message: message)
  }

  func channelInactive(context: ChannelHandlerContext) {
    cancelDeadline()
    if readingRequest, !refused {
      context.fireErrorCaught(IncompleteRequest())
    }
    context.fireChannelInactive()
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    cancelDeadline()
  }

  /// The status that answers a decoding error, or nil for errors that are not the client's request
  /// (a reset connection, say), which pass on untouched.
  static func status(answering error: any Error) -> HTTPResponse.Status? {
    switch error {
    case HTTPParserError.headerOverflow: .requestHeaderFieldsTooLarge
    case is HTTPParserError: .badRequest
    case is HTTP1TypeConversionError: .badRequest
    default: nil
    }
  }

  /// Fails the request being read first (so its body reader throws rather than returning what
  /// came), answers a JSON error if the client is waiting for no other response, then closes.
  private func refuse(
    _ context: ChannelHandlerContext, failing error: any Error, status: HTTPResponse.Status, code: String,
    message: String
  ) {
    refused = true
    cancelDeadline()
    context.fireErrorCaught(error)
    if !responding, unanswered == (readingRequest ? 1 : 0) {
      let json: JSONValue = ["error": .string(code), "message": .string(message)]
      let body = ByteBuffer(bytes: json.compactBytes)
      let head = HTTPResponse(
        status: status,
        headerFields: [
          .contentType: "application/json", .contentLength: String(body.readableBytes), .connection: "close",
        ])
      context.write(wrapOutboundOut(.head(head)), promise: nil)
      context.write(wrapOutboundOut(.body(body)), promise: nil)
      context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
    context.close(promise: nil)
  }

  private func cancelDeadline() {
    bodyDeadline?.cancel()
    bodyDeadline = nil
  }
}

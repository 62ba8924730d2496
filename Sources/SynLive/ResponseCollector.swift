import NIOCore
import NIOHTTP1
import SynHTTP

/// The last handler of a connection: writes a request and collects its
/// response, decoded by NIO's `HTTPResponseDecoder`, into one `HTTPResponse`,
/// which it hands to the request's completion. One request at a time.
final class ResponseCollector: ChannelInboundHandler {
  typealias InboundIn = HTTPClientResponsePart
  typealias OutboundOut = HTTPClientRequestPart

  /// A whole response, and whether its connection may carry another request.
  struct Answer {
    var response: HTTPResponse
    var keepsConnection: Bool
  }

  typealias Completion = (Result<Answer, any Error>) -> Void

  /// The request waiting for its response.
  private struct Pending {
    var completion: Completion
    var maximumBodyBytes: Int
    var head: HTTPResponseHead?
    var body: ByteBuffer?
  }

  private let watch: ResponseBytesWatch
  private var context: ChannelHandlerContext?
  private var pending: Pending?

  init(watch: ResponseBytesWatch) {
    self.watch = watch
  }

  /// Whether any byte of a response came since the last request was written.
  var receivedResponseBytes: Bool { watch.sawBytes }

  func handlerAdded(context: ChannelHandlerContext) {
    self.context = context
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    self.context = nil
  }

  /// Writes `request`; `completion` gets its response, or why none came.
  func send(_ request: OutgoingRequest, maximumBodyBytes: Int, completion: @escaping Completion) {
    guard let context, context.channel.isActive, pending == nil else {
      completion(.failure(ClientError.remoteConnectionClosed))
      return
    }
    watch.sawBytes = false
    pending = Pending(completion: completion, maximumBodyBytes: maximumBodyBytes)
    context.write(wrapOutboundOut(.head(request.head)), promise: nil)
    if let body = request.body {
      context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
    }
    context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    guard pending != nil else {
      // Nothing was asked: a server that talks out of turn cannot be trusted with the next request.
      context.close(promise: nil)
      return
    }
    switch unwrapInboundIn(data) {
    case .head(let head):
      pending?.head = head
    case .body(var part):
      let received = pending?.body?.readableBytes ?? 0
      guard let limit = pending?.maximumBodyBytes, received + part.readableBytes <= limit else {
        finish(.failure(ClientError.responseTooLarge))
        context.close(promise: nil)
        return
      }
      if pending?.body == nil {
        pending?.body = part
      } else {
        pending?.body?.writeBuffer(&part)
      }
    case .end:
      guard let finished = pending, let head = finished.head else { return }
      var headers = SynHTTP.HTTPHeaders()
      for (name, value) in head.headers {
        headers.add(name, value)
      }
      let body = finished.body.map { Array($0.readableBytesView) } ?? []
      // A response read to the connection's end has closed it; one framed by
      // its length or chunks leaves it ready for the next request, unless it says otherwise.
      let keeps = head.version == .http1_1 && head.isKeepAlive && context.channel.isActive
      finish(
        .success(
          Answer(
            response: HTTPResponse(status: Int(head.status.code), headers: headers, body: body), keepsConnection: keeps)
        ))
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    // A body cut short by the connection's end is the decoder's `invalidEOFState`.
    finish(.failure(error as? HTTPParserError == .invalidEOFState ? ClientError.remoteConnectionClosed : error))
    context.close(promise: nil)
  }

  func channelInactive(context: ChannelHandlerContext) {
    finish(.failure(ClientError.remoteConnectionClosed))
    context.fireChannelInactive()
  }

  private func finish(_ result: Result<Answer, any Error>) {
    guard let finished = pending else { return }
    pending = nil
    finished.completion(result)
  }
}

/// Sits before the response decoder and notes whether any response byte came:
/// a keep-alive connection the server closed before it sent a byte did not
/// answer the request, which is then safe to send again on a new connection.
final class ResponseBytesWatch: ChannelInboundHandler {
  typealias InboundIn = ByteBuffer

  var sawBytes = false

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    sawBytes = true
    context.fireChannelRead(data)
  }
}

import NIOCore
import NIOPosix
import SynHTTP

/// A small HTTP/1.1 client on one event loop: it keeps one idle keep-alive
/// connection per endpoint and sends one request at a time on it, without
/// the pool and request state machines of a general client (AsyncHTTPClient
/// spent about half of a live request's CPU in them; see docs/benchmarks.md).
/// A script sends its requests one after another, so one connection per
/// endpoint is all it reuses; requests sent at once each get their own.
final class KeepAliveClient: Sendable {
  let loop: any EventLoop
  /// How long making a connection may take, whatever the request's own deadline.
  let connectTimeout: TimeAmount
  private let idleConnections: NIOLoopBoundBox<[Endpoint: Connection]>

  init(loop: any EventLoop, connectTimeout: TimeAmount) {
    self.loop = loop
    self.connectTimeout = connectTimeout
    idleConnections = .makeBoxSendingValue([:], eventLoop: loop)
  }

  /// Sends `request`, which must be called on `loop`; the answer is read whole,
  /// up to `maximumBodyBytes` of body, by `deadline`. The task fails with a `RequestFailure`.
  func execute(_ request: OutgoingRequest, deadline: NIODeadline, maximumBodyBytes: Int) -> RequestTask {
    let promise = loop.makePromise(of: HTTPResponse.self)
    let exchange = Exchange(client: self, request: request, maximumBodyBytes: maximumBodyBytes, promise: promise)
    exchange.start(deadline: deadline)
    return RequestTask(futureResult: promise.futureResult, exchange: NIOLoopBound(exchange, eventLoop: loop))
  }

  /// Closes the idle connections. The client stays usable.
  func shutdown() -> EventLoopFuture<Void> {
    loop.flatSubmit {
      let closing = self.idleConnections.value.values.map { $0.channel.close(mode: .all) }
      self.idleConnections.value.removeAll()
      return EventLoopFuture.andAllComplete(closing, on: self.loop)
    }
  }

  /// The endpoint's idle connection, if it is still open; it is no longer idle.
  func takeIdleConnection(to endpoint: Endpoint) -> Connection? {
    guard let connection = idleConnections.value.removeValue(forKey: endpoint), connection.isActive else {
      return nil
    }
    return connection
  }

  /// Keeps `connection` for the endpoint's next request, closing the one kept before, if any.
  func keepIdle(_ connection: Connection, to endpoint: Endpoint) {
    connection.markReused()
    idleConnections.value.updateValue(connection, forKey: endpoint)?.close()
  }

  /// Opens a new connection to `endpoint`; `completion` runs on `loop`.
  func connect(to endpoint: Endpoint, completion: @escaping (Result<Connection, any Error>) -> Void) {
    let bootstrap = ClientBootstrap(group: loop)
      .connectTimeout(connectTimeout)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try Connection.addHandlers(to: channel, endpoint: endpoint)
        }
      }
    bootstrap.connect(host: endpoint.host, port: endpoint.port).assumeIsolated().whenComplete { result in
      completion(
        result.flatMap { channel in
          Result { try Connection(channel: channel) }.mapError { error in
            channel.close(promise: nil)
            return error
          }
        })
    }
  }
}

/// A request on its way: its answer to come, and the way to stop it.
struct RequestTask: Sendable {
  let futureResult: EventLoopFuture<HTTPResponse>
  fileprivate let exchange: NIOLoopBound<Exchange>

  /// Stops the request, closing its connection: it fails as `ClientError.cancelled`. Callable from any thread.
  func cancel() {
    let exchange = self.exchange
    exchange.eventLoop.execute { exchange.value.cancel() }
  }
}

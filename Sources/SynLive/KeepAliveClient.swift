import NIOCore
import NIOPosix
import SynHTTP

/// A small HTTP/1.1 client on one event loop: it keeps the idle keep-alive
/// connections of each endpoint and sends one request at a time on each,
/// without the pool and request state machines of a general client
/// (AsyncHTTPClient spent about half of a live request's CPU in them; see
/// docs/benchmarks.md). A script sends its requests one after another and so
/// reuses one connection; `syn test` runs a case per core at once, each
/// request taking an idle connection or opening one, and leaving it idle after.
final class KeepAliveClient: Sendable {
  let loop: any EventLoop
  /// How long making a connection may take, whatever the request's own deadline.
  let connectTimeout: TimeAmount
  /// The most idle connections kept per endpoint; a further one is closed.
  let idleLimit = 16
  /// Each endpoint's idle connections, the most recently used last.
  private let idleConnections: NIOLoopBoundBox<[Endpoint: [ClientConnection]]>

  init(loop: any EventLoop, connectTimeout: TimeAmount) {
    self.loop = loop
    self.connectTimeout = connectTimeout
    idleConnections = .makeBoxSendingValue([:], eventLoop: loop)
  }

  /// Sends `request` (call it on `loop`): the answer is read whole, up to
  /// `maximumBodyBytes` of body, by `deadline`, or the task fails with a `RequestFailure`.
  func execute(_ request: OutgoingRequest, deadline: NIODeadline, maximumBodyBytes: Int) -> RequestTask {
    let promise = loop.makePromise(of: HTTPResponse.self)
    let trip = RequestTrip(client: self, request: request, maximumBodyBytes: maximumBodyBytes, promise: promise)
    trip.start(deadline: deadline)
    return RequestTask(futureResult: promise.futureResult, trip: NIOLoopBound(trip, eventLoop: loop))
  }

  /// Closes the idle connections. The client stays usable.
  func shutdown() -> EventLoopFuture<Void> {
    loop.flatSubmit {
      let closing = self.idleConnections.value.values.joined().map { $0.channel.close(mode: .all) }
      self.idleConnections.value.removeAll()
      return EventLoopFuture.andAllComplete(closing, on: self.loop)
    }
  }

  /// The endpoint's most recently used idle connection that is still open; it is no longer idle.
  func takeIdleConnection(to endpoint: Endpoint) -> ClientConnection? {
    while let connection = idleConnections.value[endpoint]?.popLast() {
      if connection.isActive { return connection }
    }
    return nil
  }

  /// Keeps `connection` for a later request to the endpoint.
  func keepIdle(_ connection: ClientConnection, to endpoint: Endpoint) {
    connection.markReused()
    idleConnections.value[endpoint, default: []].append(connection)
    if idleConnections.value[endpoint]!.count > idleLimit {
      idleConnections.value[endpoint]!.removeFirst().close()
    }
  }

  /// Opens a new connection to `endpoint`; `completion` runs on `loop`.
  func connect(to endpoint: Endpoint, completion: @escaping (Result<ClientConnection, any Error>) -> Void) {
    let bootstrap = ClientBootstrap(group: loop)
      .connectTimeout(connectTimeout)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try ClientConnection.addHandlers(to: channel, endpoint: endpoint)
        }
      }
    bootstrap.connect(host: endpoint.host, port: endpoint.port).assumeIsolated().whenComplete { result in
      completion(
        result.flatMap { channel in
          Result { try ClientConnection(channel: channel) }.mapError { error in
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
  fileprivate let trip: NIOLoopBound<RequestTrip>

  /// Stops the request, closing its connection: it fails as `ClientError.cancelled`. Callable from any thread.
  func cancel() {
    let trip = self.trip
    trip.eventLoop.execute { trip.value.cancel() }
  }
}

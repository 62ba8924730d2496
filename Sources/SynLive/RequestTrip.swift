import NIOCore
import NIOSSL
import SynHTTP

/// One request's trip through `KeepAliveClient`, on its event loop: a
/// connection (the endpoint's idle one, else a new one), the request written,
/// the response read, all within one deadline. It ends once, by the response,
/// an error, the deadline or cancellation; a connection it leaves unfinished is closed.
final class RequestTrip: NIOScheduledCallbackHandler {
  private let client: KeepAliveClient
  private let request: OutgoingRequest
  private let maximumBodyBytes: Int
  private let promise: EventLoopPromise<HTTPResponse>
  private var deadline: NIOScheduledCallback?
  /// The connection the request is on, until its response is read.
  private var connection: ClientConnection?
  /// Whether the request's head went out on the current connection.
  private var requestSent = false
  private var isFinished = false

  init(
    client: KeepAliveClient, request: OutgoingRequest, maximumBodyBytes: Int, promise: EventLoopPromise<HTTPResponse>
  ) {
    self.client = client
    self.request = request
    self.maximumBodyBytes = maximumBodyBytes
    self.promise = promise
  }

  func start(deadline: NIODeadline) {
    self.deadline = try? client.loop.assumeIsolated().scheduleCallback(at: deadline, handler: self)
    if let idle = client.takeIdleConnection(to: request.endpoint) {
      send(on: idle)
    } else {
      connect()
    }
  }

  /// Ends the trip at once, closing its connection.
  func cancel() {
    abandon(ClientError.cancelled)
  }

  func handleScheduledCallback(eventLoop: some EventLoop) {
    deadline = nil
    abandon(ClientError.deadlineExceeded)
  }

  private func connect() {
    client.connect(to: request.endpoint) { result in
      switch result {
      case .success(let connection):
        guard !self.isFinished else {
          connection.close()
          return
        }
        self.send(on: connection)
      case .failure(let error):
        self.finish(.failure(error))
      }
    }
  }

  private func send(on connection: ClientConnection) {
    self.connection = connection
    requestSent = true
    connection.send(request, maximumBodyBytes: maximumBodyBytes) { result in
      self.receive(result, on: connection)
    }
  }

  private func receive(_ result: Result<ResponseCollector.Answer, any Error>, on connection: ClientConnection) {
    guard !isFinished else { return }
    self.connection = nil
    switch result {
    case .success(let answer):
      if answer.keepsConnection {
        client.keepIdle(connection, to: request.endpoint)
      } else {
        connection.close()
      }
      finish(.success(answer.response))
    case .failure(let error):
      connection.close()
      if isStale(connection, failingWith: error) {
        // Once at most: the new connection is not a reused one.
        requestSent = false
        connect()
      } else {
        finish(.failure(error))
      }
    }
  }

  /// Whether `connection` was a kept one the server had closed before it could
  /// answer: closed or reset with no byte of a response. Every client sends
  /// such a request again on a new connection; this one does so only where
  /// sending it twice is harmless, as the server may have read it before closing.
  private func isStale(_ connection: ClientConnection, failingWith error: any Error) -> Bool {
    guard connection.isReused, !connection.receivedResponseBytes, request.isRepeatable else { return false }
    if case .uncleanShutdown? = error as? NIOSSLError { return true }
    return error as? ClientError == .remoteConnectionClosed || error is IOError
  }

  private func abandon(_ error: ClientError) {
    guard !isFinished else { return }
    // Finished first: closing the connection tells its collector, whose own failure is then not this one.
    let unfinished = connection
    connection = nil
    finish(.failure(error))
    unfinished?.close()
  }

  private func finish(_ result: Result<HTTPResponse, any Error>) {
    guard !isFinished else { return }
    isFinished = true
    if let deadline {
      client.loop.assumeIsolated().cancelScheduledCallback(deadline)
      self.deadline = nil
    }
    switch result {
    case .success(let response):
      promise.succeed(response)
    case .failure(let error):
      promise.fail(RequestFailure(cause: error, requestSent: requestSent))
    }
  }
}

import NIOCore
public import SynHTTP

/// The live backend: requests go over HTTP(S) through one `KeepAliveClient`
/// shared by the whole process (connection reuse), with a deadline per
/// attempt and retries where `RetryPolicy` says a retry is safe. Where each
/// request goes is the sender's to say (`RequestOptions.origin`).
public struct LiveBackend: NetworkBackend {
  /// Largest response body read, in bytes.
  public var maximumBodyBytes = 64 * 1024 * 1024
  /// The first backoff before a retry; each further retry doubles it.
  public var initialBackoffMilliseconds = 100
  /// Sent as `User-Agent` (`syn/VERSION`), unless the request has its own.
  public var userAgent: String

  public init(userAgent: String = "syn") {
    self.userAgent = userAgent
  }

  /// The shared client's event loop: sending from it saves two thread hops per request.
  public var preferredExecutor: (any TaskExecutor)? { SharedHTTPClient.executor }

  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    try await send(request, options: RequestOptions())
  }

  /// Sends `request` from the shared client's event loop, whatever task calls
  /// (a script case already runs there; the prompt's statements do not).
  public func send(_ request: HTTPRequest, options: RequestOptions) async throws -> HTTPResponse {
    try await withTaskExecutorPreference(SharedHTTPClient.executor) {
      try await sendWithRetries(request, options: options)
    }
  }

  private func sendWithRetries(_ request: HTTPRequest, options: RequestOptions) async throws -> HTTPResponse {
    let destination = try self.destination(of: request, origin: options.origin)
    var attempt = 0
    while true {
      let start = ContinuousClock.now
      let outcome = await sendOnce(request, to: destination, timeoutMilliseconds: options.timeoutMilliseconds)
      let delay =
        attempt < options.retries
        ? RetryPolicy.delay(
          after: outcome, of: request, attempt: attempt, initialMilliseconds: initialBackoffMilliseconds,
          serverErrorIsRetrySafe: options.serverErrorIsRetrySafe)
        : nil
      RequestAttempts.observer?(
        RequestAttempt(
          outcome: outcome.mapError { $0 }, elapsed: ContinuousClock.now - start,
          retryDelayMilliseconds: delay))
      guard let delay else { return try outcome.get() }
      attempt += 1
      try await Task.sleep(for: .milliseconds(delay))
    }
  }

  /// Where a request goes: its origin, parsed, and the request's path and query.
  struct Destination {
    var origin: ParsedOrigin
    var pathAndQuery: String

    /// The request's absolute URL.
    var url: String { origin.origin + pathAndQuery }
    /// The `host[:port]` a transport error names.
    var host: String { origin.host }
  }

  /// Where `request` goes at `origin`; the origin is parsed once here, not again per attempt.
  func destination(of request: HTTPRequest, origin: String?) throws -> Destination {
    guard let given = origin else {
      throw TransportError(host: "the server", cause: "no origin was given for \(request.method) \(request.path)")
    }
    return Destination(
      origin: try ParsedOrigin.parsing(given), pathAndQuery: request.path + QueryItem.queryString(request.query))
  }

  /// One attempt, through the shared client's EventLoopFuture interface: on the
  /// client's event loop (where `send` runs) a request then costs one resumption.
  private func sendOnce(_ request: HTTPRequest, to destination: Destination, timeoutMilliseconds: Int) async
    -> Result<HTTPResponse, TransportError>
  {
    let deadline = NIODeadline.now() + .milliseconds(Int64(max(1, timeoutMilliseconds)))
    do {
      let outgoing = try OutgoingRequest(request, to: destination.origin, userAgent: userAgent)
      let client = SharedHTTPClient.client
      let maximumBodyBytes = self.maximumBodyBytes
      let task =
        client.loop.inEventLoop
        ? client.execute(outgoing, deadline: deadline, maximumBodyBytes: maximumBodyBytes)
        : try await client.loop.submit {
          client.execute(outgoing, deadline: deadline, maximumBodyBytes: maximumBodyBytes)
        }.get()
      return .success(
        try await withTaskCancellationHandler {
          try await task.futureResult.get()
        } onCancel: {
          task.cancel()
        })
    } catch {
      let failure = error as? RequestFailure
      return .failure(
        TransportError(
          host: destination.host, error: failure?.cause ?? error, requestSent: failure?.requestSent ?? false,
          timeoutMilliseconds: timeoutMilliseconds, maximumBodyBytes: maximumBodyBytes))
    }
  }
}

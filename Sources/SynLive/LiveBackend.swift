import AsyncHTTPClient
import NIOCore
import NIOHTTP1
public import SynHTTP

/// The live backend: requests go over HTTP(S) through one `HTTPClient`
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

  /// Where a request goes: its absolute URL, and the `host[:port]` a transport error names.
  struct Destination {
    var url: String
    var host: String
  }

  /// Where `request` goes at `origin`; the origin is parsed once here, not again per attempt.
  func destination(of request: HTTPRequest, origin: String?) throws -> Destination {
    guard let given = origin else {
      throw TransportError(host: "the server", cause: "no origin was given for \(request.method) \(request.path)")
    }
    let parsed = try ParsedOrigin.parsing(given)
    return Destination(url: parsed.origin + request.path + QueryItem.queryString(request.query), host: parsed.host)
  }

  /// One attempt, through AsyncHTTPClient's EventLoopFuture interface: on the
  /// client's event loop (where `send` runs) a request then costs one
  /// resumption, where the async interface adds a task hop to the cooperative
  /// pool and a resumption per part of the response (1.07x on the bench's
  /// live row, client CPU per request -20%).
  private func sendOnce(_ request: HTTPRequest, to destination: Destination, timeoutMilliseconds: Int) async
    -> Result<HTTPResponse, TransportError>
  {
    let timeout = TimeAmount.milliseconds(Int64(max(1, timeoutMilliseconds)))
    var collector: ResponseCollector?
    do {
      var headers = NIOHTTP1.HTTPHeaders()
      for field in request.headers {
        headers.add(name: field.name, value: field.value)
      }
      // Who is calling, and that syn reads JSON: unless the script said otherwise.
      if !headers.contains(name: "User-Agent") {
        headers.add(name: "User-Agent", value: userAgent)
      }
      if !headers.contains(name: "Accept") {
        headers.add(name: "Accept", value: "application/json")
      }
      let outgoing = try HTTPClient.Request(
        url: destination.url, method: NIOHTTP1.HTTPMethod(rawValue: request.method), headers: headers,
        body: request.body.isEmpty ? nil : .bytes(request.body))
      let delegate = ResponseCollector(request: outgoing, maximumBodyBytes: maximumBodyBytes)
      collector = delegate
      let task = SharedHTTPClient.client.execute(request: outgoing, delegate: delegate, deadline: .now() + timeout)
      let response = try await withTaskCancellationHandler {
        try await task.futureResult.get()
      } onCancel: {
        task.cancel()
      }
      var fields = SynHTTP.HTTPHeaders()
      for (name, value) in response.headers {
        fields.add(name, value)
      }
      let body = response.body.map { Array(buffer: $0) } ?? []
      return .success(HTTPResponse(status: Int(response.status.code), headers: fields, body: body))
    } catch {
      return .failure(
        TransportError(
          host: destination.host, error: error, requestSent: collector?.requestSent ?? false,
          timeoutMilliseconds: timeoutMilliseconds, maximumBodyBytes: maximumBodyBytes))
    }
  }
}

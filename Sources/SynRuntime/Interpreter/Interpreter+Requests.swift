import SynCatalog
import SynHTTP
import SynJSON
import SynLanguage
import Synchronization

extension Interpreter {
  /// `VERB NOUN ...`: builds the request from the catalog and sends it.
  func perform(_ request: CatalogRequest, of statement: Statement) async throws(Interruption) {
    let (catalog, operation) = try operation(for: request, in: statement)
    let built = try RequestBuilder(interpreter: self, statement: statement, catalog: catalog, operation: operation)
      .build(request)
    let exchange = try await send(built, api: catalog.api, operation: operation, in: statement)
    if let binding = request.binding {
      session.variables[binding] = exchange.bodyValue ?? .null
    }
  }

  /// `send METHOD PATH ...`: a request the catalog does not shape.
  func perform(_ request: RawRequest, of statement: Statement) async throws(Interruption) {
    let built = try RequestBuilder(interpreter: self, statement: statement, catalog: session.catalog, operation: nil)
      .build(request)
    let exchange = try await send(built, api: session.api, in: statement)
    if let binding = request.binding {
      session.variables[binding] = exchange.bodyValue ?? .null
    }
  }

  /// The catalog and operation a `VERB NOUN` names, or an error naming the nearest valid choices.
  func operation(for request: CatalogRequest, in statement: Statement) throws(Interruption) -> (Catalog, Operation) {
    switch OperationLookup.resolve(verb: request.verb, noun: request.noun, activeAPI: session.api) {
    case .success(let found):
      return found
    case .failure(let problem):
      throw .runtimeError(.runtime(at: statement, column: problem.word.location.column, problem.message))
    }
  }

  /// Sends `request` with the API's key, records the exchange as the last response;
  /// `operation` is the catalog operation it calls, when a catalog statement sent it.
  @discardableResult
  func send(_ request: HTTPRequest, api: APIName, operation: Operation? = nil, in statement: Statement)
    async throws(Interruption) -> Exchange
  {
    var request = request
    let connection = session.connection
    connection.authorize(&request, for: api)
    if connection.settings.verbose {
      output.write(ResponseFormatter.verbose(request), to: .error)
    }
    let start = ContinuousClock.now
    // Under -v, each retried attempt is shown too, not only the last. Without -v
    // nothing is observed, and no task-local value is bound for the request.
    let retried = connection.settings.verbose ? RetriedAttempts() : nil
    // A local function, not a closure value: nothing escapes, so neither the
    // request nor the statement is copied into a heap context per request.
    func sendRequest() async throws -> HTTPResponse {
      try await connection.send(request, api: api, from: statement)
    }
    let outcome: Result<HTTPResponse, any Error>
    do {
      if let retried {
        outcome = .success(
          try await RequestAttempts.$observer.withValue(AttemptObserver(retried.record), operation: sendRequest))
      } else {
        outcome = .success(try await sendRequest())
      }
    } catch {
      outcome = .failure(error)
    }
    for attempt in retried?.attempts ?? [] {
      output.write(ResponseFormatter.verbose(retried: attempt, of: request, to: api), to: .error)
    }
    let response: HTTPResponse
    switch outcome {
    case .success(let answer): response = answer
    case .failure(let error):
      let explained = connection.explain(error, api: api)
      throw .runtimeError(.runtime(at: statement, "\(request.method) \(request.path) failed: \(explained)"))
    }
    let exchange = Exchange(
      api: api, operation: operation, request: request, response: response,
      elapsedMilliseconds: (ContinuousClock.now - start).milliseconds)
    session.last = exchange
    if session.sentRequests != nil, let label = statement.requestLabel {
      session.sentRequests?.append(
        SentRequest(
          location: statement.location, label: label,
          answer: AnswerDiffer.Answer(status: response.status, body: exchange.bodyValue)))
    }
    session.ledger?.note(exchange)
    if connection.settings.verbose {
      output.write(ResponseFormatter.verbose(exchange), to: .error)
    }
    return exchange
  }
}

/// The attempts of one request that were followed by another (`-v`).
private final class RetriedAttempts: Sendable {
  private let log = Mutex<[RequestAttempt]>([])

  var attempts: [RequestAttempt] { log.withLock { $0 } }

  @Sendable func record(_ attempt: RequestAttempt) {
    guard attempt.retryDelayMilliseconds != nil else { return }
    log.withLock { $0.append(attempt) }
  }
}

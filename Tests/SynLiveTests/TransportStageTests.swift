import SynHTTP
import Testing

@testable import SynLive

/// A request without an answer tells how far it got: no connection, or connected and no answer in time.
@Suite struct TransportStageTests {
  func failure(of options: RequestOptions) async -> TransportError? {
    do {
      _ = try await LiveBackend().send(HTTPRequest(method: "GET", path: "/v1/health"), options: options)
      return nil
    } catch {
      return error as? TransportError
    }
  }

  @Test func aRefusedConnectionFailedConnecting() async throws {
    let port = try SilentListener.unusedPort()
    let error = await failure(of: RequestOptions(timeoutMilliseconds: 2000, origin: "http://127.0.0.1:\(port)"))
    #expect(error?.stage == .connecting)
    // The system's words alone: NIO's own description of it ends `Connection refused) (errno: 111)`.
    #expect(error?.cause == "Connection refused")
  }

  @Test func aServerThatTakesTheConnectionButNeverAnswersFailedAwaitingTheAnswer() async throws {
    let listener = try SilentListener()
    defer { listener.close() }
    let error = await failure(of: RequestOptions(timeoutMilliseconds: 300, origin: "http://127.0.0.1:\(listener.port)"))
    #expect(error?.stage == .awaitingAnswer)
    #expect(error?.cause == "no response within 300 ms")
  }

  @Test func aDeadlineThatPassesBeforeTheRequestLeftIsNoConnection() {
    let error = TransportError(
      host: "api.example.test", error: ClientError.deadlineExceeded, requestSent: false, timeoutMilliseconds: 300,
      maximumBodyBytes: 1)
    #expect(error.stage == .connecting)
    #expect("\(error)" == "could not connect to api.example.test: no connection within 300 ms")
  }

  @Test func aRequestThatNeverLeftIsRetriedWhateverItsMethod() {
    let unconnected = TransportError(host: "api.example.test", cause: "no connection within 300 ms", stage: .connecting)
    let unanswered = TransportError(
      host: "api.example.test", cause: "no response within 300 ms", stage: .awaitingAnswer)
    let post = HTTPRequest(method: "POST", path: "/v1/posts")
    let delay = { (error: TransportError) in
      RetryPolicy.delay(
        after: .failure(error), of: post, attempt: 0, initialMilliseconds: 100, serverErrorIsRetrySafe: false)
    }
    #expect(delay(unconnected) == 100)
    #expect(delay(unanswered) == nil)
  }

  @Test func noOriginIsAnErrorNotAGuess() async {
    let error = await failure(of: RequestOptions())
    #expect(error?.description == "no answer from the server: no origin was given for GET /v1/health")
  }
}

import SynHTTP
import SynLanguage
import SynSimulator
import SynTestSupport
import Synchronization
import Testing

@testable import SynRuntime

/// How a session reaches the APIs: each request's origin comes from its API
/// (the live backend never guesses), and a session that cannot open says
/// where, without a made-up source location.
@Suite struct ConnectionTests {
  /// A network backend that notes where each request was sent, answered by a simulator or failing as told.
  final class RecordingBackend: NetworkBackend {
    struct Sent: Equatable {
      var path: String
      var origin: String?
      var serverErrorIsRetrySafe: Bool
    }

    let simulator = SimulatorBackend()
    let failure: (any Error)?
    let sent = Mutex<[Sent]>([])

    init(failing failure: (any Error)? = nil) {
      self.failure = failure
    }

    var preferredExecutor: (any TaskExecutor)? { nil }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
      try await send(request, options: RequestOptions())
    }

    func send(_ request: HTTPRequest, options: RequestOptions) async throws -> HTTPResponse {
      let note = Sent(
        path: request.path, origin: options.origin, serverErrorIsRetrySafe: options.serverErrorIsRetrySafe)
      sent.withLock { $0.append(note) }
      if let failure { throw failure }
      return try await simulator.send(request)
    }
  }

  struct Unanswered: TransportFailure {
    var stage: TransportStage
    var description: String {
      stage == .connecting
        ? "could not connect to 127.0.0.1:9: Connection refused" : "127.0.0.1:9 took the request but sent no response"
    }
  }

  func live(_ backend: RecordingBackend, baseURL: String? = nil) -> RunConfiguration {
    var configuration = RunConfiguration.simulated()
    configuration.live = true
    configuration.liveBackend = backend
    configuration.baseURL = baseURL
    configuration.apiKey = "k"
    return configuration
  }

  func run(_ source: String, in session: Session) async -> Interruption? {
    let parsed = parseStatements(source, file: "test.syn")
    do {
      try await Interpreter(session: session, output: CapturedOutput()).run(parsed.statements)
      return nil
    } catch {
      return error
    }
  }

  @Test func withoutABaseURLEachRequestGoesToItsOwnAPIsOrigin() async throws {
    let backend = RecordingBackend()
    let session = try await Session.start(configuration: live(backend))
    #expect(await run("get usage\nuse synup\ncreate folder name=\"f\"", in: session) == nil)
    #expect(
      backend.sent.withLock { $0 } == [
        .init(path: "/v1/usage", origin: "https://api.synposter.com", serverErrorIsRetrySafe: true),
        .init(path: "/api/v4/folders/create", origin: "https://api.synup.com", serverErrorIsRetrySafe: false),
      ])
    #expect(session.last?.request.headers["Authorization"] == "API k")
  }

  @Test func aBaseURLServesBothAPIsAndTheControlPlane() async throws {
    let backend = RecordingBackend()
    let session = try await Session.start(configuration: live(backend, baseURL: "http://127.0.0.1:9"))
    #expect(session.hasControlPlane)
    #expect(await run("get usage\nuse synup\ncreate folder name=\"f\"", in: session) == nil)
    let origins = backend.sent.withLock { $0.map(\.origin) }
    #expect(origins == Array(repeating: "http://127.0.0.1:9", count: 3))
  }

  @Test func aSessionThatCannotOpenIsAStartUpErrorWithoutALocation() async {
    let backend = RecordingBackend(failing: Unanswered(stage: .connecting))
    do {
      _ = try await Session.start(configuration: live(backend, baseURL: "http://127.0.0.1:9"))
      Issue.record("the session opened")
    } catch {
      #expect(error.exitStatus == .runtimeError)
      #expect(
        error.report == "syn: error: cannot open a session on http://127.0.0.1:9: could not connect to 127.0.0.1:9: "
          + "Connection refused (check the URL http://127.0.0.1:9, and that a server listens there)")
    }
  }

  @Test func backendLiveThatCannotConnectFailsAtItsStatement() async throws {
    var configuration = RunConfiguration.simulated()
    configuration.liveBackend = RecordingBackend(failing: Unanswered(stage: .connecting))
    let session = try await Session.start(configuration: configuration)
    let stopped = await run("print \"x\"\nbackend live \"http://127.0.0.1:9\"", in: session)
    guard case .runtimeError(let diagnostic)? = stopped else {
      Issue.record("not a runtime error: \(String(describing: stopped))")
      return
    }
    #expect(diagnostic.location == SourceLocation(file: "test.syn", line: 2, column: 1))
    #expect(
      diagnostic.message.hasPrefix("cannot open a session on http://127.0.0.1:9: could not connect to 127.0.0.1:9: "))
    // The session stays where it was: on the in-process simulator, with its tenant.
    #expect(!session.isLive)
    #expect(await run("get usage\nexpect status 200", in: session) == nil)
  }

  @Test func noAnswerInTimeNamesTheSettingThatBoundsIt() async throws {
    let backend = RecordingBackend(failing: Unanswered(stage: .awaitingAnswer))
    let session = try await Session.start(configuration: live(backend))
    let stopped = await run("set timeout 300ms\nget usage", in: session)
    #expect(
      stopped?.runtimeMessage == "GET /v1/usage failed: 127.0.0.1:9 took the request but sent no response "
        + "(set timeout, now 300 ms, bounds the wait)")
  }
}

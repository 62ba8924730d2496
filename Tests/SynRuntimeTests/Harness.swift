import SynHTTP
import SynJSON
import SynLanguage
import SynRuntime
import SynTestSupport
import Testing

/// Runs statements in one fresh session and keeps what they left behind.
struct Harness {
  let session: Session
  let output: CapturedOutput
  let interpreter: Interpreter

  /// A session on the in-process simulator, or on `backend` in its place.
  static func start(
    variables: [String: String] = [:], environment: [String: String] = [:], backend: (any Backend)? = nil
  ) async throws -> Harness {
    var configuration = RunConfiguration.simulated(variables: variables, environment: environment)
    if let backend {
      configuration.mockBackend = backend
    }
    let session = try await Session.start(configuration: configuration)
    let output = CapturedOutput()
    return Harness(session: session, output: output, interpreter: Interpreter(session: session, output: output))
  }

  /// Runs `source`; returns how it stopped, or nil when it ran to the end.
  @discardableResult
  func run(_ source: String) async -> Interruption? {
    let parsed = parseStatements(source, file: "test.syn")
    // A script that does not parse fails the test that wrote it, not the whole test process.
    guard parsed.diagnostics.isEmpty else {
      Issue.record("test script does not parse: \(parsed.diagnostics.map(\.rendered))")
      return nil
    }
    do {
      try await interpreter.run(parsed.statements)
      return nil
    } catch {
      return error
    }
  }

  /// The last request's body as compact JSON text.
  var lastRequestBody: String {
    String(decoding: session.last?.request.body ?? [], as: UTF8.self)
  }

  var lastQuery: [String] {
    session.last?.request.query.map { "\($0.name)=\($0.value)" } ?? []
  }
}

extension Interruption {
  var isExpectationFailure: Bool {
    if case .expectationFailed = self { return true }
    return false
  }

  var runtimeMessage: String? {
    if case .runtimeError(let diagnostic) = self { return diagnostic.message }
    return nil
  }
}

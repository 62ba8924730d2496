import SynJSON
import SynLanguage

extension Interpreter {
  /// `backend mock` (a fresh tenant of the in-process simulator) or
  /// `backend live [URL]` (a server over HTTP: URL, else `--base-url`, else the real APIs).
  func switchBackend(to kind: String, url: Value?, in statement: Statement) async throws(Interruption) {
    var baseURL = session.configuration.baseURL
    if kind != "mock", let url {
      guard let text = try require(url, in: statement).stringValue, TypeCheck.isURL(text) else {
        throw Interruption.runtimeError(
          .runtime(at: statement, "backend live needs an absolute URL such as http://127.0.0.1:8080"))
      }
      baseURL = text
    }
    do {
      if kind == "mock" {
        guard session.isLive else { return }
        try await session.connection.useMock()
      } else {
        try await session.connection.useLive(baseURL: baseURL)
      }
    } catch {
      throw .runtimeError(.runtime(at: statement, error.message))
    }
  }
}

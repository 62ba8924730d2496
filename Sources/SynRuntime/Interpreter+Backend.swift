import SynLanguage

extension Interpreter {
  /// `backend mock` (a fresh tenant of the in-process simulator) or
  /// `backend live [URL]` (a server over HTTP: URL, else `--base-url`, else the real APIs).
  func switchBackend(to kind: String, url: Value?, in statement: Statement) async throws(Interruption) {
    do throws(Interruption) {
      switch kind {
      case "mock":
        guard session.isLive else { return }
        try await session.switchToMock()
      default:
        var baseURL = session.configuration.baseURL
        if let url {
          guard let text = try require(url, in: statement).stringValue, TypeCheck.isURL(text) else {
            throw Interruption.runtimeError(
              .runtime(at: statement, "backend live needs an absolute URL such as http://127.0.0.1:8080"))
          }
          baseURL = text
        }
        try await session.switchToLive(baseURL: baseURL)
      }
    } catch {
      // The session's own failures carry no location: give them the statement's.
      if case .runtimeError(let diagnostic) = error, diagnostic.location.file == "<simulator>" {
        throw .runtimeError(.runtime(at: statement, diagnostic.message))
      }
      throw error
    }
  }
}

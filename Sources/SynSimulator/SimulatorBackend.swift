public import SynHTTP

/// The in-process backend: requests go straight to a `Simulator`.
public struct SimulatorBackend: Backend {
  /// The simulator answering this backend's requests.
  public let simulator: Simulator

  /// A backend over `simulator`, which other backends may share.
  public init(simulator: Simulator = Simulator()) {
    self.simulator = simulator
  }

  /// Answers `request` with `Simulator.handle`; never throws.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    simulator.handle(request)
  }
}

public import SynCatalog
public import SynHTTP

/// What the command line fixes for a whole run, the backends included: the
/// runtime sends requests through them and knows nothing of how they work.
public struct RunConfiguration: Sendable {
  /// `--var NAME=VALUE`: string variables defined before every case.
  public var variables: [String: String]
  /// Read by `$env.NAME`.
  public var environment: [String: String]
  /// `--api-key`: sent instead of the session's own key.
  public var apiKey: String?
  /// `-v`: print every request and response.
  public var verbose: Bool
  /// `--show-responses` and `-c`: print each request's response (status line and body) to standard output.
  public var showResponses = false
  /// The in-process simulator with its `/_sim` control plane (`--backend mock`, `backend mock`),
  /// shared by every session: each signs up a tenant of its own on it.
  public var mockBackend: any Backend
  /// `--backend live`: sessions start on the live backend.
  public var live = false
  /// The live backend (one per process), for `--backend live` and `backend live`; nil where there is none.
  public var liveBackend: (any NetworkBackend)?
  /// `--base-url`: one origin serving both APIs (`syn serve`); nil for the real APIs' own origins.
  public var baseURL: String?
  /// `SYNPOSTER_API_KEY` and `SYNUP_API_KEY`: the keys of a live server without the control plane.
  public var environmentKeys: [APIName: String] = [:]
  /// `--record FILE`: keeps every exchange of the run for a HAR file.
  public var recorder: HARRecorder?
  /// `--backend replay --cassette FILE`: the recording the backends answer from (both of them are a
  /// `ReplayBackend`, and sessions start as on a live server); nil on the other backends.
  public var cassette: String?
  /// `--compare`: every case runs on this backend too, and a difference between the answers fails it.
  public var comparison: ComparisonTarget?
  /// `--cleanup`: after each test case, remove what it made and did not remove itself (docs/live.md).
  /// The command line decides the default: on for `syn test --backend live`, off elsewhere.
  public var cleanup = false
  /// Whether each case's trace lists every statement it ran (`CaseTrace.steps`), which the HTML
  /// report shows; off, a run keeps and masks nothing per statement (a 100,000-line script ran a
  /// fifth slower with it). `--compare` records the steps anyway: it compares them.
  public var tracesSteps = true

  public init(
    mockBackend: any Backend, variables: [String: String] = [:], environment: [String: String] = [:],
    apiKey: String? = nil, verbose: Bool = false
  ) {
    self.mockBackend = mockBackend
    self.variables = variables
    self.environment = environment
    self.apiKey = apiKey
    self.verbose = verbose
  }
  /// Makes `replay` answer every request, as `--backend replay` asks: both backends are the
  /// recording, and sessions start as on a live server (a recording made on a control plane has sign-ups).
  public mutating func replay(from replay: ReplayBackend) {
    (mockBackend, liveBackend, live, cassette) = (replay, replay, true, replay.cassette)
  }

}

import ArgumentParser
import Foundation
import SynCatalog
import SynLive
import SynRuntime
import SynSimulator

/// The options every command that runs statements takes (language.md section 9).
struct CommonOptions: ParsableArguments {
  @Option(
    help:
      "Where requests go: mock (the built-in simulator), live (HTTP: the real APIs, or --base-url) or replay (--cassette)."
  )
  var backend: BackendKind = .mock

  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp("With --backend live: one origin serving both APIs, e.g. syn serve's.", valueName: "url"))
  var baseURL: String?

  @Option(name: .customLong("api-key"), help: "With --backend live: the API key to send instead of the session's own.")
  var apiKey: String?

  @Option(
    help: ArgumentHelp(
      "With --backend replay: the HAR file (--record's, or any HAR 1.2) that answers the requests.", valueName: "file"),
    completion: .file(extensions: ["har"]))
  var cassette: String?

  @Option(
    help: ArgumentHelp(
      "Record every request and response of the run as a HAR 1.2 file (keys hidden).", valueName: "file"),
    completion: .file(extensions: ["har"]))
  var record: String?

  @Option(name: .customLong("var"), help: ArgumentHelp("Define a string variable.", valueName: "name=value"))
  var variables: [String] = []

  @Flag(name: [.short, .long], help: "Print every request and response (keys masked).")
  var verbose = false

  @Flag(name: .customLong("show-responses"), help: "Print each response (status line and body), without -v's headers.")
  var showResponses = false

  @Flag(name: .customLong("no-color"), help: "Plain output, without colors (also NO_COLOR).")
  var noColor = false

  enum BackendKind: String, CaseIterable, ExpressibleByArgument {
    case mock
    case live
    case replay
  }

  func validate() throws {
    // Without --backend live these would be ignored, and the run would pass against the simulator instead.
    if backend != .live {
      for (option, value) in [("--base-url", baseURL), ("--api-key", apiKey)] where value != nil {
        throw ValidationError("\(option) needs --backend live; without it statements run on the built-in simulator")
      }
    }
    if backend == .replay, cassette == nil {
      throw ValidationError("--backend replay needs --cassette FILE, the recording to answer from")
    }
    if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0) }) != true {
      throw ValidationError("--base-url needs an http or https URL such as http://127.0.0.1:8080, got '\(baseURL)'")
    }
    for definition in variables where !definition.contains("=") {
      throw ValidationError("--var needs name=value, got '\(definition)'")
    }
  }

  /// The variables `--var name=value` options define (`syn check` reads the same).
  static func defined(_ definitions: [String]) -> [String: String] {
    var defined: [String: String] = [:]
    for definition in definitions {
      let parts = definition.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      defined[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    return defined
  }

  /// The run these options ask for, with both backends: the in-process simulator and the live one
  /// (or, to replay, the recording as both), and with `--record`, its recorder grouping exchanges as `grouping` says.
  /// A verbose run starts with `syn VERSION` on `output`'s standard error, for bug reports and CI logs.
  /// A recording that cannot be replayed is a usage error, reported on `output`.
  /// `--cassette` is a usage error unless something replays it: `--backend replay`, or `comparingWithReplay`
  /// (`syn test --compare replay`). It is checked here, not in `validate()`: `syn`'s own options are
  /// validated too when a command runs, without the command's `--compare`.
  func configuration(
    announcingOn output: any OutputSink, recording grouping: HARRecorder.Grouping, comparingWithReplay: Bool = false
  ) throws -> RunConfiguration {
    if cassette != nil, backend != .replay, !comparingWithReplay {
      output.line(
        "error: --cassette needs --backend replay (or --compare replay on syn test); without it requests go to "
          + "the \(backend.rawValue) backend", to: .error)
      throw ExitCode(.usageError)
    }
    if verbose {
      output.line("syn \(SynVersion.current)", to: .error)
    }
    let environment = ProcessInfo.processInfo.environment
    var configuration = RunConfiguration(
      mockBackend: SimulatorBackend(simulator: Simulator()), variables: Self.defined(variables),
      environment: environment,
      apiKey: apiKey, verbose: verbose)
    configuration.showResponses = showResponses
    configuration.live = backend == .live
    configuration.liveBackend = LiveBackend(userAgent: "syn/\(SynVersion.current)")
    configuration.baseURL = baseURL
    let nonEmpty = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
    configuration.environmentKeys = Dictionary(
      uniqueKeysWithValues: APIName.allCases.compactMap { api in nonEmpty(api.keyVariable).map { (api, $0) } })
    if record != nil {
      configuration.recorder = HARRecorder(grouping: grouping)
    }
    if backend == .replay {
      configuration.replay(from: try replayBackend(reportingOn: output))
    }
    return configuration
  }

  /// The recording `--cassette` names, read; one that cannot be replayed is a usage error, reported on `output`.
  func replayBackend(reportingOn output: any OutputSink) throws -> ReplayBackend {
    do {
      return try ReplayBackend(cassette: cassette ?? "")
    } catch {
      output.line("error: --cassette: \(error)", to: .error)
      throw ExitCode(.usageError)
    }
  }
}

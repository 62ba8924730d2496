import ArgumentParser
import Foundation
import SynRuntime

/// The options every command that runs statements takes (language.md section 9).
struct CommonOptions: ParsableArguments {
  @Option(help: "Where requests go: mock (the built-in simulator).")
  var backend: BackendKind = .mock

  @Option(name: .customLong("api-key"), help: "API key to send instead of the simulator tenant's own.")
  var apiKey: String?

  @Option(name: .customLong("var"), help: ArgumentHelp("Define a string variable.", valueName: "name=value"))
  var variables: [String] = []

  @Flag(name: [.short, .long], help: "Print every request and response (keys masked).")
  var verbose = false

  @Flag(name: .customLong("no-color"), help: "Plain output (also NO_COLOR); syn prints no color yet.")
  var noColor = false

  enum BackendKind: String, ExpressibleByArgument {
    case mock
    case live
  }

  func validate() throws {
    if backend == .live {
      throw ValidationError("--backend live is not available in this build yet; the built-in simulator (mock) is")
    }
    for definition in variables where !definition.contains("=") {
      throw ValidationError("--var needs name=value, got '\(definition)'")
    }
  }

  func configuration() -> RunConfiguration {
    let environment = ProcessInfo.processInfo.environment
    var defined: [String: String] = [:]
    for definition in variables {
      let parts = definition.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      defined[String(parts[0])] = String(parts[1])
    }
    return RunConfiguration(
      variables: defined, environment: environment,
      apiKey: apiKey ?? environment["SYNPOSTER_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }, verbose: verbose)
  }
}

import ArgumentParser
import Foundation
import SynRuntime

struct TestCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run files and directories (*.syn, recursively) as test suites.",
    discussion: """
      Files run in parallel, cases within a file in order, each case in its own
      simulator account. Prints each file's cases as the file finishes and, last,
      `N passed, N failed` (`, N skipped` when any were).

      --report html=FILE writes one self-contained page for people: the
      summary, the slowest cases, every case with its statements, and each
      failure with its last request and response (keys masked). docs/reports.md
      describes every report.

      --record FILE writes every request and response of the run as one HAR
      1.2 file, a page per case, keys hidden, also when the run fails or is
      stopped. --backend replay --cassette FILE answers from such a recording:
      a suite recorded live replays offline to the same results, and a request
      the recording lacks fails with the nearest recorded one (docs/live.md).

      --backend live --compare mock runs each case on the live side, then again
      on a fresh tenant of the built-in simulator (--compare replay --cassette
      FILE: on a recording's answers), and fails it where the answers
      differ beyond generated values (ids, times, tokens), with a line for each:
        FILE:LINE: STATEMENT: WHAT: VALUE (live) vs VALUE (mock)
      WHAT is status, error code, request, outcome or a response path such as
      .metadata.tier. --report json=FILE lists them under each case's
      "differences". docs/live.md explains how to read them.

      --cleanup (the default with --backend live or replay; --no-cleanup turns it off)
      deletes, after each case and its `finally`, every profile, post, account,
      Synup location (archived), folder and keyword the case created and did not
      delete itself, newest first. Each case's output, the summary and every
      report say what was deleted and what could not be, and why (a published
      post answers 409). A failed deletion fails no case. docs/live.md has the
      table of which operation removes which resource.
      """
  )

  @OptionGroup var options: CommonOptions

  @OptionGroup var cleanup: CleanupOption

  @Option(help: "Files to run at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: ArgumentHelp("Run this machine's share of the files.", valueName: "K/N"))
  var shard: String?

  @Option(help: "Run only the cases whose name contains this text.")
  var filter: String?

  @Option(
    help: ArgumentHelp(
      "Run each case on this backend too, and fail it where the answers differ: mock, or replay (--cassette); "
        + "with --backend live.",
      valueName: "backend"))
  var compare: ComparedBackend?

  enum ComparedBackend: String, CaseIterable, ExpressibleByArgument {
    case mock
    case replay
  }

  @Flag(name: .customLong("fail-fast"), help: "Stop starting cases after the first failure.")
  var failFast = false

  @Option(
    name: .customLong("report"),
    help: ArgumentHelp(
      "Also write a report: \(ReportFormat.usage) (repeatable). html is one self-contained page.",
      valueName: "kind=file"),
    completion: .list(ReportFormat.allCases.map { $0.rawValue + "=" }))
  var reports: [String] = []

  @Argument(
    help: "Files and directories to test; FILE:LINE runs the case at that line.", completion: .file(extensions: ["syn"])
  )
  var paths: [String]

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs needs 1 or more") }
    for report in reports where ReportRequest(report) == nil {
      throw ValidationError("--report needs \(ReportFormat.usage); got '\(report)'")
    }
    if let compare, options.backend != .live {
      throw ValidationError(
        "--compare \(compare.rawValue) needs --backend live: it compares the live answers with \(compare.rawValue)'s")
    }
    if compare == .replay, options.cassette == nil {
      throw ValidationError("--compare replay needs --cassette FILE, the recording to compare with")
    }
    if let shard, Shard(shard) == nil {
      throw ValidationError("--shard needs K/N with 1 <= K <= N, e.g. 2/3; got '\(shard)'")
    }
  }

  func run() async throws {
    let output = ProcessOutput.shared
    let selections: [TestSelection]
    do {
      selections = try TestSelection.expand(paths)
    } catch {
      output.line("error: \(error.message)", to: .error)
      throw ExitCode(.usageError)
    }
    let testOptions = TestOptions(jobs: jobs, filter: filter, shard: shard.flatMap(Shard.init), failFast: failFast)
    var configuration = try options.configuration(
      announcingOn: output, recording: .perCase, comparingWithReplay: compare == .replay)
    switch compare {
    case .mock: configuration.comparison = .mock(configuration.mockBackend)
    case .replay: configuration.comparison = .replay(try options.replayBackend(reportingOn: output))
    case nil: break
    }
    // A live run must not eat the account's quota; on the simulator every case starts on a fresh tenant anyway.
    // A replay stands for the live run it recorded, cleanup requests included.
    configuration.cleanup = cleanup.isOn(byDefault: options.backend != .mock)
    configuration.tracesSteps = reports.compactMap(ReportRequest.init).contains { $0.format == .html }
    let runner = TestRunner(configuration: configuration, options: testOptions, output: output)
    let startedAt = Date()
    let summary = try await RunRecording.around(configuration, path: options.record, output: output) {
      await runner.run(selections)
    }
    for request in reports.compactMap(ReportRequest.init) {
      do {
        let file = URL(fileURLWithPath: request.path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(request.format.render(summary, startedAt: startedAt).utf8).write(to: file)
      } catch {
        output.line(
          "error: cannot write the \(request.format.rawValue) report to \(request.path): \(error.localizedDescription)",
          to: .error)
        throw ExitCode(.runtimeError)
      }
    }
    // A mistyped filter in CI must not pass by running nothing.
    if let filter, summary.results.isEmpty, summary.exitStatus == .success {
      output.line("error: --filter '\(filter)' matches no test case", to: .error)
      throw ExitCode(.usageError)
    }
    if summary.exitStatus != .success { throw ExitCode(summary.exitStatus) }
  }
}

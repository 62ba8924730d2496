import Foundation
import SynTestSupport
import Testing

@testable import SynRuntime

/// Runs `files` (name -> source) with `syn test` in process; returns the summary and what the run printed.
func runTestFiles(
  _ files: [String: String], configuration: RunConfiguration = .simulated()
) async throws -> (TestRunner.Summary, CapturedOutput) {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("syn-report-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  var selections: [TestSelection] = []
  for (name, source) in files.sorted(by: { $0.key < $1.key }) {
    let file = directory.appendingPathComponent(name)
    try Data(source.utf8).write(to: file)
    selections.append(TestSelection(file: file.path))
  }
  let output = CapturedOutput()
  let summary = await TestRunner(configuration: configuration, output: output).run(selections)
  return (summary, output)
}

/// A key that does not look like one (a Synup key, a `--api-key` of any shape) is hidden
/// wherever a failure is told: the test output and every report, not only the HTML page.
@Suite struct ReportSecretsTests {
  /// A run of two failing cases whose failures quote a key: one given as `--api-key`,
  /// one set by the script; neither looks like an `sk_` key.
  static func runQuotingKeys() async throws -> (
    summary: TestRunner.Summary, output: CapturedOutput, given: String, set: String
  ) {
    let given = "given\(UUID().uuidString.filter(\.isLetter))"
    let set = "set\(UUID().uuidString.filter(\.isLetter))"
    var configuration = RunConfiguration.simulated()
    configuration.apiKey = given
    let script = """
      test "given"
      get usage
      expect .key == "\(given)"

      test "set"
      set apiKey "\(set)"
      get usage
      expect .key == "\(set)"
      """
    let (summary, output) = try await runTestFiles(["keys.syn": script], configuration: configuration)
    return (summary, output, given, set)
  }

  @Test func aKeyQuotedByAFailureIsHiddenInTheOutputAndEveryReport() async throws {
    let (summary, output, given, set) = try await Self.runQuotingKeys()
    #expect(summary.failed == 2)
    var channels = ["output": output.standard + output.error]
    for format in ReportFormat.allCases {
      channels[format.rawValue] = format.render(summary, startedAt: Date())
    }
    for (channel, text) in channels {
      #expect(!text.contains(given) && !text.contains(set), "\(channel) shows a key")
      #expect(text.contains("****"), "\(channel) shows where the key was")
    }
  }
}

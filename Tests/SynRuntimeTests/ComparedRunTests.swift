import Foundation
import SynHTTP
import SynJSON
import SynTestSupport
import Testing

@testable import SynRuntime

/// `--compare` in process: each case runs on the simulator and again on a
/// second simulator that renames every profile it creates, so the two differ
/// on purpose; the case fails with the difference, and every report shows it.
@Suite struct ComparedRunTests {
  /// The simulator, but a created profile comes back named "Mallory".
  private struct RenamingBackend: Backend {
    let inner: any Backend

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
      var response = try await inner.send(request)
      guard request.method == "POST", request.path == "/v1/profiles",
        var body = try? JSONValue(parsing: response.body)
      else { return response }
      body.setValue("Mallory", at: JSONPath(steps: [.key("name")]))
      response.body = Array(body.compactText.utf8)
      return response
    }
  }

  private static let suite = """
    test "creates"
      create profile name="Alice"
      expect status 201

    test "reads"
      list profiles
      expect status 200

    test "fails on its own"
      create profile name="Alice"
      expect .name == "Bob"

    """

  /// Runs the suite with `--compare` against the renaming simulator.
  private func run() async throws -> (TestRunner.Summary, file: String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("syn-compare-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("p.syn").path
    try Data(Self.suite.utf8).write(to: URL(fileURLWithPath: file))
    var configuration = RunConfiguration.simulated()
    configuration.comparison = .mock(RenamingBackend(inner: configuration.mockBackend), named: "renamed")
    let summary = await TestRunner(configuration: configuration, output: CapturedOutput())
      .run([TestSelection(file: file)])
    return (summary, file)
  }

  private static func result(_ name: String, in summary: TestRunner.Summary) throws -> CaseResult {
    try #require(summary.results.first { $0.name == name })
  }

  @Test func aDifferenceFailsACaseThatPassed() async throws {
    let (summary, file) = try await run()
    let created = try Self.result("creates", in: summary)
    guard case .failed(.differs(let comparison)) = created.outcome else {
      Issue.record("expected a difference, got \(created.outcome)")
      return
    }
    #expect(
      comparison.differences.map { $0.line(sides: comparison.sides) } == [
        #"\#(file):2: create profile: .name: "Alice" (mock) vs "Mallory" (renamed)"#
      ])
    #expect(created.exitStatus == .expectationFailed)
    #expect(summary.exitStatus == .expectationFailed)
  }

  @Test func answersThatDifferOnlyInGeneratedValuesPass() async throws {
    let (summary, _) = try await run()
    let read = try Self.result("reads", in: summary)
    #expect(read.outcome.statusName == "passed")
    #expect(read.comparison?.differences.isEmpty == true)
  }

  @Test func aCaseThatFailedOnItsOwnKeepsItsFailureAndListsTheDifferences() async throws {
    let (summary, file) = try await run()
    let failed = try Self.result("fails on its own", in: summary)
    guard case .failed(.expectationFailed) = failed.outcome else {
      Issue.record("expected the expectation's failure, got \(failed.outcome)")
      return
    }
    let report = try #require(failed.failureReport)
    #expect(report.contains(#"expectation failed: expect .name == "Bob""#))
    #expect(report.contains(#"\#(file):10: create profile: .name: "Alice" (mock) vs "Mallory" (renamed)"#))
  }

  @Test func everyReportShowsTheDifferencesAsFailures() async throws {
    let (summary, file) = try await run()
    let line = #"\#(file):2: create profile: .name: "Alice" (mock) vs "Mallory" (renamed)"#
    let junit = ReportFormat.junit.render(summary, startedAt: Date())
    #expect(junit.contains(#"<failure message="differs from renamed: 1 difference" type="expectation">"#))
    #expect(junit.contains(Markup.escaped(line)))
    let tap = ReportFormat.tap.render(summary, startedAt: Date())
    #expect(tap.contains("not ok 1 - \(file) › creates"))
    #expect(tap.contains("    " + line))
    let html = ReportFormat.html.render(summary, startedAt: Date())
    #expect(html.contains(Markup.escaped(line)))
    let json = try JSONValue(parsing: ReportFormat.json.render(summary, startedAt: Date()))
    let cases = try #require(json["cases"]?.arrayValue)
    let differences = try #require(cases.first?["differences"]?.arrayValue)
    #expect(differences.count == 1)
    #expect(differences.first?["path"]?.stringValue == ".name")
    #expect(differences.first?["kind"]?.stringValue == "literal")
    #expect(differences.first?["mock"]?.stringValue == #""Alice""#)
    #expect(differences.first?["renamed"]?.stringValue == #""Mallory""#)
    #expect(cases.dropFirst().first?["differences"]?.arrayValue?.isEmpty == true)
  }
}

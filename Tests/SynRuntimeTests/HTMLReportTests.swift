import Foundation
import SynTestSupport
import Testing

@testable import SynRuntime

/// `--report html=FILE`: the page of a real run on the in-process simulator,
/// read for its summary, its cases and statements, its failures, its chart,
/// and for what must never be on it (a key, markup from a script or a response).
@Suite struct HTMLReportTests {
  /// Runs `files` (name -> source) with `syn test` in process; returns the summary and its page.
  private func page(
    of files: [String: String], configuration: RunConfiguration = .simulated()
  ) async throws -> (TestRunner.Summary, String) {
    let (summary, _) = try await runTestFiles(files, configuration: configuration)
    return (summary, ReportFormat.html.render(summary, startedAt: Date()))
  }

  /// The number under `id="summary-NAME"`.
  private func count(_ name: String, in html: String) -> Int? {
    guard let range = html.range(of: "id=\"summary-\(name)\">") else { return nil }
    return Int(html[range.upperBound...].prefix { $0.isNumber })
  }

  private static let suite = """
    test "passes"
    get health
    expect status 200

    test "fails"
    list profiles
    expect .data count == 5
    get usage

    test "skips"
    skip "later"
    """

  @Test func summaryNumbersStandUnderStableIDs() async throws {
    let (summary, html) = try await page(of: ["suite.syn": Self.suite])
    #expect((summary.passed, summary.failed, summary.skipped) == (1, 1, 1))
    #expect(count("passed", in: html) == 1)
    #expect(count("failed", in: html) == 1)
    #expect(count("skipped", in: html) == 1)
    #expect(count("total", in: html) == 3)
    #expect(html.contains("<span id=\"syn-version\">\(SynVersion.current)</span>"))
    #expect(html.contains("id=\"summary-time\""))
    #expect(html.contains("<time id=\"started-at\" datetime=\"20"))
  }

  @Test func everyCaseListsItsStatementsWithWhereAndHowTheyEnded() async throws {
    let (_, html) = try await page(of: ["suite.syn": Self.suite])
    #expect(html.contains("<details class=\"case passed\">"))
    #expect(html.contains("<details class=\"case failed\" open>"))
    #expect(html.contains("<details class=\"case skipped\">"))
    let steps = html.matches(of: /<li class="([a-z-]+)">.*?suite\.syn:(\d+)<\/span> <code>([^<]*)<\/code>/).map {
      "\($0.output.1) \($0.output.2) \($0.output.3)"
    }
    #expect(
      steps == [
        "passed 2 get health", "passed 3 expect status 200",
        "passed 6 list profiles", "failed 7 expect .data count == 5", "not-run 8 get usage",
        "skipped 11 skip &quot;later&quot;",
      ])
    #expect(html.contains("<p class=\"reason\">skipped: later</p>"))
  }

  /// Without the page (`syn run`, `syn test` with no html report) no step is
  /// kept; the failure is, with its exchange, for every other report.
  @Test func withoutStepsACaseKeepsOnlyItsFailure() async throws {
    var configuration = RunConfiguration.simulated()
    configuration.tracesSteps = false
    let (summary, html) = try await page(of: ["suite.syn": Self.suite], configuration: configuration)
    let results = summary.results
    #expect(results.count == 3)
    #expect(results.allSatisfy { $0.trace.steps.isEmpty })
    #expect(!html.contains("<ol class=\"steps\">"))
    let failed = try #require(results.first { $0.name == "fails" })
    #expect(failed.failureReport?.contains("expect .data count == 5") == true)
    #expect(failed.trace.failedExchange?.request.hasPrefix("> GET /v1/profiles") == true)
  }

  @Test func aFailureShowsItsMessageAndTheLastRequestAndResponse() async throws {
    let (_, html) = try await page(of: ["suite.syn": Self.suite])
    #expect(html.contains("suite.syn:7:1: expectation failed: expect .data count == 5"))
    let request = try #require(html.firstMatch(of: /<pre class="request">([^<]*)<\/pre>/)?.output.1)
    #expect(request.hasPrefix("&gt; GET /v1/profiles"))
    #expect(request.contains("x-api-key: ****") || request.contains("X-API-Key: ****"), "\(request)")
    let response = try #require(html.firstMatch(of: /<pre class="response">([^<]*)<\/pre>/)?.output.1)
    #expect(response.hasPrefix("&lt; HTTP 200 OK (GET /v1/profiles) in "))
    #expect(response.contains("&lt; content-type: application/json") || response.contains("Content-Type"))
    #expect(response.contains("&quot;name&quot;: &quot;Default&quot;"), "the tenant's one profile: \(response)")
  }

  @Test func aFailureBeforeAnyRequestSaysSo() async throws {
    let (_, html) = try await page(of: ["early.syn": "test \"early\"\nfail \"at once\"\n"])
    #expect(html.contains("No request had been sent when it failed."))
    #expect(!html.contains("<pre class=\"request\">"))
  }

  @Test func chartBarsTheSlowestCasesSlowestFirst() {
    // Times made up, so the order cannot depend on the machine's load.
    let times: [Double] = [3, 1, 40, 2, 9, 12, 5, 80, 7, 6, 4, 8]
    let results = times.enumerated().map { index, milliseconds in
      CaseResult(file: "many.syn", name: "case \(index)", outcome: .passed, milliseconds: milliseconds)
    }
    let summary = TestRunner.Summary(files: [
      FileReport(file: "many.syn", results: results, loadFailure: nil, milliseconds: 177)
    ])
    let html = ReportFormat.html.render(summary, startedAt: Date())
    let bars = html.matches(of: /<g class="bar passed"><title>[^<]*› ([^<]*)<\/title>/).map { String($0.output.1) }
    #expect(
      bars == ["case 7", "case 2", "case 5", "case 4", "case 11", "case 8", "case 9", "case 6", "case 10", "case 0"])
    let widths = html.matches(of: /<rect x="300" y="\d+" width="(\d+)"/).map { Int($0.output.1) }
    #expect(widths.first == 340, "the slowest bar is the full width")
    #expect(widths.last == 13, "3 ms of 80 is 13 of 340 pixels")
  }

  @Test func markupFromScriptsAndResponsesIsEscaped() async throws {
    let script = """
      test "<script>alert('name')</script>"
      create profile name="<script>alert('body')</script>" externalId=x-1
      expect .name == "somebody else"
      """
    let (summary, html) = try await page(of: ["x.syn": script])
    #expect(summary.failed == 1)
    #expect(!html.contains("<script"), "no element comes from a script or a response")
    #expect(html.contains("&lt;script&gt;alert(&apos;name&apos;)&lt;/script&gt;"))
    let response = try #require(html.firstMatch(of: /<pre class="response">([^<]*)<\/pre>/)?.output.1)
    #expect(response.contains("&lt;script&gt;alert(&apos;body&apos;)&lt;/script&gt;"), "\(response)")
  }

  @Test func keysGivenOrSetNeverShow() async throws {
    let (summary, _, given, set) = try await ReportSecretsTests.runQuotingKeys()
    let html = ReportFormat.html.render(summary, startedAt: Date())
    #expect(summary.failed == 2, "an unknown key is refused: both cases fail and show their requests")
    #expect(html.components(separatedBy: "<pre class=\"request\">").count == 3)
    #expect(!html.contains(given))
    #expect(!html.contains(set))
    #expect(html.contains("set apiKey ****"))
    #expect(html.contains("expected: &quot;****&quot;"), "the failure's report hides the key it quotes")
    #expect(html.firstMatch(of: /sk_(live|test)_[A-Za-z0-9]{2,}/) == nil)
  }

  @Test func aFileThatDoesNotLoadIsShownFailed() async throws {
    let (summary, html) = try await page(of: ["broken.syn": "test \"x\"\nfrobnicate widgets\n"])
    #expect(summary.failed == 1)
    #expect(count("failed", in: html) == 1)
    #expect(html.contains("the file did not load"))
    #expect(html.contains("broken.syn:2:1:"))
  }
}

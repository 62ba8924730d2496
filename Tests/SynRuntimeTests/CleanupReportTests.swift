import Foundation
import Testing

@testable import SynRuntime

/// Every report says what the cleanup after a case deleted and what it could not, and why (docs/reports.md).
@Suite struct CleanupReportTests {
  static let records = [
    CleanupRecord(
      resource: "post", id: "p-1", operation: "delete post", status: 409, outcome: .notDeleted,
      reason: "409 post_already_published (published posts cannot be deleted)"),
    CleanupRecord(resource: "account", id: "a-1", operation: "delete account", status: 404, outcome: .alreadyGone),
    CleanupRecord(resource: "profile", id: "f-1", operation: "delete profile", status: 204, outcome: .deleted),
  ]

  static let summary = TestRunner.Summary(files: [
    FileReport(
      file: "live.syn",
      results: [CaseResult(file: "live.syn", name: "posts", outcome: .passed, milliseconds: 3, cleanup: records)],
      loadFailure: nil, milliseconds: 3)
  ])

  static let notDeletedLine =
    "not deleted: post p-1 (delete post: 409 post_already_published (published posts cannot be deleted))"

  @Test func theOutputLineAndTheSummaryCountEveryOutcome() {
    #expect(
      Self.records.line
        == "cleanup: deleted profile f-1; already gone account a-1; could not delete post p-1: "
        + "409 post_already_published (published posts cannot be deleted)")
    #expect(Self.summary.line == "1 passed, 0 failed; cleanup: 1 deleted, 1 already gone, 1 not deleted")
    #expect([CleanupRecord]().line == nil)
  }

  @Test func junitPutsEachResourceInTheCasesSystemOut() {
    let xml = ReportFormat.junit.render(Self.summary, startedAt: Date())
    #expect(xml.contains("<system-out>cleanup \(Self.notDeletedLine)\ncleanup already gone: account a-1"))
    #expect(xml.contains("<testcase name=\"posts\" classname=\"live.syn\" time=\"0.003\">\n      <system-out>"))
  }

  @Test func tapAddsDiagnosticLinesAfterTheCase() {
    let tap = ReportFormat.tap.render(Self.summary, startedAt: Date())
    #expect(tap.contains("ok 1 - live.syn › posts\n# cleanup \(Self.notDeletedLine)\n# cleanup already gone"))
  }

  @Test func jsonListsTheCleanupOfEachCaseAndCountsIt() throws {
    let text = ReportFormat.json.render(Self.summary, startedAt: Date())
    let report = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let cases = try #require(report["cases"] as? [[String: Any]])
    let cleanup = try #require(cases.first?["cleanup"] as? [[String: Any]])
    #expect(cleanup.map { $0["outcome"] as? String } == ["notDeleted", "alreadyGone", "deleted"])
    #expect(cleanup.first?["status"] as? Int == 409)
    #expect(cleanup.first?["reason"] as? String == Self.records[0].reason)
    #expect(cleanup.last?["reason"] == nil)
    #expect(report["cleanup"] as? [String: Int] == ["deleted": 1, "alreadyGone": 1, "notDeleted": 1])
  }

  @Test func htmlListsThemUnderTheCase() {
    let html = ReportFormat.html.render(Self.summary, startedAt: Date())
    #expect(html.contains("<h3>Cleanup</h3>\n<ul class=\"cleanup\">\n<li class=\"not-deleted\">not deleted: post p-1"))
  }
}

import Foundation
import Testing

/// `syn test --report html=FILE`, opened in headless Chromium: the page renders
/// (a screenshot), its summary numbers read through the DOM are the run's, and
/// markup from a case name or a response body stays text.
@Suite struct HTMLReportTests {
  /// Passing, failing and skipped cases, and `<script>` in a case name and in a response body.
  static let suite = TestRunnerTests.suite.merging([
    "markup.syn": """
    test "<script>document.title = 'from a case name'</script>"
    create profile name="<script>document.title = 'from a body'</script>" externalId=m-1
    expect .name == "someone else"
    """
  ]) { $1 }

  /// The number under `id="summary-NAME"` in a page or its DOM.
  private func count(_ name: String, in html: String) -> Int? {
    guard let range = html.range(of: "id=\"summary-\(name)\">") else { return nil }
    return Int(html[range.upperBound...].prefix { $0.isNumber })
  }

  @Test func chromiumShowsThePageAndItsDOMHoldsTheRunsNumbers() throws {
    let chromium = try HeadlessChromium()
    let directory = try SynBinary.temporaryDirectory(with: Self.suite)
    let run = try SynBinary.run(
      ["test", "--report", "html=out/report.html", "--report", "json=out/report.json", "."], in: directory)
    #expect(run.exitCode == 4, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.hasSuffix("4 passed, 2 failed, 1 skipped\n"), "\(run.stdout)")
    let page = directory.appendingPathComponent("out/report.html")

    let dom = try chromium.dom(of: page)
    #expect(dom.exitCode == 0, "chromium: \(dom.stderr.suffix(2000))")
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: directory.appendingPathComponent("out/report.json")))
    let summary = try #require((json as? [String: Any])?["summary"] as? [String: Int])
    #expect(count("passed", in: dom.stdout) == summary["passed"])
    #expect(count("failed", in: dom.stdout) == summary["failed"])
    #expect(count("skipped", in: dom.stdout) == summary["skipped"])
    #expect(count("total", in: dom.stdout) == 7)
    #expect([summary["passed"], summary["failed"], summary["skipped"]] == [4, 2, 1])
    // Had either `<script>` run, it would have renamed the page.
    #expect(dom.stdout.contains("<title>syn test report</title>"), "\(dom.stdout.prefix(600))")
    #expect(!dom.stdout.contains("<script"))
    #expect(dom.stdout.contains("&lt;script&gt;document.title = 'from a case name'&lt;/script&gt;"))
    #expect(dom.stdout.contains("&lt;script&gt;document.title = 'from a body'&lt;/script&gt;"))

    let png = directory.appendingPathComponent("out/report.png")
    let shot = try chromium.screenshot(of: page, to: png, width: 1200, height: 1600)
    #expect(shot.exitCode == 0, "chromium: \(shot.stderr.suffix(2000))")
    let image = try Data(contentsOf: png)
    #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
    // IHDR: width and height, big-endian, from byte 16.
    let size = image.count >= 24 ? (bigEndian(image[16..<20]), bigEndian(image[20..<24])) : (0, 0)
    #expect(size == (1200, 1600))
    // A blank page of that size compresses to a few kilobytes; text, counts and bars do not.
    #expect(image.count > 30_000, "the screenshot has \(image.count) bytes")
  }

  private func bigEndian(_ bytes: Data) -> Int {
    bytes.reduce(0) { $0 << 8 | Int($1) }
  }
}

import Foundation
import SynHTTP
import SynLanguage

/// One self-contained page per run, for people: the summary (its numbers under
/// stable ids: `summary-passed`, `summary-failed`, `summary-skipped`,
/// `summary-total`), a chart of the slowest cases, then every case with its
/// statements and, for a failure, the last request and response before it.
/// No script and nothing fetched: the style and the chart (SVG) are inline.
/// Every text from a script or a response goes through `shown`: keys masked, markup escaped.
enum HTMLReport {
  static func render(_ summary: TestRunner.Summary, startedAt: Date) -> String {
    let started = ISO8601DateFormatter().string(from: startedAt)
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>syn test report</title>
      <style>\(style)</style>
      </head>
      <body>
      <header>
      <h1>syn test report</h1>
      <p class="meta">syn <span id="syn-version">\(shown(SynVersion.current))</span>
       · started <time id="started-at" datetime="\(started)">\(started)</time>
       · took <span id="summary-time">\(formatMilliseconds(summary.milliseconds)) ms</span></p>
      \(counts(summary))
      </header>

      """
    page += slowestCasesChart(summary.results)
    page += "<main>\n"
    for file in summary.files {
      page += section(file)
    }
    page += "</main>\n</body>\n</html>\n"
    return page
  }

  /// The numbers of the run, each under its id.
  private static func counts(_ summary: TestRunner.Summary) -> String {
    let numbers = [
      ("passed", summary.passed), ("failed", summary.failed), ("skipped", summary.skipped),
      ("total", summary.passed + summary.failed + summary.skipped),
    ]
    let items = numbers.map { name, count in
      "<div class=\"count \(name)\"><dt>\(name)</dt><dd id=\"summary-\(name)\">\(count)</dd></div>"
    }
    return "<dl class=\"summary\">" + items.joined() + "</dl>"
  }

  /// A file's heading, then why it did not load or its cases.
  private static func section(_ file: FileReport) -> String {
    var html = "<section class=\"file\">\n<h2>\(shown(file.file))"
    html += " <span class=\"time\">\(formatMilliseconds(file.milliseconds)) ms</span></h2>\n"
    if let failure = file.loadFailure {
      html += "<div class=\"case failed\"><p><span class=\"badge\">FAILED</span> the file did not load</p>"
      html += "<pre class=\"detail\">\(shown(failure))</pre></div>\n"
    }
    for result in file.results {
      html += caseBlock(result)
    }
    return html + "</section>\n"
  }

  /// A case, open when it failed: its statements, then its failure.
  private static func caseBlock(_ result: CaseResult) -> String {
    let status = result.outcome.statusName
    var html = "<details class=\"case \(status)\"\(result.outcome.isFailure ? " open" : "")>\n<summary>"
    html += "<span class=\"badge\">\(status.uppercased())</span> <span class=\"name\">\(shown(result.name))</span>"
    html += " <span class=\"time\">\(formatMilliseconds(result.milliseconds)) ms</span></summary>\n"
    if case .skipped(let reason) = result.outcome {
      html += "<p class=\"reason\">skipped: \(shown(reason))</p>\n"
    }
    if !result.trace.steps.isEmpty {
      html += "<ol class=\"steps\">\n"
      for step in result.trace.steps {
        html += "<li class=\"\(step.status == .notRun ? "not-run" : step.status.rawValue)\">"
        html += "<span class=\"mark\" title=\"\(step.status.rawValue)\">\(mark(for: step.status))</span> "
        html += "<span class=\"where\">\(shown("\(step.location.file):\(step.location.line)"))</span> "
        html += "<code>\(shown(step.text))</code></li>\n"
      }
      html += "</ol>\n"
    }
    if let report = result.failureReport {
      html += "<div class=\"failure\">\n<h3>Failure</h3>\n<pre class=\"detail\">\(shown(report))</pre>\n"
      if let exchange = result.trace.failedExchange {
        html += "<h3>Last request before the failure</h3>\n<pre class=\"request\">\(shown(exchange.request))</pre>\n"
        html += "<h3>Its response</h3>\n<pre class=\"response\">\(shown(exchange.response))</pre>\n"
      } else if !result.failedByDifferences {
        html += "<p class=\"reason\">No request had been sent when it failed.</p>\n"
      }
      html += "</div>\n"
    }
    if !result.cleanup.isEmpty {
      html += "<h3>Cleanup</h3>\n<ul class=\"cleanup\">\n"
      for record in result.cleanup {
        let outcome = record.outcome.rawValue.replacing(" ", with: "-")
        html += "<li class=\"\(outcome)\">\(shown(record.summary))</li>\n"
      }
      html += "</ul>\n"
    }
    return html + "</details>\n"
  }

  private static func mark(for status: CaseTrace.StepStatus) -> String {
    switch status {
    case .passed: "✓"
    case .failed: "✗"
    case .skipped: "↷"
    case .notRun: "·"
    }
  }

  /// Text from a script or a response, safe on the page: keys masked, markup escaped.
  static func shown(_ text: String) -> String {
    Markup.escaped(KeyMask.masking(text))
  }
}

import Foundation

/// JUnit XML as CI servers read it (Jenkins, GitLab, GitHub actions):
/// `<testsuites>` with a `<testsuite>` per file (syn's version as its `syn.version` property) and a
/// `<testcase>` per case.
enum JUnitReport {
  static func render(_ summary: TestRunner.Summary, startedAt: Date) -> String {
    let timestamp = ISO8601DateFormatter().string(from: startedAt).replacingOccurrences(of: "Z", with: "")
    var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    let errors = summary.results.filter(\.isError).count + summary.files.filter { $0.loadFailure != nil }.count
    let totalTime = summary.files.reduce(0) { $0 + $1.milliseconds }
    xml += "<testsuites name=\"syn\" tests=\"\(summary.results.count + loadFailures(summary))\""
    xml += " failures=\"\(summary.failed - errors)\" errors=\"\(errors)\" skipped=\"\(summary.skipped)\""
    xml += " time=\"\(seconds(totalTime))\">\n"
    for (index, file) in summary.files.enumerated() {
      let fileErrors = file.results.filter(\.isError).count + (file.loadFailure == nil ? 0 : 1)
      let tests = file.results.count + (file.loadFailure == nil ? 0 : 1)
      xml += "  <testsuite name=\"\(Markup.escaped(file.file))\" id=\"\(index)\" tests=\"\(tests)\""
      xml += " failures=\"\(file.failed - fileErrors)\" errors=\"\(fileErrors)\" skipped=\"\(file.skipped)\""
      xml += " time=\"\(seconds(file.milliseconds))\" timestamp=\"\(timestamp)\">\n"
      xml +=
        "    <properties><property name=\"syn.version\" value=\"\(Markup.escaped(SynVersion.current))\"/></properties>\n"
      if let failure = file.loadFailure {
        xml += "    <testcase name=\"(load)\" classname=\"\(Markup.escaped(file.file))\" time=\"0\">\n"
        xml += "      <error message=\"the file did not load\" type=\"parse\">\(Markup.escaped(failure))</error>\n"
        xml += "    </testcase>\n"
      }
      for result in file.results {
        xml += testCase(result)
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  private static func testCase(_ result: CaseResult) -> String {
    let opening =
      "    <testcase name=\"\(Markup.escaped(result.name))\" classname=\"\(Markup.escaped(result.file))\""
      + " time=\"\(seconds(result.milliseconds))\""
    var children: String
    switch result.outcome {
    case .passed:
      children = ""
    case .skipped(let reason):
      children = "      <skipped message=\"\(Markup.escaped(reason))\"/>\n"
    case .failed:
      let (message, detail) = result.failureSummary ?? ("", "")
      let element = result.isError ? "error" : "failure"
      let type = result.isError ? "error" : "expectation"
      children =
        "      <\(element) message=\"\(Markup.escaped(message))\" type=\"\(type)\">\(Markup.escaped(detail))</\(element)>\n"
    }
    // What the cleanup after the case did, one line a resource, where CI servers show a case's output.
    if !result.cleanup.isEmpty {
      let lines = result.cleanup.map { "cleanup \($0.summary)" }.joined(separator: "\n")
      children += "      <system-out>\(Markup.escaped(lines))</system-out>\n"
    }
    return children.isEmpty ? opening + "/>\n" : opening + ">\n" + children + "    </testcase>\n"
  }

  private static func loadFailures(_ summary: TestRunner.Summary) -> Int {
    summary.files.filter { $0.loadFailure != nil }.count
  }

  private static func seconds(_ milliseconds: Double) -> String {
    String(format: "%.3f", milliseconds / 1000)
  }
}

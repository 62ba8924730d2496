public import Foundation
import SynJSON

/// The report formats `syn test --report KIND=FILE` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
  case junit
  case tap
  case json
  case html

  /// The report of `summary` in this format.
  public func render(_ summary: TestRunner.Summary, startedAt: Date) -> String {
    switch self {
    case .junit: JUnitReport.render(summary, startedAt: startedAt)
    case .tap: TAPReport.render(summary)
    case .json: JSONReport.render(summary)
    case .html: HTMLReport.render(summary, startedAt: startedAt)
    }
  }
}

extension ReportFormat {
  /// `junit=FILE, tap=FILE, json=FILE or html=FILE`: what `--report` takes.
  public static var usage: String {
    let kinds = allCases.map { "\($0.rawValue)=FILE" }
    return kinds.dropLast().joined(separator: ", ") + " or " + kinds[kinds.count - 1]
  }
}

/// One `--report KIND=FILE`.
public struct ReportRequest: Sendable, Equatable {
  public var format: ReportFormat
  public var path: String

  /// Parses `junit=out/junit.xml`.
  public init?(_ text: String) {
    guard let equals = text.firstIndex(of: "="), let format = ReportFormat(rawValue: String(text[..<equals])) else {
      return nil
    }
    let path = String(text[text.index(after: equals)...])
    guard !path.isEmpty else { return nil }
    self.format = format
    self.path = path
  }
}

extension CaseResult.Outcome {
  /// `passed`, `failed` or `skipped`, as the JSON report writes it and the HTML report classes a case.
  var statusName: String {
    switch self {
    case .passed: "passed"
    case .failed: "failed"
    case .skipped: "skipped"
    }
  }
}

extension CaseResult {
  /// What a report says about a case that did not pass: a one-line message and the full text.
  var failureSummary: (message: String, detail: String)? {
    guard let detail = failureReport else { return nil }
    let firstLine = detail.split(separator: "\n").first.map(String.init) ?? detail
    return (firstLine, detail)
  }

  /// `error` for runtime and parse errors, `failure` for failed expectations: JUnit's two kinds.
  var isError: Bool {
    if case .failed(let interruption) = outcome, interruption.exitStatus != .expectationFailed { return true }
    return false
  }
}

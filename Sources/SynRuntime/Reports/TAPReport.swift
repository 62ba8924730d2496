/// TAP version 13: a comment naming syn's version, a line per case, failures with a YAML block.
enum TAPReport {
  static func render(_ summary: TestRunner.Summary) -> String {
    var lines = ["TAP version 13", "# syn \(SynVersion.current)"]
    var number = 0
    var body: [String] = []
    for file in summary.files {
      if let failure = file.loadFailure {
        number += 1
        body.append("not ok \(number) - \(description(file.file)) (load)")
        body += yaml(message: "the file did not load", detail: failure)
      }
      for result in file.results {
        number += 1
        let name = description("\(result.file) › \(result.name)")
        switch result.outcome {
        case .passed:
          body.append("ok \(number) - \(name)")
        case .skipped(let reason):
          body.append("ok \(number) - \(name) # SKIP \(description(reason))")
        case .failed:
          let (message, detail) = result.failureSummary ?? ("", "")
          body.append("not ok \(number) - \(name)")
          body += yaml(message: message, detail: detail)
        }
        body += result.cleanup.map { "# cleanup \($0.summary)" }
      }
    }
    lines.append("1..\(number)")
    return (lines + body).joined(separator: "\n") + "\n"
  }

  /// A description on one line, with `#` escaped so it is not read as a directive.
  private static func description(_ text: String) -> String {
    text.replacing("\n", with: " ").replacing("#", with: "\\#")
  }

  private static func yaml(message: String, detail: String) -> [String] {
    var block = ["  ---", "  message: \(quoted(message))", "  detail: |"]
    block += detail.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    block.append("  ...")
    return block
  }

  /// A YAML double-quoted scalar.
  private static func quoted(_ text: String) -> String {
    "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
  }
}

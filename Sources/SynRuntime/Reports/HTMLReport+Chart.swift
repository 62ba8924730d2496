extension HTMLReport {
  /// How many cases the chart of the slowest shows.
  static let slowestCaseCount = 10

  /// Bars (inline SVG) of the slowest cases, slowest first, each as long as its
  /// time against the slowest and colored by its outcome; empty when no case ran.
  static func slowestCasesChart(_ results: [CaseResult]) -> String {
    let slowest = results.sorted { $0.milliseconds > $1.milliseconds }.prefix(slowestCaseCount)
    guard let longest = slowest.first?.milliseconds else { return "" }
    let (labelWidth, barWidth, rowHeight) = (300.0, 340.0, 24.0)
    let width = labelWidth + barWidth + 80
    let height = rowHeight * Double(slowest.count) + 8
    var svg = "<section id=\"slowest\">\n<h2>Slowest cases</h2>\n"
    svg += "<svg class=\"chart\" role=\"img\" aria-label=\"the slowest cases and their times\""
    svg += " viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">\n"
    for (row, result) in slowest.enumerated() {
      let top = 4 + rowHeight * Double(row)
      let length = longest > 0 ? max(1, barWidth * result.milliseconds / longest) : 1
      let label = "\(result.file) › \(result.name)"
      svg += "<g class=\"bar \(result.outcome.statusName)\"><title>\(shown(label))</title>"
      svg +=
        "<text x=\"\(Int(labelWidth) - 8)\" y=\"\(Int(top + 16))\" text-anchor=\"end\">\(shown(shortened(label)))</text>"
      svg +=
        "<rect x=\"\(Int(labelWidth))\" y=\"\(Int(top + 3))\" width=\"\(Int(length.rounded()))\" height=\"\(Int(rowHeight - 6))\"/>"
      svg += "<text x=\"\(Int(labelWidth + length) + 6)\" y=\"\(Int(top + 16))\">"
      svg += "\(formatMilliseconds(result.milliseconds)) ms</text></g>\n"
    }
    return svg + "</svg>\n</section>\n"
  }

  /// A label that fits beside its bar: its end kept, where the case's name is.
  private static func shortened(_ label: String) -> String {
    label.count <= 44 ? label : "…" + label.suffix(43)
  }
}

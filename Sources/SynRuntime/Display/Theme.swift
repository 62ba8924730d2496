import SynJSON

/// How syn dresses what it shows: a response's status line painted by its
/// status class, and JSON colored like `jq`'s. `plain` (scripts, `-v`, output
/// that is not a terminal) leaves text as it is; the prompt on a terminal is `colored`.
public struct Theme: Sendable, Equatable {
  /// Whether the theme writes terminal colors (SGR escape sequences) at all.
  public let isColored: Bool

  public static let plain = Theme(isColored: false)
  public static let colored = Theme(isColored: true)

  /// `text` in the SGR `code` (e.g. `"32"` for green), or as it is when plain.
  public func paint(_ text: String, _ code: String) -> String {
    guard isColored else { return text }
    let color = Self.sgr(code)
    return color.prefix + text + color.suffix
  }

  /// The status line of a response: green for success, cyan for redirects,
  /// yellow for client errors, red for server errors.
  func paint(statusLine: String, status: Int) -> String {
    switch status {
    case 200..<300: paint(statusLine, "1;32")
    case 300..<400: paint(statusLine, "1;36")
    case 400..<500: paint(statusLine, "1;33")
    default: paint(statusLine, "1;31")
    }
  }

  /// `value` as pretty JSON: keys bold blue, strings green, numbers cyan,
  /// booleans yellow, null gray when colored.
  func pretty(_ value: JSONValue) -> String {
    isColored ? value.prettyText(style: Self.jsonColors) : value.prettyText()
  }

  private static let jsonColors = JSONTokenStyle(
    key: sgr("1;34"), string: sgr("32"), number: sgr("36"), boolean: sgr("33"), null: sgr("90"))

  /// Select Graphic Rendition `code`, then back to normal.
  private static func sgr(_ code: String) -> JSONTokenStyle.Wrapping {
    JSONTokenStyle.Wrapping(prefix: "\u{1B}[\(code)m", suffix: "\u{1B}[0m")
  }
}

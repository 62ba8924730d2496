import SynHTTP
import SynJSON
import SynRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether the prompt colors what it prints: on a terminal, unless
/// `--no-color` or `NO_COLOR` (https://no-color.org) says not to.
public struct OutputStyle: Sendable, Equatable {
  public var colors: Bool

  public init(colors: Bool) {
    self.colors = colors
  }

  public static let plain = OutputStyle(colors: false)

  /// Colors when standard output is a terminal, `--no-color` was not given
  /// and `NO_COLOR` is unset or empty.
  public static func detect(noColorFlag: Bool, environment: [String: String]) -> OutputStyle {
    let disabled = noColorFlag || !(environment["NO_COLOR"] ?? "").isEmpty
    return OutputStyle(colors: !disabled && isatty(STDOUT_FILENO) == 1)
  }

  /// `text` in the SGR `code` (e.g. `"32"` for green), or as it is without colors.
  func paint(_ text: String, _ code: String) -> String {
    colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// How a response looks at the prompt: its status line, then the pretty JSON
/// body (or the text, when it is not JSON), colored like `jq` on a terminal.
enum ResponsePrinter {
  static func render(_ exchange: Exchange, style: OutputStyle) -> String {
    guard style.colors else { return exchange.displayText() }
    return exchange.displayText(paint: statusPainter(exchange, style), render: ColoredJSON.render)
  }

  /// The response as `:last` prints it (`-v`'s layout), colored like `render`'s.
  static func verbose(_ exchange: Exchange, style: OutputStyle) -> String {
    guard style.colors else { return exchange.responseText() }
    return exchange.responseText(paint: statusPainter(exchange, style), render: ColoredJSON.render)
  }

  private static func statusPainter(_ exchange: Exchange, _ style: OutputStyle) -> (String) -> String {
    { style.paint($0, statusColor(exchange.response.status)) }
  }

  /// `show` at the prompt: a response as the prompt prints one, a value colored like a body.
  static func showStyle(_ style: OutputStyle) -> ShowStyle {
    guard style.colors else { return .plain }
    return ShowStyle(response: { render($0, style: style) }, value: ColoredJSON.render)
  }

  /// Green for success, cyan for redirects, yellow for client errors, red for server errors.
  static func statusColor(_ status: Int) -> String {
    switch status {
    case 200..<300: "1;32"
    case 300..<400: "1;36"
    case 400..<500: "1;33"
    default: "1;31"
    }
  }
}

/// Pretty JSON laid out exactly as `JSONValue.prettyText()`, with colors:
/// keys bold blue, strings green, numbers cyan, booleans yellow, null gray.
enum ColoredJSON {
  static func render(_ value: JSONValue) -> String {
    var output = ""
    write(value, level: 0, into: &output)
    return output
  }

  private static let style = OutputStyle(colors: true)

  private static func write(_ value: JSONValue, level: Int, into output: inout String) {
    switch value {
    case .null: output += style.paint("null", "90")
    case .bool(let flag): output += style.paint(flag ? "true" : "false", "33")
    case .number(let number): output += style.paint(number.text, "36")
    case .string: output += style.paint(value.compactText, "32")
    case .array(let elements):
      output += "["
      for (position, element) in elements.enumerated() {
        output += (position > 0 ? "," : "") + newline(level + 1)
        write(element, level: level + 1, into: &output)
      }
      output += (elements.isEmpty ? "" : newline(level)) + "]"
    case .object(let object):
      output += "{"
      for (position, member) in object.members.enumerated() {
        output += (position > 0 ? "," : "") + newline(level + 1)
        output += style.paint(JSONValue.string(member.key).compactText, "1;34") + ": "
        write(member.value, level: level + 1, into: &output)
      }
      output += (object.isEmpty ? "" : newline(level)) + "}"
    }
  }

  private static func newline(_ level: Int) -> String {
    "\n" + String(repeating: " ", count: 2 * level)
  }
}

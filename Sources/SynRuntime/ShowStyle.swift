public import SynJSON

/// How `show` lays out a response or a value: plain in scripts, colored at a prompt on a terminal.
public struct ShowStyle: Sendable {
  public var response: @Sendable (Exchange) -> String
  public var value: @Sendable (JSONValue) -> String

  public init(response: @escaping @Sendable (Exchange) -> String, value: @escaping @Sendable (JSONValue) -> String) {
    self.response = response
    self.value = value
  }

  /// The status line, then the body: pretty JSON, or the text as it came.
  public static let plain = ShowStyle(
    response: { ResponseFormatter.display($0) },
    value: { $0.prettyText() })
}

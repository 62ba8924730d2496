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
    response: { exchange in
      if let json = exchange.json { return exchange.statusLine + "\n" + json.prettyText() }
      return exchange.response.body.isEmpty ? exchange.statusLine : exchange.statusLine + "\n" + exchange.bodyText
    },
    value: { $0.prettyText() })
}

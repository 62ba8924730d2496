public import SynCatalog
public import SynHTTP
public import SynJSON

/// One request and its answer: what `.path`, `expect`, `show` and `$last` read.
public final class Exchange {
  /// The API the request was sent to (a raw `send` or `mock` statement: the active one).
  public let api: APIName
  /// The catalog operation a catalog statement sent; nil for a raw `send` or a `mock` statement.
  public let operation: Operation?
  public let request: HTTPRequest
  public let response: HTTPResponse
  public let elapsedMilliseconds: Double
  private var parsedBody: ParsedBody?

  public init(
    api: APIName, operation: Operation? = nil, request: HTTPRequest, response: HTTPResponse,
    elapsedMilliseconds: Double
  ) {
    self.api = api
    self.operation = operation
    self.request = request
    self.response = response
    self.elapsedMilliseconds = elapsedMilliseconds
  }

  /// The body as JSON, or `nil` when it is empty or not JSON. Parsed on first
  /// use: most statements after a request only check its status.
  public var json: JSONValue? {
    if let parsedBody { return parsedBody.value }
    let value = response.body.isEmpty ? nil : try? JSONValue(parsing: response.body)
    parsedBody = ParsedBody(value: value)
    return value
  }

  /// The body as text (invalid UTF-8 repaired).
  public var bodyText: String {
    String(decoding: response.body, as: UTF8.self)
  }

  /// The body as a value: its JSON, else its text, else missing when empty.
  public var bodyValue: JSONValue? {
    json ?? (response.body.isEmpty ? nil : .string(bodyText))
  }

  /// `201 POST /v1/profiles (0.4 ms)`: the `response:` line of a failure.
  public var summary: String {
    "\(response.status) \(request.method) \(request.path) (\(formatMilliseconds(elapsedMilliseconds)) ms)"
  }

  /// `$last`: `{status, headers, body, ms}`.
  public var asJSON: JSONValue {
    var headers = JSONObject()
    for field in response.headers {
      headers[field.name.lowercased()] = .string(field.value)
    }
    return .object(
      JSONObject([
        .init(key: "status", value: .number(JSONNumber(response.status))),
        .init(key: "headers", value: .object(headers)),
        .init(key: "body", value: bodyValue ?? .null),
        .init(key: "ms", value: .number(JSONNumber(elapsedMilliseconds))),
      ]))
  }

  private struct ParsedBody {
    var value: JSONValue?
  }
}

/// Milliseconds with one decimal below 10 ms and none above, as people read timings.
func formatMilliseconds(_ milliseconds: Double) -> String {
  let rounded = milliseconds < 10 ? (milliseconds * 10).rounded() / 10 : milliseconds.rounded()
  return milliseconds < 10 ? String(rounded) : String(Int(rounded))
}

import SynCatalog
public import SynHTTP
import SynLanguage

/// How requests and responses look on screen (`show`, `-v`, the prompt), in a theme.
public enum ResponseFormatter {
  /// `HTTP 201 Created (POST /v1/profiles)`, `HTTP 200 OK (GET /v1/posts?status=published)`
  static func statusLine(of exchange: Exchange) -> String {
    let status = exchange.response.status
    let reason = reasonPhrase(for: status).map { " \($0)" } ?? ""
    let request = exchange.request
    return "HTTP \(status)\(reason) (\(request.method) \(request.path)\(queryString(request.query)))"
  }

  /// The status line, then the body: pretty JSON, or the text as it came
  /// (`show`, and each response at the prompt).
  public static func display(_ exchange: Exchange, theme: Theme) -> String {
    let status = theme.paint(statusLine: statusLine(of: exchange), status: exchange.response.status)
    if let json = exchange.json { return status + "\n" + theme.pretty(json) }
    return exchange.response.body.isEmpty ? status : status + "\n" + exchange.bodyText
  }

  /// `> POST /v1/profiles` and its headers and body, like `curl -v`, keys masked.
  public static func verbose(_ request: HTTPRequest) -> String {
    var lines = ["> \(request.method) \(request.path)\(queryString(request.query))"]
    for field in request.headers {
      lines.append("> \(field.name): \(KeyMask.masked(field.value, inHeader: field.name))")
    }
    if !request.body.isEmpty {
      lines.append(">")
      lines.append(String(decoding: request.body, as: UTF8.self))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `< HTTP 201 Created (...) in 0.4 ms`, the headers, then the body: `:last` in
  /// the prompt's theme, `-v` plain (it writes to standard error).
  public static func verbose(_ exchange: Exchange, theme: Theme = .plain) -> String {
    let status = "< \(statusLine(of: exchange)) in \(formatMilliseconds(exchange.elapsedMilliseconds)) ms"
    var lines = [theme.paint(statusLine: status, status: exchange.response.status)]
    for field in exchange.response.headers {
      lines.append("< \(field.name): \(field.value)")
    }
    if !exchange.response.body.isEmpty {
      lines.append("<")
      lines.append(exchange.json.map(theme.pretty) ?? exchange.bodyText)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// An attempt that was retried: its answer or transport error, the wait, and the request sent again.
  static func verbose(retried attempt: RequestAttempt, of request: HTTPRequest, to api: APIName) -> String {
    var text: String
    switch attempt.outcome {
    case .success(let response):
      text = verbose(
        Exchange(api: api, request: request, response: response, elapsedMilliseconds: attempt.elapsed.milliseconds))
    case .failure(let error):
      text = "* \(error)\n"
    }
    text += "* retrying in \(attempt.retryDelayMilliseconds ?? 0) ms\n"
    return text + verbose(request)
  }

  static func queryString(_ query: [QueryItem]) -> String {
    query.isEmpty ? "" : "?" + query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
  }

  static func reasonPhrase(for status: Int) -> String? {
    switch status {
    case 200: "OK"
    case 201: "Created"
    case 204: "No Content"
    case 302: "Found"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 402: "Payment Required"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 409: "Conflict"
    case 413: "Content Too Large"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 501: "Not Implemented"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    default: nil
    }
  }
}

import SynHTTP
import SynJSON

/// How a connect flow ended, and the final redirect that tells the developer.
struct ConnectResult: Sendable {
  enum Outcome: Sendable {
    case connected(Account)
    /// `access_denied`, `token_exchange_failed` or `account_already_connected`.
    case failed(code: String)
  }

  let session: ConnectSession
  let outcome: Outcome

  /// The final redirect's query parameters in the documented order; `state`
  /// only when the developer sent one.
  var parameters: [(name: String, value: String)] {
    var parameters: [(name: String, value: String)]
    switch outcome {
    case .connected(let account):
      parameters = [
        ("profileId", account.profileId.text), ("accountId", account.id.text),
        ("platform", account.platform.rawValue), ("handle", account.handle),
      ]
    case .failed(let code):
      parameters = [("error", code), ("platform", session.platform.rawValue), ("profileId", session.profileId.text)]
    }
    if let developerState = session.developerState { parameters.append(("state", developerState)) }
    return parameters
  }

  /// The parameters as a JSON object of strings (`POST /_sim/authorize`).
  var json: JSONValue {
    .object(JSONObject(parameters.map { JSONObject.Member(key: $0.name, value: .string($0.value)) }))
  }

  /// 302 to the developer's `redirectUri` with the parameters, or the hosted
  /// page when there is none.
  var response: HTTPResponse {
    guard let redirectUri = session.redirectUri else { return .html(200, hostedPage) }
    let separator: String
    if !redirectUri.contains("?") {
      separator = "?"
    } else if redirectUri.hasSuffix("?") || redirectUri.hasSuffix("&") {
      separator = ""
    } else {
      separator = "&"
    }
    return .redirect(to: redirectUri + separator + PercentEncoding.query(parameters))
  }

  /// Synposter's hosted success or error page. It shows only a validated
  /// handle or a fixed error code, so nothing needs escaping.
  private var hostedPage: String {
    let (title, text): (String, String)
    switch outcome {
    case .connected(let account):
      (title, text) = ("Account connected", "@\(account.handle) on \(account.platform.rawValue) is now connected.")
    case .failed(let code):
      (title, text) = ("Connection failed", "The account could not be connected: \(code).")
    }
    return
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(title)</title></head>"
      + "<body><h1>\(title)</h1><p>\(text)</p><p>You can close this window.</p></body></html>"
  }
}

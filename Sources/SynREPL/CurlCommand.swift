import Foundation
import SynCatalog
import SynHTTP
import SynLanguage

/// `:curl`: the last request as a curl command one can paste into a shell.
///
/// The API key is never printed: the key header reads it from the
/// environment (`$SYNPOSTER_API_KEY`, `$SYNUP_API_KEY`), in double quotes so
/// the shell expands it. Everything else is single-quoted.
struct CurlCommand {
  var request: HTTPRequest
  /// `set baseUrl`, when the session has one.
  var baseURL: String?
  /// The API the request was sent to: whose origin and key variable the command names.
  var api: APIName

  /// The environment variable that holds `api`'s key.
  static func keyVariable(for api: APIName) -> String {
    "\(api.rawValue.uppercased())_API_KEY"
  }

  /// Simulator control requests (`/_sim/...`) only work against `syn serve`.
  static let servedOrigin = "http://127.0.0.1:8080"

  var text: String {
    let catalog = Catalog.named(api)
    let isControl = ControlRoute.isControlPath(request.path)
    let origin = (baseURL ?? (isControl ? Self.servedOrigin : catalog.defaultOrigin))
    let trimmedOrigin = origin.hasSuffix("/") ? String(origin.dropLast()) : origin
    var url = trimmedOrigin + request.path
    url += QueryItem.queryString(request.query)
    var parts = ["curl -sS"]
    if request.method != "GET" || !request.body.isEmpty {
      parts[0] += " -X \(request.method)"
    }
    parts[0] += " " + Self.shellQuoted(url)
    for field in request.headers {
      switch field.name.lowercased() {
      case "x-api-key":
        parts.append("-H \"\(field.name): $\(Self.keyVariable(for: api))\"")
      case "authorization":
        // `API <key>`: the scheme stays, the key comes from the environment.
        let words = field.value.split(separator: " ", maxSplits: 1)
        let scheme = words.count == 2 ? words[0] + " " : ""
        parts.append("-H \"\(field.name): \(scheme)$\(Self.keyVariable(for: api))\"")
      default:
        parts.append("-H " + Self.shellQuoted("\(field.name): \(KeyMask.abbreviating(field.value))"))
      }
    }
    if !request.body.isEmpty {
      let body = KeyMask.abbreviating(String(decoding: request.body, as: UTF8.self))
      parts.append("--data-raw " + Self.shellQuoted(body))
    }
    let command = parts.joined(separator: " \\\n  ")
    guard isControl, baseURL == nil else { return command }
    return "# a simulator control request: run `syn serve` (assumed here on port 8080)\n" + command
  }

  /// `'text'`, with each `'` written `'\''`.
  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

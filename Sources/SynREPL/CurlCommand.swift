import Foundation
import SynCatalog
import SynHTTP
import SynLanguage

/// `:curl`: the last request as a curl command one can paste into a shell,
/// sent to the session's own base URL with the session's own key.
///
/// The key is masked unless asked for (`:curl --show-key`). A key that is the
/// value of `$SYNPOSTER_API_KEY` (or `$SYNUP_API_KEY`) in syn's environment is
/// written as that variable, in double quotes so the shell expands it: the
/// command runs as it is and shows nothing. Everything else is single-quoted.
struct CurlCommand {
  var request: HTTPRequest
  /// `set baseUrl`, `--base-url` or `backend live URL`, when the session has one.
  var baseURL: String?
  /// The API the request was sent to: whose origin and key variable the command names.
  var api: APIName
  /// syn's environment, where the key variable may hold the session's key.
  var environment: [String: String] = [:]
  /// `:curl --show-key`: the key itself, so the command runs in any shell.
  var showsKey = false

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
    var masksKey = false
    for field in request.headers {
      guard KeyMask.keyHeaderNames.contains(field.name.lowercased()) else {
        parts.append("-H " + Self.shellQuoted("\(field.name): \(KeyMask.abbreviating(field.value))"))
        continue
      }
      // `Authorization: API <key>`: the scheme stays as it is.
      let words = field.value.split(separator: " ", maxSplits: 1).map(String.init)
      let scheme = words.count == 2 ? words[0] + " " : ""
      let key = words.last ?? ""
      let variable = api.keyVariable
      if showsKey {
        parts.append("-H " + Self.shellQuoted("\(field.name): \(field.value)"))
      } else if environment[variable] == key {
        parts.append("-H \"\(field.name): \(scheme)$\(variable)\"")
      } else {
        masksKey = true
        parts.append("-H " + Self.shellQuoted("\(field.name): \(scheme)\(KeyMask.masked(key))"))
      }
    }
    if !request.body.isEmpty {
      let body = KeyMask.abbreviating(String(decoding: request.body, as: UTF8.self))
      parts.append("--data-raw " + Self.shellQuoted(body))
    }
    var command = parts.joined(separator: " \\\n  ")
    if masksKey {
      command +=
        "\n# the key is masked: :curl --show-key prints it, or export \(api.keyVariable) before syn starts"
    }
    guard isControl, baseURL == nil else { return command }
    return "# a simulator control request: run `syn serve` (assumed here on port 8080)\n" + command
  }

  /// `'text'`, with each `'` written `'\''`.
  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

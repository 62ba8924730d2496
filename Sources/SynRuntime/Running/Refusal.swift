import SynHTTP
import SynJSON

/// Why an API refused a request, in one line: a status outside 2xx, or
/// Synup's refusal at 200 (an `errors` list, `success: false`). For example
/// `409 post_already_published (a published post cannot be deleted)`.
struct Refusal: Equatable {
  var reason: String

  init?(of response: HTTPResponse, json: JSONValue?) {
    let detail = json.flatMap(Self.detail(in:))
    if (200..<300).contains(response.status) {
      guard let detail else { return nil }
      reason = "\(response.status) \(detail)"
    } else {
      reason = detail.map { "\(response.status) \($0)" } ?? "\(response.status)"
    }
  }

  /// Synposter's `{"error": code, "message": …}`, else the first Synup error
  /// (`errors: [{code?, message}]` or `errors: ["text"]`) or `success: false`, however deep.
  private static func detail(in body: JSONValue) -> String? {
    if let code = body["error"]?.stringValue {
      return described(code: code, message: body["message"]?.stringValue)
    }
    return synupDetail(in: body)
  }

  private static func synupDetail(in value: JSONValue) -> String? {
    guard let object = value.objectValue else {
      return value.arrayValue?.lazy.compactMap(synupDetail(in:)).first
    }
    // An object instead of a list: a failed photo upload's `errors: {message}`.
    let first: JSONValue? =
      switch object["errors"] {
      case .array(let errors): errors.first
      case .object(let error): .object(error)
      default: nil
      }
    if let first {
      return first.stringValue ?? described(code: first["code"]?.stringValue, message: first["message"]?.stringValue)
    }
    if object["success"]?.boolValue == false {
      return "success: false"
    }
    return object.lazy.compactMap { synupDetail(in: $0.value) }.first
  }

  private static func described(code: String?, message: String?) -> String {
    [code, message.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
  }
}

import SynJSON

/// The API-level error codes of a response, for `expect error CODE`.
///
/// Synposter puts its code in the body's `error` field. Synup answers
/// `SYnnnnn` codes in `errors` arrays, at the top level or inside a mutation
/// payload (often with HTTP 200), either as `code` or at the start of `message`.
enum ErrorCodes {
  /// The codes in a response's body (as JSON; anything else has none).
  static func codes(in body: JSONValue?) -> [String] {
    guard let body else { return [] }
    var codes: [String] = []
    if let code = body["error"]?.stringValue {
      codes.append(code)
    }
    collectSynupCodes(in: body, into: &codes)
    return codes
  }

  private static func collectSynupCodes(in value: JSONValue, into codes: inout [String]) {
    guard case .object(let object) = value else { return }
    for member in object {
      if member.key == "errors", let errors = member.value.arrayValue {
        for error in errors {
          if let code = error["code"]?.stringValue {
            codes.append(code)
          } else if let message = error["message"]?.stringValue, let code = synupCode(prefixing: message) {
            codes.append(code)
          }
        }
      } else {
        collectSynupCodes(in: member.value, into: &codes)
      }
    }
  }

  /// `SY90002` from `"SY90002: Invalid Id"` or `"SY90005:Invalid token"`.
  private static func synupCode(prefixing message: String) -> String? {
    let code = message.prefix { $0.isLetter || $0.isNumber }
    guard code.count == 7, code.hasPrefix("SY"), code.dropFirst(2).allSatisfy(\.isNumber) else { return nil }
    return String(code)
  }
}

import SynHTTP
import SynJSON

/// A Synposter error answer (also used by the control plane): a status and
/// the envelope `{"error","message","field"?,...context}`.
struct APIError: Error, Sendable {
  var status: Int
  /// The machine-readable code, sent as `error`.
  var code: String
  var message: String
  /// The body or query field at fault; validation errors only.
  var field: String?
  /// Extra members after the envelope, e.g. `current`, `limit`, `plan`.
  var context: [JSONObject.Member] = []
  var headers = HTTPHeaders()
  /// True for an answer the real API gives (the callback's `invalid_state`)
  /// that the control plane passes on; false for the control plane's own refusals.
  var isTheAPIsAnswer = false

  var response: HTTPResponse {
    var envelope = JSONObject([
      .init(key: "error", value: .string(code)),
      .init(key: "message", value: .string(message)),
    ])
    if let field { envelope["field"] = .string(field) }
    for member in context { envelope[member.key] = member.value }
    return .json(status, .object(envelope), headers: headers)
  }
}

extension APIError {
  static func unauthorized(_ message: String) -> APIError {
    APIError(status: 401, code: "unauthorized", message: message)
  }

  static func invalidJSON(_ message: String) -> APIError {
    APIError(status: 400, code: "invalid_json", message: message)
  }

  static func invalidRequest(_ message: String) -> APIError {
    APIError(status: 400, code: "invalid_request", message: message)
  }

  static func validation(field: String?, _ message: String) -> APIError {
    APIError(status: 400, code: "validation_error", message: message, field: field)
  }

  static func notFound(_ message: String) -> APIError {
    APIError(status: 404, code: "not_found", message: message)
  }

  static func methodNotAllowed(method: String, path: String, allowed: [String]) -> APIError {
    APIError(
      status: 405, code: "method_not_allowed", message: "\(method) is not allowed on \(path)",
      headers: HTTPHeaders([("Allow", allowed.joined(separator: ", "))]))
  }

  static func rateLimited(retryAfter seconds: Int) -> APIError {
    APIError(
      status: 429, code: "rate_limited", message: "Too many requests: retry after \(seconds) s",
      context: [.init(key: "retryAfter", value: .int(seconds))],
      headers: HTTPHeaders([("Retry-After", String(seconds))]))
  }

  /// The answer of an injected fault: `internal_error` for 500, the usual code of other statuses.
  static func simulatedFault(status: Int) -> APIError {
    switch status {
    case 429: return .rateLimited(retryAfter: 1)
    case 500: return APIError(status: 500, code: "internal_error", message: "Simulated failure (safe to retry)")
    default: return APIError(status: status, code: faultCode(status: status), message: "Simulated \(status) failure")
    }
  }

  private static func faultCode(status: Int) -> String {
    switch status {
    case 400: "invalid_request"
    case 401: "unauthorized"
    case 402: "payment_required"
    case 403: "forbidden"
    case 404: "not_found"
    case 409: "conflict"
    case 502: "bad_gateway"
    case 503: "service_unavailable"
    case 504: "gateway_timeout"
    default: status < 500 ? "client_error" : "server_error"
    }
  }
}

import SynHTTP
import SynJSON

extension HTTPResponse {
  /// A JSON answer: `body` printed compactly with `Content-Type: application/json`.
  static func json(_ status: Int, _ body: JSONValue, headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
    var headers = headers
    headers.add("Content-Type", "application/json")
    return HTTPResponse(status: status, headers: headers, body: body.compactBytes)
  }

  /// 204 with no body and no Content-Type.
  static let noContent = HTTPResponse(status: 204)
}

extension JSONValue {
  /// A JSON number for an integer count.
  static func int(_ value: Int) -> JSONValue {
    .number(JSONNumber(value))
  }
}

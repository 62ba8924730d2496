import SynHTTP

extension HTTPResponse {
  /// 302 to `location`, with no body.
  static func redirect(to location: String) -> HTTPResponse {
    HTTPResponse(status: 302, headers: HTTPHeaders([("Location", location)]))
  }

  /// A page for a browser: `text/html; charset=utf-8`.
  static func html(_ status: Int, _ page: String) -> HTTPResponse {
    HTTPResponse(
      status: status, headers: HTTPHeaders([("Content-Type", "text/html; charset=utf-8")]), body: Array(page.utf8))
  }
}

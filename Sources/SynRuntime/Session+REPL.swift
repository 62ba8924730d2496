// What the interactive prompt (SynREPL) reads from a session and its last
// exchange. Kept in a file of its own so the prompt needs nothing else public.

extension Exchange {
  /// `HTTP 201 Created (POST /v1/profiles)`: the line printed above a response body.
  public var statusLine: String {
    ResponseFormatter.statusLine(of: self)
  }

  /// The request as `-v` prints it (`> POST /v1/profiles`, headers, body), keys masked.
  public var maskedRequestText: String {
    ResponseFormatter.verbose(request)
  }

  /// The response as `-v` prints it (`< HTTP 201 Created ...`, headers, pretty body).
  public var responseText: String {
    ResponseFormatter.verbose(self)
  }
}

extension Session {
  /// `set baseUrl`: the origin requests go to instead of the API's own, if set.
  public var baseURL: String? {
    settings.baseURL
  }
}

import SynHTTP

extension HTTPRequest {
  /// Synposter's key: the `x-api-key` header (any case).
  var synposterKey: String? {
    headers["x-api-key"]
  }

  /// Synup's key: the `<key>` of `Authorization: API <key>`.
  var synupKey: String? {
    guard let authorization = headers["Authorization"], authorization.prefix(4).lowercased() == "api " else {
      return nil
    }
    return String(authorization.dropFirst(4))
  }
}

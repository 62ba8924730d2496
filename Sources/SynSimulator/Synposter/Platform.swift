/// A network Synposter publishes to. X (`twitter`) is the only one documented.
enum Platform: String, Sendable, Codable {
  case twitter

  /// The platform named by a `{platform}` path segment; 400 `unsupported_platform` otherwise.
  init(pathSegment: Substring) throws(APIError) {
    guard let platform = Platform(rawValue: String(pathSegment)) else {
      throw APIError(
        status: 400, code: "unsupported_platform",
        message: "Platform \"\(pathSegment)\" is not supported: use twitter")
    }
    self = platform
  }

  /// The OAuth scopes a connected account is granted (spec 1.2).
  var scopes: [String] {
    ["tweet.read", "tweet.write", "users.read", "offline.access"]
  }

  /// The longest post text, in the platform's weighted characters.
  var textLimit: Int { XTextLength.limit }

  /// Whether `text` is an X id (of a user, tweet or community): 1 to 19 ASCII digits.
  static func isXID(_ text: String) -> Bool {
    (1...19).contains(text.utf8.count) && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }

  /// How long `text` counts against `textLimit`.
  func weightedLength(of text: String) -> Int {
    XTextLength.weightedLength(of: text)
  }
}

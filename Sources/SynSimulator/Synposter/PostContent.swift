import SynJSON

/// A picture attached to a post: `{type, url}`.
struct MediaAttachment: Sendable, Codable {
  enum Kind: String, Sendable, Codable {
    case image, gif
  }

  let kind: Kind
  let url: String

  var json: JSONValue {
    ["type": .string(kind.rawValue), "url": .string(url)]
  }

  /// Reads `{type, url}`: `video` is 400 `unsupported_media` (not yet
  /// supported), `url` an absolute https URL, or a `publicUrl` from /v1/media.
  init(_ element: JSONValue, path: String) throws(APIError) {
    let fields = try RequestFields.nested(element, path: path)
    let type = try fields.required("type", fields.string("type"))
    switch type {
    case "video":
      throw APIError(
        status: 400, code: "unsupported_media", message: "Video is not supported yet: send an image or a gif",
        field: fields.field("type"))
    case let other:
      guard let kind = Kind(rawValue: other) else {
        throw .validation(field: fields.field("type"), "\(fields.field("type")) must be image or gif, not \"\(other)\"")
      }
      self.kind = kind
    }
    url = try fields.required("url", fields.string("url"))
    // A publicUrl this simulator handed out is taken on whatever origin it was
    // given (http on syn serve or in process), as the real one is https.
    guard WebURL.isAbsolute(url) || MockURLs.mediaID(inPublicURL: url) != nil else {
      throw .validation(field: fields.field("url"), "\(fields.field("url")) must be an absolute https:// URL")
    }
  }

  /// The media of one tweet, at `field`: X takes up to 4 images or exactly 1 gif.
  static func list(_ elements: [JSONValue], field: String) throws(APIError) -> [MediaAttachment] {
    var media: [MediaAttachment] = []
    for (index, element) in elements.enumerated() {
      media.append(try MediaAttachment(element, path: "\(field)[\(index)]"))
    }
    let gifs = media.count { $0.kind == .gif }
    guard (gifs == 0 && media.count <= 4) || (gifs == 1 && media.count == 1) else {
      throw .validation(field: field, "X takes up to 4 images or exactly 1 gif per post")
    }
    return media
  }
}

/// What one tweet says: text, media, or both.
struct TweetContent: Sendable, Codable {
  /// As sent, untrimmed; nil when only media is posted.
  let text: String?
  let media: [MediaAttachment]

  /// Whether the text is missing or only whitespace.
  var hasNoText: Bool {
    text.map { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) } ?? true
  }
}

/// A tenant's media files, by id and by upload token.
struct MediaStore: Sendable {
  private var byID: [ResourceID: MediaFile] = [:]
  private var idByUploadToken: [String: ResourceID] = [:]

  subscript(id: ResourceID) -> MediaFile? {
    byID[id]
  }

  /// Whether a file has the id (files are never deleted).
  func holds(_ id: ResourceID) -> Bool {
    byID[id] != nil
  }

  mutating func insert(_ file: MediaFile) {
    byID[file.id] = file
    idByUploadToken[file.uploadToken] = file.id
  }

  /// The file `token` uploads to.
  func file(uploadToken token: String) -> MediaFile? {
    idByUploadToken[token].flatMap { byID[$0] }
  }

  mutating func replace(_ file: MediaFile) {
    guard byID[file.id] != nil else { return }
    byID[file.id] = file
  }

  /// Why X would refuse `attachment` when Synposter fetches it; nil when it
  /// is fine. This simulator's `publicUrl`s are checked against what was
  /// uploaded; any other https URL is taken to be a valid picture.
  func fetchProblem(_ attachment: MediaAttachment) -> String? {
    guard let id = MockURLs.mediaID(inPublicURL: attachment.url) else { return nil }
    guard let file = byID[id] else { return "\(attachment.url) could not be fetched (404)" }
    guard let upload = file.upload else { return "Media \(id.text) was never uploaded" }
    guard let format = upload.format else { return "Media \(id.text) is not a PNG, JPEG, WebP or GIF file" }
    switch (attachment.kind, format) {
    case (.gif, .gif), (.image, .png), (.image, .jpeg), (.image, .webp): break
    case (.gif, _): return "Media \(id.text) is not a GIF: send it as type image"
    case (.image, _): return "Media \(id.text) is a GIF: send it as type gif"
    }
    guard upload.byteCount <= format.maximumBytes else {
      let kind = attachment.kind.rawValue
      return "Media \(id.text) is \(upload.byteCount) bytes; X takes \(kind)s up to \(format.maximumBytes) bytes"
    }
    return nil
  }
}

/// Saved as its files, by id; the index by upload token is rebuilt.
extension MediaStore: Codable {
  init(from decoder: any Decoder) throws {
    for file in try decoder.singleValueContainer().decode([MediaFile].self) {
      insert(file)
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(byID.values.sorted { ($0.id.high, $0.id.low) < ($1.id.high, $1.id.low) })
  }
}

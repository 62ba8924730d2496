import SynJSON

/// A file announced with `POST /v1/media`, and what was uploaded for it.
struct MediaFile: Sendable, Codable {
  /// How long `uploadUrl` accepts the bytes.
  static let uploadLifetimeSeconds = 3600

  let id: ResourceID
  let filename: String
  let mimeType: String
  /// The secret in `uploadUrl`.
  let uploadToken: String
  let expiresAt: Timestamp
  /// What the last `PUT` to `uploadUrl` stored; nil until then.
  var upload: Upload?

  struct Upload: Sendable, Codable {
    var byteCount: Int
    /// The format the bytes have (by their signature), whatever the Content-Type said.
    var format: MediaFormat?
    /// What `publicUrl` serves. Not saved with the tenant: a state file keeps
    /// what the rules read (size, format), not the pictures.
    var bytes: [UInt8]? = nil

    private enum CodingKeys: String, CodingKey {
      case byteCount, format
    }
  }

  /// `{"id","uploadUrl","publicUrl","expiresAt"}`, with URLs on the simulator's origin in `urls`.
  func json(urls: MockURLs, tenantNumber: Int) -> JSONValue {
    [
      "id": .string(id.text),
      "uploadUrl": .string(urls.upload(token: uploadToken)),
      "publicUrl": .string(urls.publicURL(self, tenantNumber: tenantNumber)),
      "expiresAt": .string(expiresAt.iso8601),
    ]
  }
}

/// The picture formats X takes, recognised by their first bytes.
enum MediaFormat: Sendable, Codable {
  case png, jpeg, gif, webp

  /// Images up to 5 MB, gifs up to 15 MB.
  var maximumBytes: Int {
    self == .gif ? 15 << 20 : 5 << 20
  }

  init?(sniffing bytes: [UInt8]) {
    func startsWith(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
      bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
    }
    if startsWith([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
      self = .png
    } else if startsWith([0xFF, 0xD8, 0xFF]) {
      self = .jpeg
    } else if startsWith(Array("GIF87a".utf8)) || startsWith(Array("GIF89a".utf8)) {
      self = .gif
    } else if startsWith(Array("RIFF".utf8)) && startsWith(Array("WEBP".utf8), at: 8) {
      self = .webp
    } else {
      return nil
    }
  }
}

import SynJSON

/// An upload of more than 30 photos, processed in the background (synup-sections.md 4.1, 5.3).
struct SynupPhotoRequest: Sendable, Codable {
  enum Status: String, Sendable, Codable {
    case processing = "PROCESSING"
    case success = "SUCCESS"
    case error = "ERROR"
  }

  /// How long a bulk upload takes (5.3's "photo request finishes").
  static let duration = 60

  let id: ResourceID
  let locationNumber: Int
  let items: [SynupPhotoItem]
  let createdAt: Timestamp
  var finishedAt: Timestamp?
  var status = Status.processing

  var dueAt: Timestamp { Timestamp(secondsSinceEpoch: createdAt.secondsSinceEpoch + SynupPhotoRequest.duration) }
}

/// One photo of an upload's `photos`.
struct SynupPhotoItem: Sendable, Codable {
  /// Image extensions other than JPEG and PNG: a URL ending in one is refused (SY10065).
  private static let refusedExtensions: Set = [
    "gif", "webp", "bmp", "tif", "tiff", "svg", "heic", "heif", "avif", "ico",
  ]

  let photo: String
  let kind: SynupPhoto.Kind
  let starred: Bool?

  /// An item of a coerced `AddLocationPhotosInput`: its fields have their types already.
  init(_ value: JSONValue) {
    photo = value["photo"]?.stringValue ?? ""
    kind = value["type"]?.stringValue.flatMap(SynupPhoto.Kind.init(rawValue:)) ?? .additional
    starred = value["starred"]?.boolValue
  }

  var isBlank: Bool { photo.allSatisfy(\.isWhitespace) }

  /// The simulator fetches nothing: the URL's extension stands for the format.
  var hasAllowedFormat: Bool {
    SynupPhoto.imageExtension(of: photo).map { !SynupPhotoItem.refusedExtensions.contains($0) } ?? true
  }

  var isValid: Bool { !isBlank && hasAllowedFormat }
}

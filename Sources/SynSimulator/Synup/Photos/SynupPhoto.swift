/// A location's photo (synup-sections.md 4.1, 5.1): `MediaFile:N`, numbered by the account's counter.
struct SynupPhoto: Sendable, Codable {
  enum Kind: String, Sendable, Codable, CaseIterable {
    case logo = "LOGO"
    case cover = "COVER"
    case additional = "ADDITIONAL"
  }

  let number: Int
  let locationNumber: Int
  let kind: Kind
  let sourceURL: String
  /// The photo's `name`, a UUID.
  let name: ResourceID
  /// The stored file's UUID, in its `url` and `thumbnailUrl`.
  let file: ResourceID
  /// `<A>/<B>`, the 32-hex-digit folders of the account and the location in the file's URL.
  let directory: String
  let fileSize: Int
  let width: Int
  let height: Int
  /// Null until an upload item or a star call sets it.
  var starred: Bool?
  let uploadedAt: Timestamp
  /// Set when the photo is removed or replaced (a new logo or cover): it is no longer listed.
  var archivedAt: Timestamp?

  var id: RelayID { RelayID(.mediaFile, number) }

  /// `.png` for a PNG source, `.jpg` for anything else (the thumbnail is always `.jpg`).
  var fileExtension: String {
    SynupPhoto.imageExtension(of: sourceURL) == "png" ? ".png" : ".jpg"
  }

  /// The lower-cased extension of the URL's path (query and fragment left out), if it has one.
  static func imageExtension(of url: String) -> String? {
    let path = url.prefix { $0 != "?" && $0 != "#" }
    let lastSegment = path.split(separator: "/", omittingEmptySubsequences: false).last ?? path
    guard let dot = lastSegment.lastIndex(of: ".") else { return nil }
    return lastSegment[lastSegment.index(after: dot)...].lowercased()
  }
}

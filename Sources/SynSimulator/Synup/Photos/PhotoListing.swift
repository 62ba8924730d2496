import SynJSON

/// How a location's photos are read (synup-sections.md 4.1, 5.5).
extension SynupAccount {
  /// `GET /locations/{locationId}/photos`: the live photos, newest first. Archived locations still answer.
  func listPhotos(locationID: Substring, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(named: String(locationID), at: now)
    return .array(photos.live(at: location.number).map(\.mediaFileJSON))
  }

  /// The location object's `locationPhotos`: the logo, the cover, then the other photos newest first.
  func locationPhotosJSON(_ location: SynupLocation) -> JSONValue {
    let live = photos.live(at: location.number)
    let ordered = [SynupPhoto.Kind.logo, .cover, .additional].flatMap { kind in live.filter { $0.kind == kind } }
    return .array(ordered.map(\.locationJSON))
  }
}

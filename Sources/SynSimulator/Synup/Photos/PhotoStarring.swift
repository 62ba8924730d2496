import SynJSON

/// `POST /locations/photos/star` (synup-sections.md 4.1): all or nothing,
/// with the singular `error` member the evidence shows.
extension SynupAccount {
  /// At most this many photos of a location are starred (7 #19: per location).
  static let starredPhotoLimit = 4

  mutating func starPhotos(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    // Either key names the photos (2.1, 7 #19): S2 and S5 send `photoIds`, S4 and S6 `mediaIds`.
    guard let texts = input.strings("photoIds") ?? input.strings("mediaIds") else {
      throw .missingInputField(input, "photoIds", type: "[ID!]")
    }
    let location = try location(named: input.string("locationId") ?? "", at: now)
    let numbers = try SynupIDs.relayIDs(texts, as: .mediaFile).map(\.number)
    let starred = input.bool("starred") ?? false
    let targeted: [SynupPhoto]
    do {
      targeted = try livePhotos(numbers, texts: texts, of: location)
    } catch {
      return starFailure(error)
    }
    if targeted.contains(where: { $0.kind != .additional }) {
      return starFailure(PhotoError("SY15013", "SY15013: Only additional photo types can be starred or unstarred"))
    }
    let changed = Set(numbers)
    let starredAfter = photos.live(at: location.number).filter { photo in
      changed.contains(photo.number) ? starred : photo.starred == true
    }
    if starredAfter.count > SynupAccount.starredPhotoLimit {
      return starFailure(PhotoError("SY10063", "SY10063: Only a maximum of 4 photos can be starred or unstarred"))
    }
    photos.setStarred(starred, numbers: changed)
    let answered = numbers.compactMap { photos.photo($0)?.mutationJSON }
    return ["success": true, "error": nil, "photos": .array(answered)]
  }

  private func starFailure(_ error: PhotoError) -> JSONValue {
    ["success": false, "error": error.json, "photos": []]
  }
}

extension SynupFailure {
  /// Shape 4 for a required field the input type cannot mark required (one of two keys names it).
  static func missingInputField(_ input: SynupInput, _ name: String, type: String) -> SynupFailure {
    .coercion([
      "Variable \"$input\" got invalid value \(JSONValue.object(input.object).compactText); "
        + "Field value.\(name) of required type \(type)! was not provided."
    ])
  }
}

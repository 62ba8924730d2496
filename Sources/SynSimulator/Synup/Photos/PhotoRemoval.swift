import SynJSON

/// `POST /locations/photos/remove` (synup-sections.md 4.1): removed photos
/// are archived; the logo and cover cannot be removed.
extension SynupAccount {
  mutating func removePhotos(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(named: input.string("locationId") ?? "", at: now)
    let texts = input.strings("photoIds") ?? []
    let numbers = try SynupIDs.relayIDs(texts, as: .mediaFile).map(\.number)
    let targeted: [SynupPhoto]
    do {
      targeted = try livePhotos(numbers, texts: texts, of: location)
    } catch {
      return removalFailure(error, input)
    }
    if targeted.contains(where: { $0.kind != .additional }) {
      return removalFailure(PhotoError("SY15014", "SY15014: Can not remove Logo/Cover"), input)
    }
    photos.archive(numbers: Set(numbers), at: now)
    return [
      "success": true, "errors": nil, "photos": .array(targeted.map(\.mutationJSON)),
      "clientMutationId": input.clientMutationId,
    ]
  }

  private func removalFailure(_ error: PhotoError, _ input: SynupInput) -> JSONValue {
    ["success": false, "errors": [error.json], "photos": nil, "clientMutationId": input.clientMutationId]
  }
}

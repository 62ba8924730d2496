/// The account's photos and bulk photo requests (synup-sections.md 5.1).
struct SynupPhotoStore: Sendable, Codable {
  private(set) var photos: [SynupPhoto] = []
  var requests: [SynupPhotoRequest] = []

  /// The photo numbered `number`, live or archived.
  func photo(_ number: Int) -> SynupPhoto? {
    photos.first { $0.number == number }
  }

  /// The live photos of location `locationNumber`, newest upload first, ties broken by the higher number.
  func live(at locationNumber: Int) -> [SynupPhoto] {
    photos.filter { $0.locationNumber == locationNumber && $0.archivedAt == nil }
      .sorted { ($0.uploadedAt, $0.number) > ($1.uploadedAt, $1.number) }
  }

  /// Adds `photo`; a logo or cover archives the location's current one.
  mutating func add(_ photo: SynupPhoto) {
    if photo.kind != .additional {
      for index in photos.indices
      where photos[index].locationNumber == photo.locationNumber && photos[index].kind == photo.kind
        && photos[index].archivedAt == nil
      {
        photos[index].archivedAt = photo.uploadedAt
      }
    }
    photos.append(photo)
  }

  mutating func setStarred(_ starred: Bool, numbers: Set<Int>) {
    for index in photos.indices where numbers.contains(photos[index].number) {
      photos[index].starred = starred
    }
  }

  mutating func archive(numbers: Set<Int>, at now: Timestamp) {
    for index in photos.indices where numbers.contains(photos[index].number) {
      photos[index].archivedAt = now
    }
  }

  /// The request `id`, if the account has one.
  func requestIndex(_ id: ResourceID) -> Int? {
    requests.firstIndex { $0.id == id }
  }
}

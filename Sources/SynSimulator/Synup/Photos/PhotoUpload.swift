import SynJSON

/// `POST /locations/photos` (synup-sections.md 4.1): up to 30 photos are
/// stored at once; more become a request that finishes in the background.
extension SynupAccount {
  /// Uploads of more photos than this are asynchronous.
  static let synchronousPhotoLimit = 30

  mutating func addPhotos(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(named: input.string("locationId") ?? "", startingWork: true, at: now)
    let items = (input.value("photos")?.arrayValue ?? []).map(SynupPhotoItem.init)
    let isBulk = items.count > SynupAccount.synchronousPhotoLimit
    // A bulk request skips its invalid photos when it finishes instead of refusing them now.
    if let message = PhotoUploadRules.firstBroken(by: items, checkingEachPhoto: !isBulk) {
      return ["success": false, "errors": ["message": .string(message)]]
    }
    let request: JSONValue
    var stored: [JSONValue] = []
    if isBulk {
      let id = mintUUID("photoRequest")
      photos.requests.append(
        SynupPhotoRequest(id: id, locationNumber: location.number, items: items, createdAt: now))
      request = ["requestId": .string(id.text), "status": "PROCCESSING"]
    } else {
      stored = items.map { storePhoto($0, locationNumber: location.number, at: now).mutationJSON }
      request = ["requestId": nil, "status": nil]
    }
    return [
      "success": true, "errors": nil, "photos": .array(stored), "request": request,
      "clientMutationId": input.clientMutationId,
    ]
  }

  /// Stores the photo `item` names, with its derived name, file, size and dimensions (5.2).
  @discardableResult
  mutating func storePhoto(_ item: SynupPhotoItem, locationNumber: Int, at now: Timestamp) -> SynupPhoto {
    let number = mintNumber("MediaFile")
    let key = String(number)
    let photo = SynupPhoto(
      number: number, locationNumber: locationNumber, kind: item.kind, sourceURL: item.photo,
      name: dataSeed.uuid(kind: "photo-name", key: key), file: dataSeed.uuid(kind: "photo-file", key: key),
      directory: photoDirectory(locationNumber: locationNumber),
      fileSize: 20_000 + Int(dataSeed.hash("photo-size", key) % 480_000),
      width: 800 + Int(dataSeed.hash("photo-width", key) % 1_600),
      height: 600 + Int(dataSeed.hash("photo-height", key) % 1_400), starred: item.starred, uploadedAt: now)
    photos.add(photo)
    return photo
  }

  /// `<A>/<B>`: 32 hex digits for the account, then 32 for the location.
  private func photoDirectory(locationNumber: Int) -> String {
    let account = String(SynupAccount.number)
    let location = String(locationNumber)
    let accountFolder = ResourceID(
      high: dataSeed.hash("photo-dir", "account", account, "hi"),
      low: dataSeed.hash("photo-dir", "account", account, "lo"))
    let locationFolder = ResourceID(
      high: dataSeed.hash("photo-dir", "location", location, "hi"),
      low: dataSeed.hash("photo-dir", "location", location, "lo"))
    return accountFolder.compactText + "/" + locationFolder.compactText
  }
}

/// The upload rules, in the order they are checked; the first broken one is the answer.
enum PhotoUploadRules {
  static func firstBroken(by items: [SynupPhotoItem], checkingEachPhoto: Bool) -> String? {
    if items.isEmpty || checkingEachPhoto && items.contains(where: \.isBlank) {
      return "SY10066: Photo cannot be blank"
    }
    if items.count(where: { $0.kind == .logo }) > 1 { return "SY10060: Can only upload one logo" }
    if items.count(where: { $0.kind == .cover }) > 1 { return "SY10061: Can only upload one cover image" }
    if checkingEachPhoto && !items.allSatisfy(\.hasAllowedFormat) {
      return "SY10065: Invalid Photo format (jpeg or png allowed)"
    }
    return nil
  }
}

import SynJSON

/// The three ways Synup prints a photo (synup-sections.md 4.1), keys in the evidenced order.
extension SynupPhoto {
  private static let host = "https://sy-media-store.s3-us-west-2.amazonaws.com/"

  var url: String { SynupPhoto.host + directory + "/" + file.text + fileExtension }
  var thumbnailURL: String { SynupPhoto.host + directory + "/thumbnail_" + file.text + ".jpg" }
  private var starredJSON: JSONValue { starred.map(JSONValue.bool) ?? .null }

  /// The form the location object's `locationPhotos` lists.
  var locationJSON: JSONValue {
    .object(JSONObject(locationMembers.map { .init(key: $0.0, value: $0.1) }))
  }

  /// The form mutations answer: the location's form and `publisherOverride`.
  var mutationJSON: JSONValue {
    .object(JSONObject((locationMembers + [("publisherOverride", "")]).map { .init(key: $0.0, value: $0.1) }))
  }

  private var locationMembers: [(String, JSONValue)] {
    [
      ("databaseId", .int(number)), ("fileSize", .int(fileSize)), ("id", .string(id.text)),
      ("name", .string(name.text)), ("starred", starredJSON), ("thumbnailUrl", .string(thumbnailURL)),
      ("type", .string(kind.rawValue)), ("url", .string(url)),
    ]
  }

  /// The form `mediaFilesOfLocation` lists, where `fileSize` is a string.
  var mediaFileJSON: JSONValue {
    [
      "id": .string(id.text), "url": .string(url), "uploadedBy": nil, "fileName": .string(name.text + fileExtension),
      "fileSize": .string(String(fileSize)), "fileType": "image", "fileExtension": .string(fileExtension),
      "archived": false, "accountId": .int(SynupAccount.number), "thumbnailUrl": .string(thumbnailURL),
      "starred": starredJSON, "category": category, "mediaLabels": [],
      "fileDimensions": ["height": .int(height), "width": .int(width)],
      "uploadedAt": .string(uploadedAt.synupNaiveMicroseconds),
      "locationId": .string(RelayID(.location, locationNumber).text), "publisherOverride": "",
    ]
  }

  private var category: JSONValue {
    switch kind {
    case .logo: ["name": "Logo", "id": 4]
    case .cover: ["name": "Cover", "id": 3]
    case .additional: ["name": "Uncategorised", "id": nil]
    }
  }
}

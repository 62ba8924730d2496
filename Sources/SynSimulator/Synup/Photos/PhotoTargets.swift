import SynJSON

/// What the star and remove calls act on, and how they say it is wrong (synup-sections.md 4.1).
extension SynupAccount {
  /// The live photos of `location` numbered `numbers`, in order; SY90007 names the first that is none.
  func livePhotos(_ numbers: [Int], texts: [String], of location: SynupLocation) throws(PhotoError) -> [SynupPhoto] {
    var found: [SynupPhoto] = []
    for (number, text) in zip(numbers, texts) {
      guard let photo = photos.photo(number), photo.locationNumber == location.number, photo.archivedAt == nil else {
        throw PhotoError("SY90007", "SY90007: Resource Not Found", key: "photoIds", value: text)
      }
      found.append(photo)
    }
    return found
  }
}

/// An error of the photo mutations' payloads, keys in the evidenced order:
/// `{"message","contextInfo":[{"key","value"}],"code"}`, with a null context when no field is at fault.
struct PhotoError: Error, Sendable {
  let code: String
  let message: String
  let key: String?
  let value: String?

  init(_ code: String, _ message: String, key: String? = nil, value: String? = nil) {
    self.code = code
    self.message = message
    self.key = key
    self.value = value
  }

  var json: JSONValue {
    let text = { (text: String?) in text.map(JSONValue.string) ?? .null }
    return [
      "message": .string(message), "contextInfo": [["key": text(key), "value": text(value)]], "code": .string(code),
    ]
  }
}

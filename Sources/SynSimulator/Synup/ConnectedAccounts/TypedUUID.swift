/// The base64 `<Type>:<uuid>` ids of connected-account listings and match
/// records (synup-sections.md 2.2: `GmbBulkDataLake:<uuid>`, `FbLocationMatchedData:<uuid>`).
struct TypedUUID: Sendable, Equatable {
  let typeName: String
  let uuid: ResourceID

  /// The base64 id.
  var text: String {
    Base64.standard.encode(Array("\(typeName):\(uuid.text)".utf8))
  }

  /// Decodes `text`; nil when it is not base64 of `<Type>:<uuid>`.
  init?(_ text: String) {
    guard let bytes = Base64.standard.decode(text), let decoded = String(validating: bytes, as: UTF8.self),
      let colon = decoded.firstIndex(of: ":"), let uuid = ResourceID(decoded[decoded.index(after: colon)...])
    else { return nil }
    self.init(typeName: String(decoded[..<colon]), uuid: uuid)
  }

  init(typeName: String, uuid: ResourceID) {
    self.typeName = typeName
    self.uuid = uuid
  }
}

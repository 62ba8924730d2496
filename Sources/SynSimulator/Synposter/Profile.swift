import SynJSON

/// A Synposter profile as stored by the simulator.
struct Profile: ListedRecord, Codable {
  let id: ResourceID
  let sequence: Int
  var name: String
  var externalId: String?
  /// Kept as parsed, so key order and number spelling print back unchanged.
  var metadata: JSONObject?
  let createdAt: Timestamp
  var updatedAt: Timestamp

  /// The documented Profile object, keys in the documented order.
  var json: JSONValue {
    [
      "id": .string(id.text),
      "name": .string(name),
      "externalId": externalId.map(JSONValue.string) ?? .null,
      "metadata": metadata.map(JSONValue.object) ?? .null,
      "createdAt": .string(createdAt.iso8601),
      "updatedAt": .string(updatedAt.iso8601),
    ]
  }
}

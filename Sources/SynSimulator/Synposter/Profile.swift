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

  /// No two profiles share an externalId: the store finds one by it.
  var uniqueKey: String? { externalId }

  /// The documented Profile object, keys in the documented order.
  var json: JSONValue {
    let created = createdAt.iso8601
    return [
      "id": .string(id.text),
      "name": .string(name),
      "externalId": externalId.map(JSONValue.string) ?? .null,
      "metadata": metadata.map(JSONValue.object) ?? .null,
      "createdAt": .string(created),
      // A profile never updated, the one every create answers with, spells one time twice.
      "updatedAt": .string(updatedAt == createdAt ? created : updatedAt.iso8601),
    ]
  }
}

/// Reading the ids a request names. An id that is not of the form its field
/// takes (base64 `Type:N`, or a UUID for folders and tags) fails the whole
/// request with `SY90002: Invalid Id`; a well-formed id of a missing node is
/// the route's own business.
enum SynupIDs {
  static func relayID(_ text: String, as type: RelayID.NodeType) throws(SynupFailure) -> RelayID {
    guard let id = RelayID(text, as: type) else { throw .invalidId }
    return id
  }

  static func relayIDs(_ texts: [String], as type: RelayID.NodeType) throws(SynupFailure) -> [RelayID] {
    var ids: [RelayID] = []
    for text in texts {
      ids.append(try relayID(text, as: type))
    }
    return ids
  }

  static func uuid(_ text: String) throws(SynupFailure) -> ResourceID {
    guard let id = ResourceID(Substring(text)) else { throw .invalidId }
    return id
  }

  static func uuids(_ texts: [String]) throws(SynupFailure) -> [ResourceID] {
    var ids: [ResourceID] = []
    for text in texts {
      ids.append(try uuid(text))
    }
    return ids
  }

  /// `count, count - 1, …, 1`: every node of a type, newest first.
  static func newestFirst(_ count: Int) -> [Int] {
    Array(stride(from: count, through: 1, by: -1))
  }
}

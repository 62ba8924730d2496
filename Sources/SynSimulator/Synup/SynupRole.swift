import SynJSON

/// A role users are given (`CustomRole:N`). Every account starts with the
/// four roles the QA suite asserts, and the simulator has no route that adds more.
struct SynupRole: Sendable, Codable {
  static let seededNames = ["Admin", "Manager", "Client (Write)", "Client (Read Only)"]

  let number: Int
  let name: String
  let createdAt: Timestamp

  var id: RelayID { RelayID(.customRole, number) }

  /// An entry of `fetchAccountRoles`.
  var json: JSONValue {
    [
      "id": .string(id.text),
      "name": .string(name),
      "createdAt": .string(createdAt.synupDateTime),
      "updatedAt": .string(createdAt.synupDateTime),
    ]
  }

  /// A user's `customRole`.
  var reference: JSONValue {
    ["id": .string(id.text), "name": .string(name)]
  }
}

extension SynupAccount {
  /// GET /roles: the account's roles, in the order they were made.
  func listRoles() -> JSONValue {
    .array(roles.map(\.json))
  }
}

import SynJSON

/// A user of the Synup account (`User:N`).
struct SynupUser: Sendable, Codable {
  let number: Int
  var email: String
  var firstName: String
  var lastName: String?
  var roleNumber: Int
  var directCustomer: Bool
  let createdAt: Timestamp
  /// The folders and locations the user may see, in the order they were given.
  var resources: [UserResource] = []

  var id: RelayID { RelayID(.user, number) }
}

/// A folder or location assigned to a user.
enum UserResource: Equatable, Sendable, Codable {
  case folder(ResourceID)
  case location(Int)
}

/// How much of a user an answer shows: each route prints its own selection.
enum UserView: Sendable {
  /// `addUser` and `updateUser`: everything, `accountId` and all four preferences included.
  case full
  /// A `GET /users` node: no `accountId`, no `preferences`.
  case listNode
  /// `usersByIds`: preferences without `columnOrder`, no `accountId`.
  case byIDs
  /// `addUserAndFolder`: five members, the number as `databaseId` instead of the Relay id.
  case userAndFolder
}

extension SynupAccount {
  func json(_ user: SynupUser, _ view: UserView) -> JSONValue {
    let id = JSONValue.string(user.id.text)
    let createdAt = JSONValue.string(user.createdAt.synupDateTime)
    let email = JSONValue.string(user.email)
    let firstName = JSONValue.string(user.firstName)
    let lastName = user.lastName.map(JSONValue.string) ?? .null
    let customRole = roles.first { $0.number == user.roleNumber }?.reference ?? .null
    let directCustomer = JSONValue.bool(user.directCustomer)
    let inviteStatus: JSONValue = "INVITE_SENT"
    switch view {
    case .full:
      return [
        "id": id, "createdAt": createdAt, "directCustomer": directCustomer, "email": email, "firstName": firstName,
        "lastName": lastName, "inviteStatus": inviteStatus, "customRole": customRole,
        "accountId": .string(SynupAccount.accountID.text),
        "preferences": ["locale": "en-US", "dateFormat": nil, "timezone": nil, "columnOrder": nil],
      ]
    case .listNode:
      return [
        "id": id, "email": email, "firstName": firstName, "lastName": lastName, "customRole": customRole,
        "directCustomer": directCustomer, "createdAt": createdAt, "inviteStatus": inviteStatus,
      ]
    case .byIDs:
      return [
        "id": id, "firstName": firstName, "lastName": lastName, "email": email, "customRole": customRole,
        "directCustomer": directCustomer, "createdAt": createdAt, "inviteStatus": inviteStatus,
        "preferences": ["locale": "en-US", "dateFormat": nil, "timezone": nil],
      ]
    case .userAndFolder:
      return [
        "firstName": firstName, "lastName": lastName, "email": email, "directCustomer": directCustomer,
        "databaseId": .int(user.number),
      ]
    }
  }
}

/// The account's users, numbered from 1 in creation order, with an index by
/// e-mail address (compared case-insensitively). Users are never deleted.
struct SynupUserStore: Sendable {
  private(set) var all: [SynupUser] = []
  private var numberByEmail: [String: Int] = [:]

  var count: Int { all.count }

  func user(_ id: RelayID) -> SynupUser? {
    all.indices.contains(id.number - 1) ? all[id.number - 1] : nil
  }

  /// The user using `email`, if any.
  func holder(ofEmail email: String) -> Int? {
    numberByEmail[email.lowercased()]
  }

  /// Stores a user made by `make` from the next number.
  mutating func insert(_ make: (Int) -> SynupUser) -> SynupUser {
    let user = make(all.count + 1)
    all.append(user)
    numberByEmail[user.email.lowercased()] = user.number
    return user
  }

  /// Saves changes to an existing user.
  mutating func replace(_ user: SynupUser) {
    let old = all[user.number - 1]
    numberByEmail[old.email.lowercased()] = nil
    numberByEmail[user.email.lowercased()] = user.number
    all[user.number - 1] = user
  }
}

import SynJSON

/// The users routes: create, update, list, list by ids (spec 4).
extension SynupAccount {
  /// POST /users/create → `addUser`. Every broken rule is reported, in field order.
  mutating func createUser(_ input: SynupInput, at now: Timestamp) -> PayloadOutcome {
    do {
      return .success(json(try insertUser(input, at: now), .full))
    } catch {
      return .rejected(error.errors)
    }
  }

  /// Stores the user `input` describes (`email`, `roleId`, `firstName`,
  /// `lastName`, `directCustomer`), or throws every rule it breaks.
  mutating func insertUser(_ input: SynupInput, at now: Timestamp) throws(RuleViolations) -> SynupUser {
    let email = input.string("email") ?? ""
    let firstName = input.string("firstName") ?? ""
    let lastName = input.string("lastName")
    var errors = UserFieldRules.email(email, holder: users.holder(ofEmail: email), owner: nil)
    errors += UserFieldRules.firstName(firstName)
    errors += UserFieldRules.lastName(lastName)
    let role = UserFieldRules.role(input.string("roleId") ?? "", in: self)
    if case .failure(let error) = role { errors.append(error) }
    guard errors.isEmpty, case .success(let granted) = role else { throw RuleViolations(errors: errors) }
    return users.insert { number in
      SynupUser(
        number: number, email: email, firstName: firstName, lastName: lastName, roleNumber: granted.number,
        directCustomer: input.bool("directCustomer") ?? false, createdAt: now)
    }
  }

  /// POST /users/update → `updateUser`: only `id` is required (decision 8);
  /// `null` clears `lastName`. `phone` and `archived` are accepted but no
  /// evidenced answer shows them, so they change nothing visible.
  mutating func updateUser(_ input: SynupInput) throws(SynupFailure) -> PayloadOutcome {
    let idText = input.string("id") ?? ""
    guard var user = users.user(try SynupIDs.relayID(idText, as: .user)) else {
      return .rejected([SynupFieldError("SY81019", "User not found", key: "id", value: idText)])
    }
    var errors: [SynupFieldError] = []
    if input.has("email") {
      user.email = input.string("email") ?? ""
      errors += UserFieldRules.email(user.email, holder: users.holder(ofEmail: user.email), owner: user.number)
    }
    if input.has("firstName") {
      user.firstName = input.string("firstName") ?? ""
      errors += UserFieldRules.firstName(user.firstName)
    }
    if input.has("lastName") {
      user.lastName = input.string("lastName")
      errors += UserFieldRules.lastName(user.lastName)
    }
    if input.has("roleId") {
      switch UserFieldRules.role(input.string("roleId") ?? "", in: self) {
      case .success(let role): user.roleNumber = role.number
      case .failure(let error): errors.append(error)
      }
    }
    if let directCustomer = input.bool("directCustomer") { user.directCustomer = directCustomer }
    guard errors.isEmpty else { return .rejected(errors) }
    users.replace(user)
    return .success(json(user, .full))
  }

  /// GET /users → `users`: newest first, at most 50 a page (decision 3);
  /// `pageInfo.total` is the page's size and `totalCount` the account's (decision 2).
  func listUsers(_ parameters: SynupQueryParameters) throws(SynupFailure) -> JSONValue {
    let page = try RelayPageRequest(parameters, cursorType: .user, maximumPageSize: RelayPageRequest.defaultPageSize)
    let window = page.window(of: SynupIDs.newestFirst(users.count))
    let (edges, pageInfo) = window.connection(total: window.numbers.count) { number in
      let user = users.all[number - 1]
      return (user.id.text, json(user, .listNode))
    }
    return ["totalCount": .int(users.count), "pageInfo": pageInfo, "edges": edges]
  }

  /// GET /users-by-ids?userIds=[…] → `usersByIds`: the users found, newest
  /// first; unknown ids are left out (decision 10).
  func usersByIDs(_ parameters: SynupQueryParameters) throws(SynupFailure) -> JSONValue {
    let ids = try SynupIDs.relayIDs(parameters.requiredStringArray("userIds"), as: .user)
    let found = Set(ids.compactMap { users.user($0)?.number })
    return .array(found.sorted(by: >).map { json(users.all[$0 - 1], .byIDs) })
  }
}

import SynHTTP
import SynJSON

/// The `/v1/accounts` endpoints (spec 1.3).
extension TenantState {
  /// GET /v1/accounts?profileId=…: newest first as `{data}`; with `limit` or
  /// `offset`, paginated as profiles are.
  func listAccounts(_ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let fields = RequestFields(query: request.query)
    let text = try fields.required("profileId", fields.string("profileId"))
    let profileId = try fields.resourceID(text, of: "profileId")
    guard profiles.profile(profileId) != nil else { throw .profileNotFound(Substring(text)) }
    let found = accounts.accounts(ofProfile: profileId)
    guard request.query.value(named: "limit") != nil || request.query.value(named: "offset") != nil else {
      return .json(200, ["data": .array(found.map(\.json))])
    }
    let page = try PageRequest(request.query)
    return .json(
      200, page.listBody(found.dropFirst(page.offset).prefix(page.limit).map(\.json), total: found.count))
  }

  /// GET /v1/accounts/{id}
  func getAccount(_ id: Substring) throws(APIError) -> HTTPResponse {
    guard let resourceID = ResourceID(id), let account = accounts[resourceID] else { throw .accountNotFound(id) }
    return .json(200, account.json)
  }

  /// DELETE /v1/accounts/{id}: 204; its scheduled targets are canceled and refunded.
  mutating func deleteAccount(_ id: Substring) throws(APIError) -> HTTPResponse {
    guard let resourceID = ResourceID(id), removeAccount(resourceID) else { throw .accountNotFound(id) }
    return .noContent
  }

  /// Disconnects the account and cancels its pending targets; false when there is none.
  mutating func removeAccount(_ id: ResourceID) -> Bool {
    guard accounts.remove(id) != nil else { return false }
    cancelPendingTargets(of: id)
    return true
  }
}

extension APIError {
  static func accountNotFound(_ id: some StringProtocol) -> APIError {
    .notFound("No connected account with id \(id)")
  }
}

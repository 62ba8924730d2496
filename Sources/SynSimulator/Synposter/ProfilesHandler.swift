import SynHTTP
import SynJSON

/// The `/v1/profiles` endpoints, in the order of checks spec 1.1 lists.
extension TenantState {
  static let upgradeURL = "https://synposter.com/pricing"

  /// POST /v1/profiles: 400, then 409 `external_id_conflict`, then 402 `profile_limit_reached`.
  mutating func createProfile(_ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let fields = try NewProfileFields(RequestBody.object(request.body))
    if let externalId = fields.externalId {
      try checkExternalIdIsFree(externalId, for: nil)
    }
    let plan = billing.plan
    if let limit = plan.profileLimit, profiles.count >= limit {
      throw APIError(
        status: 402, code: "profile_limit_reached",
        message: "The \(plan.rawValue) plan allows \(limit) profile\(limit == 1 ? "" : "s"); upgrade to create more",
        context: [
          .init(key: "current", value: .int(profiles.count)),
          .init(key: "limit", value: .int(limit)),
          .init(key: "plan", value: .string(plan.rawValue)),
          .init(key: "upgradeUrl", value: .string(TenantState.upgradeURL)),
        ])
    }
    let profile = profiles.insert(
      id: newID(), name: fields.name, externalId: fields.externalId, metadata: fields.metadata, at: now)
    return .json(201, profile.json)
  }

  /// GET /v1/profiles: oldest first, paginated, optionally filtered by externalId.
  mutating func listProfiles(_ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let page = try PageRequest(request.query)
    let matches: [Profile]
    let total: Int
    if let externalId = request.query.value(named: "externalId") {
      let found = profiles.profileID(externalId: externalId).flatMap { profiles.profile($0) }.map { [$0] } ?? []
      total = found.count
      matches = Array(found.dropFirst(page.offset).prefix(page.limit))
    } else {
      (matches, total) = profiles.page(page)
    }
    return .json(200, page.listBody(matches.map(\.json), total: total))
  }

  /// GET /v1/profiles/{id}
  func getProfile(_ id: Substring) throws(APIError) -> HTTPResponse {
    .json(200, try existingProfile(id).json)
  }

  /// PATCH /v1/profiles/{id}: 400, then 404, then 409; bumps `updatedAt`.
  mutating func updateProfile(_ id: Substring, _ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let changes = try ProfileChanges(RequestBody.object(request.body))
    var profile = try existingProfile(id)
    if let name = changes.name { profile.name = name }
    switch changes.externalId {
    case .absent: break
    case .null: profile.externalId = nil
    case .value(let externalId):
      try checkExternalIdIsFree(externalId, for: profile.id)
      profile.externalId = externalId
    }
    switch changes.metadata {
    case .absent: break
    case .null: profile.metadata = nil
    case .value(let metadata): profile.metadata = metadata
    }
    profile.updatedAt = now
    profiles.replace(profile)
    return .json(200, profile.json)
  }

  /// DELETE /v1/profiles/{id}: 204, and the cap slot is free at once. Its
  /// accounts are disconnected (their scheduled targets canceled and
  /// refunded) and its pending connect flows end.
  mutating func deleteProfile(_ id: Substring) throws(APIError) -> HTTPResponse {
    guard let resourceID = ResourceID(id), profiles.remove(resourceID) else { throw .profileNotFound(id) }
    if defaultProfileId == resourceID { defaultProfileId = nil }
    for account in accounts.accounts(ofProfile: resourceID) { _ = removeAccount(account.id) }
    connectSessions.closeAll(forProfile: resourceID)
    return .noContent
  }

  private func existingProfile(_ id: Substring) throws(APIError) -> Profile {
    guard let resourceID = ResourceID(id), let profile = profiles.profile(resourceID) else {
      throw .profileNotFound(id)
    }
    return profile
  }

  /// Throws `external_id_conflict` when another profile than `owner` uses `externalId`.
  private func checkExternalIdIsFree(_ externalId: String, for owner: ResourceID?) throws(APIError) {
    guard let holder = profiles.profileID(externalId: externalId), holder != owner else { return }
    throw APIError(
      status: 409, code: "external_id_conflict",
      message: "Another profile already has externalId \"\(externalId)\"",
      context: [.init(key: "externalId", value: .string(externalId))])
  }
}

extension APIError {
  static func profileNotFound(_ id: Substring) -> APIError {
    .notFound("No profile with id \(id)")
  }
}

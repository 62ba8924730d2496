import SynHTTP
import SynJSON

/// The Synup surface (`/api/v4/...`): routing (unknown routes are 404), then
/// authentication (`Authorization: API <key>` with the tenant's Synup key,
/// else 401), then the tenant's injected faults, then the route.
extension Simulator {
  func handleSynup(_ request: HTTPRequest, segments: [Substring]) -> HTTPResponse {
    guard
      case .found(let endpoint, let parameters, _) = SynupEndpoint.routes.lookup(
        method: request.method, segments: segments)
    else { return SynupResponse.notFound }
    guard let key = request.synupKey, let entry = tenantEntry(forKey: key), entry.kind == .synup else {
      return SynupResponse.invalidToken(field: endpoint.field)
    }
    return entry.tenant.withState { state in
      if let status = state.faults.fire(method: request.method, segments: segments) {
        return SynupResponse.simulatedFault(status: status)
      }
      return state.serveSynup(endpoint, request, parameters: parameters)
    }
  }
}

extension TenantState {
  /// Answers an authenticated Synup request from the tenant's Synup account.
  mutating func serveSynup(_ endpoint: SynupEndpoint, _ request: HTTPRequest, parameters: [Substring])
    -> HTTPResponse
  {
    let now = now
    switch endpoint {
    case .query(let query):
      return SynupResponse.answer(query.field) { () throws(SynupFailure) in
        try synup.answer(query, SynupQueryParameters(request.query), path: parameters, at: now)
      }
    case .payloadMutation(let mutation):
      return SynupResponse.answer(mutation.field) { () throws(SynupFailure) in
        let input = try mutation.inputType.read(body: request.body)
        let outcome = try synup.perform(mutation, input, at: now)
        return mutation.payload.payload(outcome, clientMutationId: input.clientMutationId)
      }
    case .bulkMutation(let mutation):
      return SynupResponse.answer(mutation.field) { () throws(SynupFailure) in
        try synup.perform(mutation, mutation.inputType.read(body: request.body), at: now)
      }
    case .notSimulated:
      return SynupResponse.notSimulated
    }
  }
}

extension SynupAccount {
  /// The value of a read: `parameters` is the query, `path` the route's `{…}` segments.
  func answer(_ query: SynupQuery, _ parameters: SynupQueryParameters, path: [Substring], at now: Timestamp)
    throws(SynupFailure) -> JSONValue
  {
    switch query {
    case .users: try listUsers(parameters)
    case .usersByIds: try usersByIDs(parameters)
    case .listUserResources: try listUserResources(userID: path[0])
    case .fetchAccountRoles: listRoles()
    case .allLocations: try listLocations(parameters, at: now)
    case .getLocationsByIds: try locationsByIDs(parameters, at: now)
    case .searchLocations: try searchLocations(parameters, at: now)
    case .getLocationsByStoreCodes: try locationsByStoreCodes(parameters, at: now)
    case .getUserFolders: flatFolders()
    case .getFolderTree: folderTree()
    case .getFolderDetails: try folderDetails(parameters)
    case .getLocationsForFolder: try folderLocations(parameters, at: now)
    case .listAllTags: listTags()
    case .searchLocationsByTag: try locationsByTag(parameters, at: now)
    case .subCategories: .array(SubCategory.all.map(\.json))
    }
  }

  /// What a payload mutation did; rule violations are an outcome, not a failure.
  mutating func perform(_ mutation: PayloadMutation, _ input: SynupInput, at now: Timestamp) throws(SynupFailure)
    -> PayloadOutcome
  {
    switch mutation {
    case .addUser: createUser(input, at: now)
    case .updateUser: try updateUser(input)
    case .createLocation: createLocation(input, at: now)
    case .updateLocation: try updateLocation(input, at: now)
    case .createFolder: createFolder(input, at: now)
    case .renameFolder: renameFolder(input)
    case .addLocationsToFolder: try addLocationsToFolder(input, at: now)
    case .deleteLocationsFromFolder: try removeLocationsFromFolder(input)
    case .deleteFolder: deleteFolder(input)
    case .addTag: try addTag(input, at: now)
    case .removeTag: try removeTag(input, at: now)
    }
  }

  /// The answer of a bulk mutation: one result per id.
  mutating func perform(_ mutation: BulkMutation, _ input: SynupInput, at now: Timestamp) throws(SynupFailure)
    -> JSONValue
  {
    switch mutation {
    case .addLocationsForUser: try assignLocations(input, adding: true)
    case .removeLocationsForUser: try assignLocations(input, adding: false)
    case .addFoldersForUser: try assignFolders(input, adding: true)
    case .removeFoldersForUser: try assignFolders(input, adding: false)
    case .archiveLocations: try change(.archive, input, at: now)
    case .activateLocations: try change(.activate, input, at: now)
    case .cancelLocationsArchive: try change(.cancelArchive, input, at: now)
    }
  }
}

import SynJSON

/// The location read routes (spec 4): connections newest first, and lists by
/// id, store code, tag and folder.
extension SynupAccount {
  /// GET /locations → `allLocations`: every location, archived ones included.
  func listLocations(_ parameters: SynupQueryParameters, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let page = try RelayPageRequest(parameters, cursorType: .location)
    return connection(SynupIDs.newestFirst(locations.count), page, at: now)
  }

  /// GET /locations-by-ids?ids=[…] → `getLocationsByIds`: active and
  /// archived alike, newest first, unknown ids left out (decision 10).
  func locationsByIDs(_ parameters: SynupQueryParameters, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let ids = try SynupIDs.relayIDs(parameters.requiredStringArray("ids"), as: .location)
    return list(Set(ids.compactMap { locations.location($0)?.number }), at: now)
  }

  /// GET /locations-by-store-codes?storeCodes=[…] → `getLocationsByStoreCodes`.
  func locationsByStoreCodes(_ parameters: SynupQueryParameters, at now: Timestamp) throws(SynupFailure)
    -> JSONValue
  {
    let codes = try parameters.requiredStringArray("storeCodes")
    return list(Set(codes.compactMap(locations.holder(ofStoreId:))), at: now)
  }

  /// GET /locations/search → `searchLocations` (decision 11): one pair of
  /// surrounding quotes is dropped from `query`, which matches any part of
  /// the name, street or store id, in any case; `fields` narrows that down.
  func searchLocations(_ parameters: SynupQueryParameters, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    guard var query = parameters.string("query") else { throw .badRequest("query is required") }
    if query.count >= 2, query.hasPrefix("\""), query.hasSuffix("\"") { query = String(query.dropFirst().dropLast()) }
    let fields = try parameters.stringArray("fields") ?? SynupAccount.searchFields
    if let unknown = fields.first(where: { !SynupAccount.searchFields.contains($0) }) {
      throw .badRequest("Unknown search field \(unknown): use \(SynupAccount.searchFields.joined(separator: ", "))")
    }
    let archived = try parameters.boolean("archived")
    let page = try RelayPageRequest(parameters, cursorType: .location)
    let needle = query.lowercased()
    let matches = SynupIDs.newestFirst(locations.count).filter { number in
      let location = locations.all[number - 1]
      return location.passes(archivedFilter: archived, at: now)
        && fields.contains { field in
          needle.isEmpty || (SynupAccount.searched(field, of: location)?.lowercased().contains(needle) ?? false)
        }
    }
    return connection(matches, page, at: now)
  }

  /// GET /tags/locations?tags=[…] → `searchLocationsByTag`: locations with
  /// any of the tags; `archived` left out means both.
  func locationsByTag(_ parameters: SynupQueryParameters, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let wanted = Set(try parameters.requiredStringArray("tags"))
    let archived = try parameters.boolean("archived")
    let page = try RelayPageRequest(parameters, cursorType: .location)
    let matches = SynupIDs.newestFirst(locations.count).filter { number in
      let location = locations.all[number - 1]
      return location.passes(archivedFilter: archived, at: now)
        && (wanted.contains(TagRules.everyLocation) || !wanted.isDisjoint(with: location.fields.tags))
    }
    return connection(matches, page, at: now)
  }

  /// `{"edges","pageInfo"}` of the page of `numbers` (newest first);
  /// `total` counts every match (decision 2).
  private func connection(_ numbers: [Int], _ page: RelayPageRequest, at now: Timestamp) -> JSONValue {
    let (edges, pageInfo) = page.window(of: numbers).connection(total: numbers.count) { number in
      let location = locations.all[number - 1]
      return (location.id.text, json(location, at: now))
    }
    return ["edges": edges, "pageInfo": pageInfo]
  }

  /// The locations `numbers` names, newest first.
  func list(_ numbers: Set<Int>, at now: Timestamp) -> JSONValue {
    .array(numbers.sorted(by: >).map { json(locations.all[$0 - 1], at: now) })
  }

  private static let searchFields = ["name", "street", "store_id"]

  private static func searched(_ field: String, of location: SynupLocation) -> String? {
    switch field {
    case "name": location.fields.name
    case "street": location.fields.street
    default: location.fields.storeId
    }
  }
}

extension SynupLocation {
  /// Whether the location passes an `archived` filter (nil lets everything pass).
  func passes(archivedFilter wanted: Bool?, at now: Timestamp) -> Bool {
    wanted.map { $0 == (status(at: now) == .archived) } ?? true
  }
}

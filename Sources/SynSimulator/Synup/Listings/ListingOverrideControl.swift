import SynJSON

/// `mock listing` (synup-sections.md 5.6): a listing shows the status a test
/// sets, until the location's next sync epoch.
struct ListingOverrideRequest: Sendable {
  let locationID: String
  let site: String
  let status: ListingSyncStatus
  let syncIssue: String?
  let listingUrl: String?

  /// Reads a `POST /_sim/synup/listings` body.
  init(_ fields: RequestFields) throws(APIError) {
    locationID = try fields.required("locationId", fields.string("locationId"))
    let site = try fields.required("site", fields.value("site"))
    guard let text = site.stringValue ?? site.numberValue?.text else {
      throw .validation(field: "site", "site must be a site's url, name or id, not \(site.typeName)")
    }
    self.site = text
    let statusText = try fields.required("status", fields.string("status"))
    guard let status = ListingSyncStatus(rawValue: statusText) else {
      let names = ListingSyncStatus.allCases.map(\.rawValue).joined(separator: ", ")
      throw .validation(field: "status", "status must be one of \(names), not \"\(statusText)\"")
    }
    self.status = status
    syncIssue = try fields.string("syncIssue")
    listingUrl = try fields.string("listingUrl")
  }
}

extension SynupAccount {
  /// Sets the override at `now` and answers the listing object after it.
  /// SYNCED emits a success and FAILED an incomplete, every time they are set.
  mutating func overrideListing(_ request: ListingOverrideRequest, at now: Timestamp) throws(APIError) -> JSONValue {
    guard let id = RelayID(request.locationID, as: .location), let location = locations.location(id) else {
      throw .validation(field: "locationId", "locationId names no location of the account: \"\(request.locationID)\"")
    }
    guard location.status(at: now) != .archived else {
      throw .validation(field: "locationId", "the location is archived")
    }
    guard let site = DirectorySite.named(request.site),
      site.supportedCountries.contains(location.fields.countryIso)
    else {
      throw .validation(
        field: "site",
        "site must name a directory site of the location's country (url, name or id), not \"\(request.site)\"")
    }
    let key = SynupListingState.SiteKey(locationNumber: location.number, siteID: site.id)
    listingState.overrides[key] = .init(
      status: request.status, syncIssue: request.syncIssue, listingUrl: request.listingUrl, at: now)
    let view = listingView(of: location, on: site, at: now)
    switch request.status {
    case .synced:
      recordSynced(key, at: now)
      emitListingSubmission(of: location, on: site, .success(view.listingUrl ?? ""), at: now)
    case .failed:
      emitListingSubmission(
        of: location, on: site, .incomplete(view.syncIssue ?? ListingView.defaultSyncIssue), at: now)
    default: break
    }
    return listingJSON(view, of: location)
  }
}

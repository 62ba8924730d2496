import SynJSON

/// POST /locations/archive · activate · cancel_archive (spec 4, decision 5).
extension SynupAccount {
  /// A lifecycle move and the status it starts from.
  enum LifecycleChange: Sendable {
    /// ACTIVE → ARCHIVE_SCHEDULED: archived when the billing cycle ends.
    case archive
    /// ARCHIVED → ACTIVE: only archived locations can be activated.
    case activate
    /// ARCHIVE_SCHEDULED → ACTIVE.
    case cancelArchive

    var from: LocationStatus {
      switch self {
      case .archive: .active
      case .activate: .archived
      case .cancelArchive: .archiveScheduled
      }
    }

    var to: LocationStatus {
      self == .archive ? .archiveScheduled : .active
    }

    /// Why a location in `status` cannot make this move.
    func refusal(_ status: LocationStatus) -> String {
      switch (self, status) {
      case (.archive, .archived): "Location is already archived"
      case (.archive, _): "Location is already scheduled for archival"
      case (.activate, _): "Location is not archived"
      case (.cancelArchive, _): "Location is not scheduled for archival"
      }
    }
  }

  /// → `archiveLocations` · `activateLocations` · `cancelLocationsArchive`:
  /// one result per id, in request order; a location that cannot move fails
  /// alone, with its current status.
  mutating func change(_ change: LifecycleChange, _ input: SynupInput, at now: Timestamp) throws(SynupFailure)
    -> JSONValue
  {
    let texts = input.strings("locationIds") ?? []
    let ids = try SynupIDs.relayIDs(texts, as: .location)
    var results: [JSONValue] = []
    for (text, id) in zip(texts, ids) {
      guard var location = locations.location(id) else {
        results.append(SynupAccount.result(text, status: nil, error: "Location Does Not Exist"))
        continue
      }
      let status = location.status(at: now)
      guard status == change.from else {
        results.append(SynupAccount.result(text, status: status, error: change.refusal(status)))
        continue
      }
      location.archivalScheduledAt = change == .archive ? now : nil
      location.updatedAt = now
      locations.replace(location)
      if change == .activate { startListingEpoch(of: location, at: now) }
      results.append(SynupAccount.result(text, status: change.to, error: nil))
    }
    return [
      "bulkEditTaskId": nil, "clientMutationId": input.clientMutationId, "errors": nil,
      "result": .array(results), "success": nil,
    ]
  }

  /// `{"errors","locationId","status","success"}`.
  private static func result(_ id: String, status: LocationStatus?, error: String?) -> JSONValue {
    [
      "errors": error.map { [.string($0)] } ?? .null,
      "locationId": .string(id),
      "status": status.map { .string($0.rawValue) } ?? .null,
      "success": .bool(error == nil),
    ]
  }
}

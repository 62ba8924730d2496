/// A location's listing on a site as seen at a time (G1): derived from its
/// sync epoch, its override and its connection.
struct ListingView: Sendable {
  let site: DirectorySite
  let status: ListingSyncStatus
  /// When the status last changed.
  let lastUpdate: Timestamp
  let listingUrl: String?
  let syncIssue: String?
  let connection: SynupListingConnections.Connection?

  static let defaultSyncIssue = "The partner could not complete the submission"
}

extension SynupAccount {
  /// The listing of `location` on `site` at `now`.
  func listingView(of location: SynupLocation, on site: DirectorySite, at now: Timestamp) -> ListingView {
    let epoch = listingEpoch(of: location)
    let connection = connection(of: location, on: site).flatMap { $0.connectedAt <= now ? $0 : nil }
    func view(_ status: ListingSyncStatus, since time: Timestamp, url: String? = nil, issue: String? = nil)
      -> ListingView
    {
      ListingView(
        site: site, status: status, lastUpdate: time, listingUrl: status == .synced ? url : nil, syncIssue: issue,
        connection: connection)
    }
    let key = SynupListingState.SiteKey(locationNumber: location.number, siteID: site.id)
    if let override = listingState.overrides[key], override.at >= epoch.start, override.at <= now {
      let issue = override.status == .failed ? override.syncIssue ?? ListingView.defaultSyncIssue : override.syncIssue
      let url = override.listingUrl ?? liveLink(of: location, on: site)
      return view(override.status, since: override.at, url: url, issue: issue)
    }
    switch site.syncMode {
    case .gated:
      return view(.requiringAction, since: location.createdAt)
    case .connect:
      guard let connection else { return view(.requiringAction, since: location.createdAt) }
      let resync = epoch.start.adding(seconds: SynupAccount.connectedSyncDelay)
      let since =
        epoch.index > 0 && epoch.start >= connection.connectedAt && resync <= now ? resync : connection.connectedAt
      return view(.synced, since: since, url: liveLink(of: location, on: site))
    case .auto:
      let due = autoSyncDue(of: location, on: site, in: epoch)
      let stopped = location.archivedAt.map { $0 <= due } ?? false
      guard due <= now, !stopped else { return view(.inProgress, since: min(epoch.start, now)) }
      return view(.synced, since: due, url: liveLink(of: location, on: site))
    }
  }

  /// The live link of a SYNCED listing (G1), the same link a connected
  /// account's mirror listing of the location carries (G6).
  func liveLink(of location: SynupLocation, on site: DirectorySite) -> String {
    let slug = ListingSlug(location.fields.name).text + "-\(location.number)"
    switch site.id {
    case DirectorySite.google: return dataSeed.googleLiveLink(key: String(location.number))
    case DirectorySite.facebook: return "https://www.facebook.com/\(slug)"
    default: return "https://www.\(site.url)/biz/\(slug)"
    }
  }
}

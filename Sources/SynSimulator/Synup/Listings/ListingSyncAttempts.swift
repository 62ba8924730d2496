/// One sync attempt of a location's epoch on a site (G1): when it completes.
struct ListingSyncAttempt: Sendable {
  /// Where an attempt sits among its epoch's: by due time, then site table order.
  struct Position: Sendable, Codable, Comparable {
    let due: Timestamp
    let siteIndex: Int

    static func < (lhs: Self, rhs: Self) -> Bool {
      (lhs.due, lhs.siteIndex) < (rhs.due, rhs.siteIndex)
    }
  }

  let site: DirectorySite
  let position: Position

  var due: Timestamp { position.due }
}

extension SynupAccount {
  private static let hour = 3600
  private static let day = 86400
  /// How long after a later epoch starts a connected listing's attempt completes.
  static let connectedSyncDelay = 300

  /// The live epoch of `location`.
  func listingEpoch(of location: SynupLocation) -> SynupListingState.Epoch {
    listingState.epochs[location.number] ?? .init(index: 0, start: location.createdAt)
  }

  /// When an `auto` site's attempt of `epoch` completes: 24–72 h after epoch 0
  /// starts, 1–24 h after a later one, 18–24 days on Bing.
  func autoSyncDue(of location: SynupLocation, on site: DirectorySite, in epoch: SynupListingState.Epoch)
    -> Timestamp
  {
    let (base, jitter) =
      site.id == DirectorySite.bing
      ? (18 * Self.day, 6 * Self.day)
      : epoch.index == 0 ? (24 * Self.hour, 48 * Self.hour) : (Self.hour, 23 * Self.hour)
    let hash = dataSeed.hash("sync", String(location.number), String(site.id), String(epoch.index))
    return epoch.start.adding(seconds: base + Int(hash % UInt64(jitter)))
  }

  /// The attempts of `epoch`, earliest first: one per `auto` site, and one per
  /// `connect` site connected when a later epoch started.
  func syncAttempts(of location: SynupLocation, in epoch: SynupListingState.Epoch) -> [ListingSyncAttempt] {
    DirectorySite.supporting(location.fields.countryIso).enumerated().compactMap { index, site in
      let due: Timestamp
      switch site.syncMode {
      case .auto: due = autoSyncDue(of: location, on: site, in: epoch)
      case .connect:
        guard epoch.index > 0, let connection = connection(of: location, on: site),
          connection.connectedAt <= epoch.start
        else { return nil }
        due = epoch.start.adding(seconds: Self.connectedSyncDelay)
      case .gated: return nil
      }
      return ListingSyncAttempt(site: site, position: .init(due: due, siteIndex: index))
    }.sorted { $0.position < $1.position }
  }

  func connection(of location: SynupLocation, on site: DirectorySite) -> SynupListingConnections.Connection? {
    listingConnections.connection(locationNumber: location.number, siteID: site.id)
  }

  /// Starts `location`'s next sync epoch at `now` (its first when it has none):
  /// on creation, on an accepted change, on activation (G1, 5.5).
  mutating func startListingEpoch(of location: SynupLocation, at now: Timestamp) {
    // A location restored from a state saved before listings had epochs is in epoch 0 since its creation.
    let index = listingState.epochs[location.number].map { $0.index + 1 } ?? (location.createdAt < now ? 1 : 0)
    let epoch = SynupListingState.Epoch(index: index, start: now)
    listingState.epochs[location.number] = epoch
    if let first = syncAttempts(of: location, in: epoch).first {
      listingState.queue.push(due: first.due, locationNumber: location.number, epoch: index)
    }
    // The replaced epoch's entry stays queued until its due time, days of the
    // tenant's clock away: a location changed again and again would grow the
    // queue by an entry a change (the soak found it). Such entries go once they
    // outnumber the live ones (at most one a location), so each costs O(log n).
    if listingState.queue.count > 2 * listingState.epochs.count + 16 {
      listingState.queue.removeReplacedEpochs(currentEpochs: listingState.epochs.mapValues(\.index))
    }
  }

  /// The next sync attempt due at or before `time`, as a due event.
  func nextListingSync(through time: Timestamp) -> SynupDueEvent? {
    guard let entry = listingState.queue.first, entry.due <= time else { return nil }
    return SynupDueEvent(due: entry.due, kind: .listingSync, order: entry.order, key: String(entry.locationNumber))
  }

  /// Applies the queue's first entry: the epoch's next attempt completes as of
  /// its due time, unless the epoch was replaced, the location was archived by
  /// then, or a `mock listing` overrode the listing in the meantime.
  mutating func applyNextListingSync() {
    guard let entry = listingState.queue.popFirst(),
      let location = locations.location(RelayID(.location, entry.locationNumber)),
      var epoch = listingState.epochs[location.number], epoch.index == entry.epoch
    else { return }
    let attempts = syncAttempts(of: location, in: epoch)
    let pending = attempts.filter { attempt in epoch.applied.map { attempt.position > $0 } ?? true }
    guard let attempt = pending.first else { return }
    // A new data seed moves derived due times: wait for the attempt's own.
    guard attempt.due <= entry.due else {
      listingState.queue.push(due: attempt.due, locationNumber: location.number, epoch: epoch.index)
      return
    }
    if let archivedAt = location.archivedAt, archivedAt <= attempt.due { return }
    epoch.applied = attempt.position
    listingState.epochs[location.number] = epoch
    if let next = pending.dropFirst().first {
      listingState.queue.push(due: next.due, locationNumber: location.number, epoch: epoch.index)
    }
    let key = SynupListingState.SiteKey(locationNumber: location.number, siteID: attempt.site.id)
    if let override = listingState.overrides[key], override.at >= epoch.start { return }
    if attempt.site.syncMode == .connect, connection(of: location, on: attempt.site) == nil { return }
    recordSynced(key, at: attempt.due)
    emitListingSubmission(
      of: location, on: attempt.site, .success(liveLink(of: location, on: attempt.site)), at: attempt.due)
  }

  /// Notes the first time a listing was SYNCED (its duplicates show from then on, G2).
  mutating func recordSynced(_ key: SynupListingState.SiteKey, at time: Timestamp) {
    if listingState.firstSyncedAt[key] == nil { listingState.firstSyncedAt[key] = time }
  }
}

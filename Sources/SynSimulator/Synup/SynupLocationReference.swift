/// How the routes of synup-sections.md name a location (2.3).
extension SynupAccount {
  /// The location `id` names: base64 `Location:N` of a location of the
  /// account, or also a bare decimal number when `acceptingNumber` (the
  /// automations route). Anything else fails the whole request with
  /// `SY90002: Invalid Id`. With `startingWork`, an archived location (not
  /// one merely scheduled for archival) fails with SY00008 instead.
  func location(named id: String, acceptingNumber: Bool = false, startingWork: Bool = false, at now: Timestamp)
    throws(SynupFailure) -> SynupLocation
  {
    let relayID = RelayID(id, as: .location) ?? (acceptingNumber ? Int(id).map { RelayID(.location, $0) } : nil)
    guard let relayID, let location = locations.location(relayID) else { throw .invalidId }
    if startingWork, location.status(at: now) == .archived { throw .archivedLocation }
    return location
  }
}

extension SynupAccount {
  /// The location a route's `{locationId}` segment names (the router has decoded it).
  func location(inPath segment: Substring, startingWork: Bool = false, at now: Timestamp) throws(SynupFailure)
    -> SynupLocation
  {
    try location(named: String(segment), startingWork: startingWork, at: now)
  }
}

extension SynupFailure {
  /// A listing read or a mutation that starts new work on an archived location (2.3).
  static let archivedLocation = SynupFailure.resolver("SY00008: Location is in archived state")
}

import SynHTTP

extension SynupAccount {
  /// The location a listing route's `{locationId}` names (2.3), archived ones
  /// refused. The segment arrives percent-encoded: base64's `=` as `%3D`.
  func listingLocation(inPath segment: Substring, at now: Timestamp) throws(SynupFailure) -> SynupLocation {
    guard let id = PercentEncoding.decode(segment) else { throw .invalidId }
    return try location(named: id, startingWork: true, at: now)
  }
}

import SynHTTP

extension SynupAccount {
  /// The location a route's `{locationId}` segment names (2.3); clients percent-encode base64's `=`.
  func location(inPath segment: Substring, at now: Timestamp) throws(SynupFailure) -> SynupLocation {
    try location(named: PercentEncoding.decode(segment) ?? String(segment), at: now)
  }
}

import SynHTTP

/// Synposter's optional per-key request limit: `limit` requests per minute of
/// the tenant's clock, in fixed windows starting on the minute, announced in
/// `X-RateLimit-*` headers on every response.
struct RateLimiter: Sendable, Codable {
  let limit: Int
  private var windowStart = Timestamp(secondsSinceEpoch: 0)
  private var used = 0

  init(limit: Int) {
    self.limit = limit
  }

  /// Counts a request at `now`; throws `rate_limited` once the window's budget is spent.
  /// Returns the headers every answer of this tenant carries.
  mutating func admit(at now: Timestamp) throws(APIError) -> HTTPHeaders {
    let minuteStart = Timestamp(
      secondsSinceEpoch: now.secondsSinceEpoch
        - now.secondsSinceEpoch.quotientAndFlooredRemainder(dividingBy: 60).remainder)
    if minuteStart != windowStart {
      windowStart = minuteStart
      used = 0
    }
    let reset = windowStart.adding(seconds: 60)
    let allowed = used < limit
    if allowed { used += 1 }
    let headers = HTTPHeaders([
      ("X-RateLimit-Limit", String(limit)),
      ("X-RateLimit-Remaining", String(limit - used)),
      ("X-RateLimit-Reset", String(reset.secondsSinceEpoch)),
    ])
    guard allowed else {
      var error = APIError.rateLimited(retryAfter: reset.secondsSinceEpoch - now.secondsSinceEpoch)
      for field in headers { error.headers.add(field.name, field.value) }
      throw error
    }
    return headers
  }
}

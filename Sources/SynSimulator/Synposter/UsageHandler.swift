import SynHTTP
import SynJSON

/// GET /v1/usage (spec 1.6).
extension TenantState {
  /// The analytics quota: the only documented figure is Free's 100, used for every plan.
  static let analyticsLimit = 100

  func usage() -> HTTPResponse {
    .json(200, usageJSON)
  }

  /// `{"plan","posts","profiles","analytics","periodStart","periodEnd"}`;
  /// a null limit and remaining mean unlimited.
  var usageJSON: JSONValue {
    let plan = billing.plan
    let period = billing.period(at: now)
    return [
      "plan": .string(plan.rawValue),
      "posts": TenantState.quota(used: billing.postsUsed(at: now), limit: plan.postLimit),
      "profiles": TenantState.quota(used: profiles.count, limit: plan.profileLimit),
      "analytics": TenantState.quota(used: 0, limit: TenantState.analyticsLimit),
      "periodStart": .string(period.start.iso8601),
      "periodEnd": period.end.map { .string($0.iso8601) } ?? .null,
    ]
  }

  private static func quota(used: Int, limit: Int?) -> JSONValue {
    [
      "used": .int(used),
      "limit": limit.map(JSONValue.int) ?? .null,
      "remaining": limit.map { JSONValue.int(max(0, $0 - used)) } ?? .null,
    ]
  }
}

import SynJSON

/// The bodies Synposter answers (spec/synposter.md 1.1-1.8), as named
/// components of `/openapi.json`.
enum SynposterSchemas {
  typealias S = JSONSchema

  static let components: [(String, JSONValue)] = objects + errors

  // MARK: - Objects

  static let objects: [(String, JSONValue)] = [
    (
      "Profile",
      S.object([
        ("id", S.uuid), ("name", S.string), ("externalId", S.nullable(S.string)),
        ("metadata", S.nullable(S.anyObject)), ("createdAt", S.dateTime), ("updatedAt", S.dateTime),
      ])
    ),
    (
      "Pagination",
      S.object([("limit", S.integer), ("offset", S.integer), ("total", S.integer), ("hasMore", S.boolean)])
    ),
    ("ProfileList", list(of: "Profile")),
    (
      "Account",
      S.object([
        ("id", S.uuid), ("profileId", S.uuid), ("platform", S.enumeration(["twitter"])),
        ("platformAccountId", S.string), ("handle", S.nullable(S.string)),
        ("status", S.enumeration(["active", "expired", "revoked"])), ("scopes", S.array(S.string)),
        ("connectedAt", S.dateTime), ("lastRefreshedAt", S.dateTime),
      ])
    ),
    // `pagination` only when `limit` or `offset` was sent (spec 1.3: additive).
    (
      "AccountList",
      S.object([("data", S.array(S.ref("Account"))), ("pagination", S.ref("Pagination"))], optional: ["pagination"])
    ),
    ("ConnectStart", S.object([("authUrl", S.string)])),
    ("PostMedia", S.object([("type", S.enumeration(["image", "gif"])), ("url", S.string)])),
    (
      "TargetError",
      S.object([
        (
          "code",
          S.enumeration([
            "platform_rejected", "platform_quota_exceeded", "platform_rate_limited", "account_expired",
            "platform_error",
          ])
        ),
        ("message", S.string),
      ])
    ),
    (
      "PostTarget",
      S.object([
        ("accountId", S.uuid), ("profileId", S.uuid), ("platform", S.enumeration(["twitter"])),
        ("status", S.enumeration(["pending", "published", "failed", "canceled"])),
        ("platformPostId", S.nullable(S.string)), ("url", S.nullable(S.string)),
        ("error", S.nullable(S.ref("TargetError"))), ("publishedAt", S.nullable(S.dateTime)),
      ])
    ),
    (
      "Post",
      S.object([
        ("id", S.uuid), ("text", S.nullable(S.string)), ("media", S.array(S.ref("PostMedia"))),
        ("accountIds", S.array(S.uuid)), ("scheduledAt", S.nullable(S.dateTime)),
        ("status", S.enumeration(["scheduled", "publishing", "published", "partial", "failed", "canceled"])),
        ("createdAt", S.dateTime), ("updatedAt", S.dateTime), ("publishedAt", S.nullable(S.dateTime)),
        ("results", S.array(S.ref("PostTarget"))),
      ])
    ),
    ("PostList", list(of: "Post")),
    (
      "MediaUpload",
      S.object([("id", S.uuid), ("uploadUrl", S.string), ("publicUrl", S.string), ("expiresAt", S.dateTime)])
    ),
    // `null` limit and remaining: unlimited.
    (
      "Quota",
      S.object([("used", S.integer), ("limit", S.nullable(S.integer)), ("remaining", S.nullable(S.integer))])
    ),
    (
      "Usage",
      S.object([
        ("plan", S.enumeration(["free", "starter", "growth", "scale"])), ("posts", S.ref("Quota")),
        ("profiles", S.ref("Quota")), ("analytics", S.ref("Quota")), ("periodStart", S.dateTime),
        ("periodEnd", S.nullable(S.dateTime)),
      ])
    ),
    ("Health", S.object([("status", S.constant("ok"))])),
  ]

  /// `{"data": [T], "pagination": {...}}`
  private static func list(of item: String) -> JSONValue {
    S.object([("data", S.array(S.ref(item))), ("pagination", S.ref("Pagination"))])
  }

  // MARK: - Errors (spec 1.8)

  /// The error component answered with each status.
  static let errorComponent: [Int: String] = [
    400: "BadRequestError", 401: "UnauthorizedError", 402: "ProfileLimitError", 404: "NotFoundError",
    409: "ConflictError", 413: "PayloadTooLargeError", 429: "TooManyRequestsError", 500: "InternalError",
  ]

  static let errors: [(String, JSONValue)] = [
    (
      "BadRequestError",
      error([
        "invalid_json", "validation_error", "invalid_request", "unsupported_platform", "text_too_long",
        "unsupported_media",
      ])
    ),
    ("UnauthorizedError", error(["unauthorized"])),
    (
      "ProfileLimitError",
      error(
        ["profile_limit_reached"],
        context: [("current", S.integer), ("limit", S.integer), ("plan", S.string), ("upgradeUrl", S.string)])
    ),
    ("NotFoundError", error(["not_found"])),
    (
      "ConflictError",
      error(["external_id_conflict", "account_not_active", "post_already_published", "idempotency_key_reused"])
    ),
    // Answered by `syn serve` itself, before the simulator reads the body.
    ("PayloadTooLargeError", error(["payload_too_large"])),
    ("TooManyRequestsError", S.anyOf([S.ref("PostLimitError"), S.ref("RateLimitedError")])),
    (
      "PostLimitError",
      error(
        ["post_limit_reached"],
        context: [("used", S.integer), ("limit", S.integer), ("plan", S.string), ("upgradeUrl", S.string)])
    ),
    ("RateLimitedError", error(["rate_limited"], context: [("retryAfter", S.integer)])),
    ("InternalError", error(["internal_error"])),
  ]

  /// `{"error": CODE, "message", "field"?, ...context}`: open, since
  /// validation errors add context (`text_too_long` has `accountId`, `length`...).
  private static func error(_ codes: [String], context: [(String, JSONValue)] = []) -> JSONValue {
    S.object(
      [("error", S.enumeration(codes)), ("message", S.string), ("field", S.string)] + context,
      optional: ["field"], open: true)
  }
}

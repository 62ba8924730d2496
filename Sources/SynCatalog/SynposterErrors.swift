// Synposter's error codes (spec/synposter.md 1.1-1.8), one constant per code and
// status, named in the catalog entry of each operation that documents it.
extension DocumentedError {
  static let invalidJSON = DocumentedError(400, "invalid_json", "the body is not JSON, or not a JSON object")
  static let validation = DocumentedError(
    400, "validation_error", "a field is missing, of the wrong type or out of range; `field` names it")
  static let unsupportedPlatform = DocumentedError(400, "unsupported_platform", "a platform other than twitter")
  static let textTooLong = DocumentedError(400, "text_too_long", "the text is longer than a target platform allows")
  static let unsupportedMedia = DocumentedError(400, "unsupported_media", "a media item a target platform refuses")
  static let profileLimit = DocumentedError(
    402, "profile_limit_reached", "the plan's profile cap; the body carries current, limit, plan and upgradeUrl")
  static let notFound = DocumentedError(404, "not_found", "no such id for this key: missing, foreign or malformed")
  static let profileNotFound = DocumentedError(404, "not_found", "the profile is missing or foreign")
  static let externalIDConflict = DocumentedError(
    409, "external_id_conflict", "another profile has this externalId; the body names it")
  static let accountNotActive = DocumentedError(
    409, "account_not_active", "a target account is expired or revoked; the body names it and its status")
  static let idempotencyKeyReused = DocumentedError(
    409, "idempotency_key_reused", "the Idempotency-Key was sent before with a different body")
  static let postAlreadyPublished = DocumentedError(
    409, "post_already_published", "the post is publishing or published: it cannot be deleted")
  static let postLimit = DocumentedError(
    429, "post_limit_reached", "the plan's post quota: nothing is published; the body carries used, limit, plan")

  static let unauthorized = DocumentedError(401, "unauthorized", "no x-api-key, or a key this API does not know")
  static let rateLimited = DocumentedError(
    429, "rate_limited", "the per-key rate limit; Retry-After says when to resend")
  static let internalError = DocumentedError(500, "internal_error", "a server failure; safe to retry")

  static let synupInvalidToken = DocumentedError(401, "SY90005", "a missing or invalid key")
  static let synupInternal = DocumentedError(500, "SY90006", "a server failure")
}

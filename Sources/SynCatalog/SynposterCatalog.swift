// Synposter v1 as specified in ../shared/spec/synposter.md section 1.

extension Catalog {
  public static let synposter = Catalog(
    api: .synposter,
    defaultOrigin: "https://api.synposter.com",
    auth: .header(name: "x-api-key"),
    operations: SynposterOperationID.allCases.map(\.operation)
  )
}

/// Every Synposter operation, in the catalog's order (completion and `:help` list them so).
public enum SynposterOperationID: Hashable, Sendable, CaseIterable {
  case createProfile, listProfiles, getProfile, updateProfile, deleteProfile
  case connectAccount
  case listAccounts, getAccount, deleteAccount
  case createPost, listPosts, getPost, deletePost
  case createMedia
  case getUsage
  case getHealth

  public var operation: Operation {
    let id = OperationID.synposter(self)
    typealias Fields = SynposterFields
    switch self {
    case .createProfile:
      return Operation(
        id, "create", "profile", method: "POST", path: "/v1/profiles", body: .json, fields: Fields.profile,
        successStatus: 201, errors: [.invalidJSON, .validation, .externalIDConflict, .profileLimit],
        doc: "Create a profile (one per end user).")
    case .listProfiles:
      return Operation(
        id, "list", "profile", method: "GET", path: "/v1/profiles",
        fields: [
          Field("externalId", .string, constraints: "exact match", doc: "Find the profile with this externalId."),
          Fields.limit, Fields.offset,
        ],
        errors: [.validation], doc: "List profiles, oldest first.")
    case .getProfile:
      return Operation(
        id, "get", "profile", method: "GET", path: "/v1/profiles/{id}", errors: [.notFound],
        doc: "Get one profile by id.")
    case .updateProfile:
      return Operation(
        id, "update", "profile", method: "PATCH", path: "/v1/profiles/{id}", body: .json,
        fields: Fields.profile.map { field in
          var optional = field
          optional.isRequired = false
          return optional
        },
        errors: [.invalidJSON, .validation, .notFound, .externalIDConflict],
        doc: "Change a profile's name, externalId or metadata (null clears).")
    case .deleteProfile:
      return Operation(
        id, "delete", "profile", method: "DELETE", path: "/v1/profiles/{id}", successStatus: 204,
        errors: [.notFound], doc: "Delete a profile and its connected accounts; frees a plan slot.")
    case .connectAccount:
      return Operation(
        id, "connect", "account", method: "POST", path: "/v1/connect/{platform}", body: .json,
        fields: [
          Field(
            "profileId", .string, constraints: "uuid; default: the Default profile",
            doc: "The profile that will own the account."),
          Field(
            "redirectUri", .string, constraints: "absolute https URL (http://localhost allowed), <= 2048",
            doc: "Where the end user lands after authorizing."),
          Field("state", .string, constraints: "<= 512 chars", doc: "Opaque value echoed on the final redirect."),
        ],
        pathParameterValues: ["platform": ["twitter"]],
        errors: [.unsupportedPlatform, .invalidJSON, .validation, .profileNotFound],
        doc: "Start the OAuth connect flow for PLATFORM (twitter); answers {authUrl}.")
    case .listAccounts:
      return Operation(
        id, "list", "account", method: "GET", path: "/v1/accounts",
        fields: [
          Field("profileId", .string, required: true, constraints: "uuid", doc: "The profile whose accounts to list."),
          Fields.limit, Fields.offset,
        ],
        errors: [.validation, .profileNotFound], doc: "List a profile's connected accounts, newest first.")
    case .getAccount:
      return Operation(
        id, "get", "account", method: "GET", path: "/v1/accounts/{id}", errors: [.notFound],
        doc: "Get one connected account.")
    case .deleteAccount:
      return Operation(
        id, "delete", "account", method: "DELETE", path: "/v1/accounts/{id}", successStatus: 204,
        errors: [.notFound], doc: "Disconnect an account; its scheduled targets are canceled and refunded.")
    case .createPost:
      return Operation(
        id, "create", "post", method: "POST", path: "/v1/posts", body: .json, fields: Fields.post, successStatus: 201,
        errors: [
          .invalidJSON, .validation, .textTooLong, .unsupportedMedia, .notFound, .accountNotActive,
          .idempotencyKeyReused, .postLimit,
        ],
        doc: "Publish or schedule a post to one or more accounts.")
    case .listPosts:
      return Operation(
        id, "list", "post", method: "GET", path: "/v1/posts",
        fields: [
          Field("profileId", .string, doc: "Only posts targeting this profile's accounts."),
          Field("accountId", .string, doc: "Only posts targeting this account."),
          Field(
            "status", .string,
            allowedValues: ["scheduled", "publishing", "published", "partial", "failed", "canceled"],
            doc: "Only posts in this status."),
          Fields.limit, Fields.offset,
        ],
        errors: [.validation], doc: "List posts, newest first.")
    case .getPost:
      return Operation(
        id, "get", "post", method: "GET", path: "/v1/posts/{id}", errors: [.notFound],
        doc: "Get one post with per-target results.")
    case .deletePost:
      return Operation(
        id, "delete", "post", method: "DELETE", path: "/v1/posts/{id}", successStatus: 204,
        errors: [.notFound, .postAlreadyPublished], doc: "Cancel a scheduled post or remove a failed/canceled one.")
    case .createMedia:
      return Operation(
        id, "create", "media", plural: "media", method: "POST", path: "/v1/media", body: .json,
        fields: [
          Field(
            "filename", .string, required: true, constraints: "1-255 chars, no / \\ or NUL", doc: "The file's name."),
          Field("mimeType", .string, required: true, constraints: "image/* or video/*", doc: "The file's MIME type."),
        ],
        successStatus: 201, errors: [.invalidJSON, .validation],
        doc: "Get an upload URL and the public URL for a media file.")
    case .getUsage:
      return Operation(
        id, "get", "usage", plural: "usage", method: "GET", path: "/v1/usage",
        doc: "Plan, post and profile quotas for the current period.")
    case .getHealth:
      return Operation(
        id, "get", "health", plural: "health", method: "GET", path: "/v1/health", key: .optional,
        doc: "Service health (no key needed).")
    }
  }
}

/// Fields shared by several Synposter operations.
private enum SynposterFields {
  static let limit = Field(
    "limit", .integer, constraints: "1-100, default 50", doc: "Page size.")
  static let offset = Field(
    "offset", .integer, constraints: ">= 0, default 0", doc: "Items to skip.")

  static let profile = [
    Field(
      "name", .string, required: true, constraints: "1-100 code points, kept unchanged",
      doc: "A human-readable label for the profile."),
    Field(
      "externalId", .string, nullable: true, constraints: "1-200 code points, unique per developer",
      doc: "Your own identifier for this end user."),
    Field(
      "metadata", .object, nullable: true, constraints: "a JSON object, returned unchanged",
      doc: "Arbitrary context attached to the profile."),
  ]

  static let post = [
    Field(
      "accountIds", .array(.string), required: true, constraints: "1-20 unique account ids",
      doc: "The connected accounts to publish to."),
    Field(
      "text", .string, constraints: "X: <= 280 weighted characters",
      doc: "The post text (required unless media or threadItems)."),
    Field("media", .array(.object), constraints: "{type: image|gif, url}", doc: "Images or a gif to attach."),
    Field(
      "scheduledAt", .string, nullable: true, constraints: "ISO 8601, 60 s to 365 days ahead",
      doc: "Publish later instead of now (beta)."),
    Field("replyToTweetId", .string, doc: "X only: the tweet to reply to."),
    Field("communityId", .string, doc: "X only: the community to post in."),
    Field("poll", .object, constraints: "{options: 2-4, durationMinutes}", doc: "X only: a poll."),
    Field("threadItems", .array(.object), constraints: "2-25 items {text, media?}", doc: "X only: a thread."),
  ]
}

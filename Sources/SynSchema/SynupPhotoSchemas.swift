import SynJSON

/// Location photos and automations (synup-sections.md 4.1, 4.11): their
/// components, and the values their operations answer.
extension SynupSchemas {
  static let photos: [(String, JSONValue)] = [
    ("LocationPhotoOfLocation", S.object(photoMembers)),
    ("LocationPhoto", S.object(photoMembers + [("publisherOverride", S.string)])),
    (
      "MediaFile",
      S.object([
        ("id", relayID), ("url", S.string), ("uploadedBy", S.null), ("fileName", S.string), ("fileSize", S.string),
        ("fileType", S.constant("image")), ("fileExtension", S.enumeration([".jpg", ".png"])),
        ("archived", S.boolean), ("accountId", S.integer), ("thumbnailUrl", S.string),
        ("starred", S.nullable(S.boolean)),
        (
          "category",
          S.object([("name", S.enumeration(["Logo", "Cover", "Uncategorised"])), ("id", S.nullable(S.integer))])
        ),
        ("mediaLabels", S.array(S.any)),
        ("fileDimensions", S.object([("height", S.integer), ("width", S.integer)])), ("uploadedAt", S.string),
        ("locationId", relayID), ("publisherOverride", S.string),
      ])
    ),
    // The photo mutations' errors: `{"message","contextInfo","code"}`, the context null when no field is at fault.
    (
      "PhotoError",
      S.object([
        ("message", S.string),
        ("contextInfo", S.array(S.object([("key", S.nullable(S.string)), ("value", S.nullable(S.string))]))),
        ("code", S.string),
      ])
    ),
    (
      "PhotoRequestStatus",
      S.object([("requestId", S.uuid), ("status", S.enumeration(["PROCESSING", "SUCCESS", "ERROR"]))])
    ),
  ]

  private static let photoMembers: [(String, JSONValue)] = [
    ("databaseId", S.integer), ("fileSize", S.integer), ("id", relayID), ("name", S.uuid),
    ("starred", S.nullable(S.boolean)), ("thumbnailUrl", S.string),
    ("type", S.enumeration(["LOGO", "COVER", "ADDITIONAL"])), ("url", S.string),
  ]
}

extension SynupResponses {
  /// Synchronous, or a background request; on failure `errors` is one object and nothing else is there.
  static let addPhotosPayload = S.anyOf([
    S.object([
      ("success", S.boolean), ("errors", S.null), ("photos", S.array(S.ref("LocationPhoto"))),
      (
        "request",
        S.object([
          ("requestId", S.nullable(S.uuid)), ("status", S.nullable(S.enumeration(["PROCCESSING"]))),
        ])
      ),
      ("clientMutationId", clientMutationId),
    ]),
    S.object([("success", S.boolean), ("errors", S.object([("message", S.string)]))]),
  ])

  /// The singular `error` of star failures.
  static let starPhotosPayload = S.object([
    ("success", S.boolean), ("error", S.nullable(S.ref("PhotoError"))), ("photos", S.array(S.ref("LocationPhoto"))),
  ])

  static let removePhotosPayload = S.object([
    ("success", S.boolean), ("errors", S.nullable(S.array(S.ref("PhotoError")))),
    ("photos", S.nullable(S.array(S.ref("LocationPhoto")))), ("clientMutationId", clientMutationId),
  ])

  static let closeLocationPayload = S.anyOf([
    S.object([("success", S.boolean), ("flow", S.object([("id", S.uuid)]))]),
    S.object([("success", S.boolean), ("flow", S.null), ("errors", S.array(S.ref("PayloadError")))]),
  ])
}

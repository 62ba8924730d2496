import SynJSON

/// A `POST /v1/connect/{platform}` body, validated in the documented order:
/// profileId, redirectUri, state. Every field is optional.
struct ConnectFields: Sendable {
  static let maximumRedirectURILength = 2048
  static let maximumStateLength = 512

  var profileId: ResourceID?
  var redirectUri: String?
  var state: String?

  init(_ body: JSONObject) throws(APIError) {
    let fields = RequestFields(body)
    profileId = try fields.string("profileId").map { text throws(APIError) in
      try fields.resourceID(text, of: "profileId")
    }
    redirectUri = try fields.string("redirectUri")
    if let redirectUri {
      guard redirectUri.unicodeScalars.count <= ConnectFields.maximumRedirectURILength,
        WebURL.isAbsolute(redirectUri, allowingLocalhost: true)
      else {
        throw .validation(
          field: "redirectUri",
          "redirectUri must be an absolute https:// URL (or http://localhost) without a fragment, "
            + "at most \(ConnectFields.maximumRedirectURILength) characters")
      }
    }
    state = try fields.string("state")
    if let state, state.unicodeScalars.count > ConnectFields.maximumStateLength {
      throw .validation(field: "state", "state must be at most \(ConnectFields.maximumStateLength) characters long")
    }
  }
}

/// What the end user does on the mock authorization page: approve as a user,
/// or deny. Read from the page's query or from `POST /_sim/authorize`.
enum EndUserDecision: Sendable {
  case approve(EndUser)
  case deny

  static let defaultHandle = "mockuser"

  /// `decision` (approve|deny, default approve), `handle` (an X user name,
  /// `@` optional, default mockuser) and `platformAccountId` (digits, default
  /// derived from the handle).
  init(decision: String?, handle: String?, platformAccountId: String?) throws(APIError) {
    switch decision ?? "approve" {
    case "approve": break
    case "deny":
      self = .deny
      return
    case let other:
      throw .validation(field: "decision", "decision must be approve or deny, not \"\(other)\"")
    }
    let name = handle.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 } ?? EndUserDecision.defaultHandle
    guard (1...15).contains(name.utf8.count), name.utf8.allSatisfy(EndUserDecision.isHandleByte) else {
      throw .validation(field: "handle", "handle must be 1 to 15 letters, digits or _ (an optional @ first)")
    }
    let id = platformAccountId ?? EndUserDecision.derivedAccountID(handle: name)
    guard Platform.isXID(id) else {
      throw .validation(field: "platformAccountId", "platformAccountId must be 1 to 19 digits")
    }
    self = .approve(EndUser(handle: name, platformAccountId: id))
  }

  private static func isHandleByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      true
    default: false
    }
  }

  /// A 19-digit id that is a pure function of the handle, ignoring case as X does (FNV-1a).
  static func derivedAccountID(handle: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in handle.lowercased().utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return String(1_000_000_000_000_000_000 + hash % 9_000_000_000_000_000_000)
  }
}

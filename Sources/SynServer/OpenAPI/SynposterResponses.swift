import SynCatalog
import SynJSON

/// Each Synposter operation's documented answers (spec/synposter.md 1.1-1.7):
/// its success body and the statuses of its errors.
enum SynposterResponses {
  /// The success body's component (nil: 204 without a body) and the error statuses of each operation.
  static let table: [String: (body: String?, errors: [Int])] = [
    "create profile": ("Profile", [400, 402, 409]),
    "list profile": ("ProfileList", [400]),
    "get profile": ("Profile", [404]),
    "update profile": ("Profile", [400, 404, 409]),
    "delete profile": (nil, [404]),
    "connect account": ("ConnectStart", [400, 404]),
    "list account": ("AccountList", [400, 404]),
    "get account": ("Account", [404]),
    "delete account": (nil, [404]),
    "create post": ("Post", [400, 404, 409]),
    "list post": ("PostList", [400]),
    "get post": ("Post", [404]),
    "delete post": (nil, [404, 409]),
    "create media": ("MediaUpload", [400]),
    "get usage": ("Usage", []),
    "get health": ("Health", []),
  ]

  /// Operations that answer without a key (spec 1.7).
  static let keyOptional: Set<String> = ["get health"]

  /// Possible on every route: a missing or invalid key (health only checks a key
  /// that is sent), the per-key rate limit, and the documented safe-to-retry 500.
  static let everywhere = [401, 429, 500]

  /// The `responses` object of `operation`, or nil when the table lacks it.
  static func responses(for operation: Operation) -> JSONObject? {
    guard let entry = table[operation.name] else { return nil }
    var responses = JSONObject()
    responses[String(operation.successStatus)] =
      entry.body.map { OpenAPIResponse.json("success", JSONSchema.ref($0)) } ?? ["description": "no content"]
    let bodyLimit = operation.body == .none ? [] : [413]
    for status in (entry.errors + everywhere + bodyLimit).sorted() {
      let component = SynposterSchemas.errorComponent[status] ?? "InternalError"
      responses[String(status)] = OpenAPIResponse.json(component, JSONSchema.ref(component))
    }
    return responses
  }
}

/// One entry of an operation's `responses`.
enum OpenAPIResponse {
  static func json(_ description: String, _ schema: JSONValue) -> JSONValue {
    ["description": .string(description), "content": ["application/json": ["schema": schema]]]
  }
}

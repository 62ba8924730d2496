import SynCatalog
import SynJSON

/// Each Synposter operation's documented answers (spec/synposter.md 1.1-1.7):
/// its success body; the catalog documents its statuses.
enum SynposterResponses {
  /// The success body's component; nil: 204 without a body.
  static func body(of id: SynposterOperationID) -> String? {
    switch id {
    case .createProfile, .getProfile, .updateProfile: "Profile"
    case .listProfiles: "ProfileList"
    case .deleteProfile, .deleteAccount, .deletePost: nil
    case .connectAccount: "ConnectStart"
    case .listAccounts: "AccountList"
    case .getAccount: "Account"
    case .createPost, .getPost: "Post"
    case .listPosts: "PostList"
    case .createMedia: "MediaUpload"
    case .getUsage: "Usage"
    case .getHealth: "Health"
    }
  }

  /// The `responses` object of `operation`.
  static func responses(for operation: Operation, _ id: SynposterOperationID) -> JSONObject {
    var responses = JSONObject()
    responses[String(operation.successStatus)] =
      body(of: id).map { OpenAPIResponse.json("success", JSONSchema.ref($0)) } ?? ["description": "no content"]
    // The catalog's documented errors: the operation's own and those any route may answer.
    let statuses = Set(Catalog.synposter.documentedErrors(of: operation).map(\.status))
    for status in statuses.sorted() {
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

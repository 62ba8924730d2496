import SynCatalog
import SynHTTP
import SynJSON

/// What a Synposter route does.
enum SynposterEndpoint: Sendable {
  /// An operation of the catalog.
  case operation(SynposterHandler)
  /// Opened by a browser or an upload client without a key: the tenant is
  /// the one that issued the token the request carries.
  case browser(BrowserEndpoint)

  /// The simulator's own pages and URLs, handed out by `connect account` and
  /// `create media`; no client calls them with a key, so the catalog lacks them.
  enum BrowserEndpoint: Sendable {
    /// The mock platform's authorization page; the token is the `state` query parameter.
    case authorize
    /// Synposter's OAuth callback; the token is the `state` query parameter. A real
    /// route (spec 1.2), but the platform's redirect reaches it, not a client.
    case callback
    /// An upload URL; the token is the last path segment.
    case upload
    /// A `publicUrl` of uploaded media; the token is the segment before the file name.
    case media
  }
}

/// How the simulator answers a Synposter operation.
enum SynposterHandler: Sendable {
  /// Needs no account (health): answered as is without a key, as the key's tenant's with one.
  case stateless(@Sendable (HTTPRequest) -> HTTPResponse)
  /// Reads or changes the key's account; `path` holds the route's `{…}` segments.
  case account(@Sendable (inout TenantState, HTTPRequest, _ path: [Substring]) throws(APIError) -> HTTPResponse)
  /// Creates under the request's `Idempotency-Key`, when it has one.
  case idempotentCreate(@Sendable (inout TenantState, HTTPRequest) throws(APIError) -> HTTPResponse)
}

extension SynposterOperationID {
  /// The simulator's answer to each operation: an operation added to the catalog adds its case here.
  /// A closure that throws says `throws(APIError)`, as Swift infers no typed throw from context.
  var handler: SynposterHandler {
    switch self {
    case .createProfile: .idempotentCreate { state, request throws(APIError) in try state.createProfile(request) }
    case .listProfiles: .account { state, request, _ throws(APIError) in try state.listProfiles(request) }
    case .getProfile: .account { state, _, path throws(APIError) in try state.getProfile(path[0]) }
    case .updateProfile: .account { state, request, path throws(APIError) in try state.updateProfile(path[0], request) }
    case .deleteProfile: .account { state, _, path throws(APIError) in try state.deleteProfile(path[0]) }
    case .connectAccount: .account { state, request, path throws(APIError) in try state.startConnect(path[0], request) }
    case .listAccounts: .account { state, request, _ throws(APIError) in try state.listAccounts(request) }
    case .getAccount: .account { state, _, path throws(APIError) in try state.getAccount(path[0]) }
    case .deleteAccount: .account { state, _, path throws(APIError) in try state.deleteAccount(path[0]) }
    case .createPost: .idempotentCreate { state, request throws(APIError) in try state.createPost(request) }
    case .listPosts: .account { state, request, _ throws(APIError) in try state.listPosts(request) }
    case .getPost: .account { state, _, path throws(APIError) in try state.getPost(path[0]) }
    case .deletePost: .account { state, _, path throws(APIError) in try state.deletePost(path[0]) }
    case .createMedia: .account { state, request, _ throws(APIError) in try state.createMedia(request) }
    case .getUsage: .account { state, _, _ in state.usage() }
    case .getHealth: .stateless { _ in .json(200, ["status": "ok"]) }
    }
  }
}

extension SynposterEndpoint {
  /// Every route of the Synposter v1 surface (spec section 1): the catalog's
  /// operations, then the OAuth callback, mock pages and upload URLs (sections 1.2 and 3).
  static let routes = RouteTable<SynposterEndpoint>(
    grouping: SynposterOperationID.allCases.map { id in
      let operation = id.operation
      return (operation.method, operation.path, AuthRequirement(operation.key), .operation(id.handler))
    } + [
      ("GET", "/v1/connect/{platform}/callback", .none, .browser(.callback)),
      ("GET", "/mock/oauth/{platform}/authorize", .none, .browser(.authorize)),
      ("PUT", "/mock/uploads/{token}", .none, .browser(.upload)),
      ("GET", "/mock/media/{token}/{filename}", .none, .browser(.media)),
    ])
}

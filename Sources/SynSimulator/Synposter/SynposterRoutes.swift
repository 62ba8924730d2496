/// What a Synposter route does.
enum SynposterEndpoint: Sendable {
  /// Answered without reading the account.
  case stateless(StatelessEndpoint)
  /// Reads or changes the account of the request's key.
  case account(AccountEndpoint)
  /// Opened by a browser or an upload client without a key: the tenant is
  /// the one that issued the token the request carries.
  case browser(BrowserEndpoint)

  enum StatelessEndpoint: Sendable {
    case health
  }

  enum AccountEndpoint: Sendable {
    case usage
    case listProfiles, createProfile
    case getProfile, updateProfile, deleteProfile
    case connect
    case listAccounts, getAccount, deleteAccount
    case listPosts, createPost
    case getPost, deletePost
    case createMedia
  }

  enum BrowserEndpoint: Sendable {
    /// The mock platform's authorization page; the token is the `state` query parameter.
    case authorize
    /// Synposter's OAuth callback; the token is the `state` query parameter.
    case callback
    /// An upload URL; the token is the last path segment.
    case upload
  }
}

extension SynposterEndpoint {
  /// Every route of the Synposter v1 surface (spec section 1) and the mock
  /// pages and upload URLs it hands out (section 3).
  static let routes = RouteTable<SynposterEndpoint>([
    .init(template: PathTemplate("/v1/health"), auth: .optional, methods: [("GET", .stateless(.health))]),
    .init(template: PathTemplate("/v1/usage"), auth: .required, methods: [("GET", .account(.usage))]),
    .init(
      template: PathTemplate("/v1/profiles"), auth: .required,
      methods: [("GET", .account(.listProfiles)), ("POST", .account(.createProfile))]),
    .init(
      template: PathTemplate("/v1/profiles/{id}"), auth: .required,
      methods: [
        ("GET", .account(.getProfile)), ("PATCH", .account(.updateProfile)), ("DELETE", .account(.deleteProfile)),
      ]),
    .init(
      template: PathTemplate("/v1/connect/{platform}"), auth: .required, methods: [("POST", .account(.connect))]),
    .init(
      template: PathTemplate("/v1/connect/{platform}/callback"), auth: .none,
      methods: [("GET", .browser(.callback))]),
    .init(template: PathTemplate("/v1/accounts"), auth: .required, methods: [("GET", .account(.listAccounts))]),
    .init(
      template: PathTemplate("/v1/accounts/{id}"), auth: .required,
      methods: [("GET", .account(.getAccount)), ("DELETE", .account(.deleteAccount))]),
    .init(
      template: PathTemplate("/v1/posts"), auth: .required,
      methods: [("GET", .account(.listPosts)), ("POST", .account(.createPost))]),
    .init(
      template: PathTemplate("/v1/posts/{id}"), auth: .required,
      methods: [("GET", .account(.getPost)), ("DELETE", .account(.deletePost))]),
    .init(template: PathTemplate("/v1/media"), auth: .required, methods: [("POST", .account(.createMedia))]),
    .init(
      template: PathTemplate("/mock/oauth/{platform}/authorize"), auth: .none,
      methods: [("GET", .browser(.authorize))]),
    .init(template: PathTemplate("/mock/uploads/{token}"), auth: .none, methods: [("PUT", .browser(.upload))]),
  ])
}

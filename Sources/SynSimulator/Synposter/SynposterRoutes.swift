/// What a Synposter route does.
enum SynposterEndpoint: Sendable {
  /// Answered without reading the account: health, and routes not simulated yet.
  case stateless(StatelessEndpoint)
  /// Reads or changes the account's data.
  case account(AccountEndpoint)

  enum StatelessEndpoint: Sendable {
    case health
    case notSimulated
  }

  enum AccountEndpoint: Sendable {
    case usage
    case listProfiles, createProfile
    case getProfile, updateProfile, deleteProfile
  }
}

extension SynposterEndpoint {
  /// Every route of the Synposter v1 surface (spec section 1).
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
      template: PathTemplate("/v1/connect/{platform}"), auth: .required,
      methods: [("POST", .stateless(.notSimulated))]),
    .init(
      template: PathTemplate("/v1/connect/{platform}/callback"), auth: .none,
      methods: [("GET", .stateless(.notSimulated))]),
    .init(template: PathTemplate("/v1/accounts"), auth: .required, methods: [("GET", .stateless(.notSimulated))]),
    .init(
      template: PathTemplate("/v1/accounts/{id}"), auth: .required,
      methods: [("GET", .stateless(.notSimulated)), ("DELETE", .stateless(.notSimulated))]),
    .init(
      template: PathTemplate("/v1/posts"), auth: .required,
      methods: [("GET", .stateless(.notSimulated)), ("POST", .stateless(.notSimulated))]),
    .init(
      template: PathTemplate("/v1/posts/{id}"), auth: .required,
      methods: [("GET", .stateless(.notSimulated)), ("DELETE", .stateless(.notSimulated))]),
    .init(template: PathTemplate("/v1/media"), auth: .required, methods: [("POST", .stateless(.notSimulated))]),
    .init(
      template: PathTemplate("/mock/oauth/{platform}/authorize"), auth: .none,
      methods: [("GET", .stateless(.notSimulated))]),
  ])
}

/// Who must present a key to reach a route.
enum AuthRequirement: Sendable {
  /// A valid key is required.
  case required
  /// No key is needed, but a key that is sent must be valid.
  case optional
  /// The route never looks at keys (browser-facing redirects, tenant sign-up).
  case none
}

/// Maps method and path to an endpoint: the one place a surface's routes are listed.
struct RouteTable<Endpoint: Sendable>: Sendable {
  struct Route: Sendable {
    var template: PathTemplate
    var auth: AuthRequirement
    var methods: [(method: String, endpoint: Endpoint)]
  }

  enum Lookup {
    case found(Endpoint, parameters: [Substring], auth: AuthRequirement)
    case methodNotAllowed(allowed: [String])
    case notFound
  }

  private let routes: [Route]

  init(_ routes: [Route]) {
    self.routes = routes
  }

  func lookup(method: String, segments: [Substring]) -> Lookup {
    for route in routes {
      guard let parameters = route.template.match(segments) else { continue }
      guard let entry = route.methods.first(where: { $0.method == method }) else {
        return .methodNotAllowed(allowed: route.methods.map(\.method))
      }
      return .found(entry.endpoint, parameters: parameters, auth: route.auth)
    }
    return .notFound
  }
}

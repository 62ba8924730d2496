import SynCatalog

/// Who must present a key to reach a route.
enum AuthRequirement: Sendable {
  /// A valid key is required.
  case required
  /// No key is needed, but a key that is sent must be valid.
  case optional
  /// The route never looks at keys (browser-facing redirects, tenant sign-up).
  case none

  /// A catalog operation's requirement.
  init(_ key: KeyRequirement) {
    switch key {
    case .required: self = .required
    case .optional: self = .optional
    }
  }
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

  /// One route per path, in the order paths first appear, holding its methods
  /// in the order `Allow` lists them: GET, POST, PUT, PATCH, DELETE. The
  /// methods of a path share the first one's key requirement.
  init(grouping entries: [(method: String, path: String, auth: AuthRequirement, endpoint: Endpoint)]) {
    var paths: [String] = []
    var routes: [String: Route] = [:]
    for entry in entries {
      if routes[entry.path] == nil {
        paths.append(entry.path)
        routes[entry.path] = Route(template: PathTemplate(entry.path), auth: entry.auth, methods: [])
      }
      routes[entry.path]?.methods.append((entry.method, entry.endpoint))
    }
    let methodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    func rank(_ method: String) -> Int { methodOrder.firstIndex(of: method) ?? methodOrder.count }
    self.init(
      paths.compactMap { routes[$0] }.map { route in
        var route = route
        route.methods.sort { rank($0.method) < rank($1.method) }
        return route
      })
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

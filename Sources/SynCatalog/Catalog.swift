/// The operations of one API, with how to reach and authenticate against it.
///
/// A class, as `Operation` is: every statement looks its catalog up, and a
/// copy of the struct retained its strings and its list of operations each time.
public final class Catalog: Sendable {
  public let api: APIName
  /// The real API's origin, e.g. `https://api.synposter.com`.
  public let defaultOrigin: String
  public let auth: AuthStyle
  public let operations: [Operation]

  public init(api: APIName, defaultOrigin: String, auth: AuthStyle, operations: [Operation]) {
    self.api = api
    self.defaultOrigin = defaultOrigin
    self.auth = auth
    self.operations = operations
  }

  /// The operation named by `verb` and `noun` (singular or plural).
  public func operation(verb: String, noun: String) -> Operation? {
    operations.first { $0.verb == verb && ($0.noun == noun || $0.plural == noun) }
  }

  /// Every verb, in catalog order without repeats.
  public var verbs: [String] {
    var seen: Set<String> = []
    return operations.map(\.verb).filter { seen.insert($0).inserted }
  }

  /// Both APIs' catalogs.
  public static let all: [Catalog] = [.synposter, .synup]

  public static func named(_ api: APIName) -> Catalog {
    switch api {
    case .synposter: .synposter
    case .synup: .synup
    }
  }
}

public enum APIName: String, Sendable, CaseIterable {
  case synposter
  case synup

  /// The environment variable that holds the API's key: `SYNPOSTER_API_KEY`, `SYNUP_API_KEY`.
  public var keyVariable: String { "\(rawValue.uppercased())_API_KEY" }
}

/// How a request proves who sends it.
public enum AuthStyle: Sendable, Equatable {
  /// The key alone in a header: Synposter's `x-api-key: sk_live_...`.
  case header(name: String)
  /// `Authorization: <scheme> <key>`: Synup's `Authorization: API <key>`.
  case authorization(scheme: String)

  /// The header to send for `key`.
  public func header(for key: String) -> (name: String, value: String) {
    switch self {
    case .header(let name): (name, key)
    case .authorization(let scheme): ("Authorization", "\(scheme) \(key)")
    }
  }
}

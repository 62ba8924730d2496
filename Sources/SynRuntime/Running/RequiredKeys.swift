import SynCatalog
import SynLanguage

/// The APIs a case sends requests to without setting their key itself. On a
/// live server with no control plane to give the session a tenant, each of
/// them needs a key from `--api-key` or the environment before anything is
/// sent: a run that would only collect 401s stops before its first request.
enum RequiredKeys {
  /// Each API that a request or `send` statement of `lists` (walked in order) goes to (the
  /// active API then, or the one a qualified noun names) and that no `set apiKey`
  /// gives a key, with the first statement that goes to it. (`mock` statements
  /// are left out: with no control plane they skip the case whatever the key.)
  static func firstUses(in lists: [[Statement]]) -> [(api: APIName, statement: Statement)] {
    var active = APIName.synposter
    var keyed: Set<APIName> = []
    var uses: [(api: APIName, statement: Statement)] = []
    for statement in StatementWalk(lists: lists) {
      var target: APIName?
      switch statement.kind {
      case .use(let name):
        active = APIName(rawValue: name) ?? active
      case .set(.apiKey, _):
        keyed.insert(active)
      case .request(let request):
        target = qualifier(of: request.noun.text) ?? active
      case .send:
        target = active
      default:
        break
      }
      if let target, !uses.contains(where: { $0.api == target }) {
        uses.append((target, statement))
      }
    }
    return uses.filter { !keyed.contains($0.api) }
  }

  /// `synup` of `synup.user`.
  private static func qualifier(of noun: String) -> APIName? {
    noun.firstIndex(of: ".").flatMap { APIName(rawValue: String(noun[..<$0])) }
  }
}

extension Session {
  /// Why the statements of `order` cannot run on this session: a live server without a
  /// control plane and no key for an API they use, naming the variable to set.
  func missingKey(for order: RunOrder) -> Interruption? {
    // A replay does not look at keys: a recording without a control plane replays without any.
    guard isLive, !hasControlPlane, configuration.cassette == nil else { return nil }
    guard let use = RequiredKeys.firstUses(in: order.lists).first(where: { connection.keys[$0.api] == nil }) else {
      return nil
    }
    return .runtimeError(
      .runtime(
        at: use.statement,
        "no \(use.api.rawValue) key: \(connection.destination(of: use.api)) has no control plane to give this "
          + "session one; set \(use.api.keyVariable) (or pass --api-key, or `set apiKey` in the script). Nothing was sent"
      ))
  }
}

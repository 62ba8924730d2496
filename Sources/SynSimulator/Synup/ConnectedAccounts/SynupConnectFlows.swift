/// A pending or ended Synup connect flow (synup-sections.md 5.1 `connectFlows`):
/// the link a connect call answers, played by `mock authorize` or the mock page.
struct SynupConnectFlow: Sendable, Codable {
  /// How long a link lives [E].
  static let lifetimeSeconds = 24 * 3600

  /// What the link's `token` carries: the tenant's number and the flow's uuid,
  /// so the mock page, which has no key, finds its tenant as Synposter's does.
  let token: String
  let publisher: SynupPublisher
  let successURL: String
  let errorURL: String
  let createdAt: Timestamp
  /// The location an oauth_connect_url flow connects directly.
  let locationNumber: Int?
  var isClosed = false

  func isPending(at now: Timestamp) -> Bool {
    !isClosed && now < createdAt.adding(seconds: SynupConnectFlow.lifetimeSeconds)
  }
}

/// The account's connect flows, oldest first.
struct SynupConnectFlows: Sendable, Codable {
  private var flows: [SynupConnectFlow] = []

  mutating func open(_ flow: SynupConnectFlow) {
    flows.append(flow)
  }

  /// Whether the account ever handed out a link.
  var hasStartedAFlow: Bool {
    !flows.isEmpty
  }

  /// The flow `token` names, if it is still pending at `now`.
  func pending(_ token: String, at now: Timestamp) -> SynupConnectFlow? {
    flows.last { $0.token == token && $0.isPending(at: now) }
  }

  /// The most recently started flow still pending at `now`.
  func latestPending(at now: Timestamp) -> SynupConnectFlow? {
    flows.last { $0.isPending(at: now) }
  }

  /// Ends the flow `token` names: a token is single use.
  mutating func close(_ token: String) {
    guard let index = flows.lastIndex(where: { $0.token == token }) else { return }
    flows[index].isClosed = true
  }
}

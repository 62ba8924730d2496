/// A tenant's pending connect flows, by OAuth state and in the order they started.
struct ConnectSessions: Sendable, Codable {
  private var byState: [String: ConnectSession] = [:]
  /// States in creation order; may still name flows that have ended.
  private var order: [String] = []

  /// Starts tracking `session`, forgetting flows that have ended by `now`.
  mutating func open(_ session: ConnectSession, at now: Timestamp) {
    let ended = order.prefix { state in byState[state].map { now >= $0.expiresAt } ?? true }
    for state in ended { byState[state] = nil }
    order.removeFirst(ended.count)
    byState[session.state] = session
    order.append(session.state)
  }

  /// Whether the tenant ever started a flow (the list keeps the latest one, even once it has ended).
  var hasStartedAFlow: Bool {
    !order.isEmpty
  }

  /// Whether a flow, pending or ended but not yet forgotten, has the state.
  func holds(state: String) -> Bool {
    byState[state] != nil
  }

  /// The flow `state` names, if it is still pending at `now`.
  func pending(_ state: String, at now: Timestamp) -> ConnectSession? {
    guard let session = byState[state], now < session.expiresAt else { return nil }
    return session
  }

  /// The most recently started flow still pending at `now`.
  func latestPending(at now: Timestamp) -> ConnectSession? {
    for state in order.reversed() {
      if let session = pending(state, at: now) { return session }
    }
    return nil
  }

  /// Saves changes to a pending flow.
  mutating func update(_ session: ConnectSession) {
    guard byState[session.state] != nil else { return }
    byState[session.state] = session
  }

  /// Ends the flow `state` names (a state is single use) and returns it, if it was pending at `now`.
  mutating func close(_ state: String, at now: Timestamp) -> ConnectSession? {
    guard let session = byState.removeValue(forKey: state), now < session.expiresAt else { return nil }
    return session
  }

  /// Ends every flow that would connect an account to `profileId` (the profile is gone).
  mutating func closeAll(forProfile profileId: ResourceID) {
    guard !byState.isEmpty else { return }
    byState = byState.filter { $0.value.profileId != profileId }
  }
}

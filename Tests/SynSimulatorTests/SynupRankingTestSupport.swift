import SynJSON
import Testing

@testable import SynSimulator

/// What the grid-rank, rankings and analytics tests share: bare bodies, the
/// tenant's account state, and the generators of synup-sections.md 5.4
/// written again from the spec, so the tests check the simulator against it.
extension SynupClient {
  /// A POST of a bare object (synup-sections.md 2.1).
  func postBare(_ path: String, _ body: JSONValue) -> Reply {
    send("POST", path, body: body.compactText)
  }

  /// Runs `body` on the tenant's state, as a request would.
  func withState<Result: Sendable>(_ body: (inout TenantState) -> Result) throws -> Result {
    let entry = try #require(tenant.simulator.tenantEntry(forKey: tenant.synupKey))
    return entry.tenant.withState(body)
  }

  func advanceClock(seconds: Int) throws {
    try control("/_sim/clock", #"{"advanceSeconds":\#(seconds)}"#)
  }

  func setClock(_ time: String) throws {
    try control("/_sim/clock", #"{"set":"\#(time)"}"#)
  }

  /// The account's deliveries of `event`, as parsed bodies.
  func deliveries(of event: String) throws -> [JSONValue] {
    try withState { state in state.synup.outbox.deliveries.filter { $0.event == event }.map(\.body) }
      .map { try JSONValue(parsing: $0) }
  }
}

extension Reply {
  func requireOK() throws {
    try #require(status == 200, "\(status) \(text)")
  }
}

/// The generators, written from the spec.
enum SpecGenerators {
  static func unit(_ seed: DataSeed, _ parts: String...) -> Double {
    Double(seed.hash(parts) >> 11) / 9_007_199_254_740_992
  }

  /// G3.
  static func keywordRank(_ seed: DataSeed, location: Int, keyword: String, site: String, monday: String) -> Int {
    let base = 1 + Int(seed.hash("kwbase", String(location), keyword, site) % 25)
    let drift = Int(seed.hash("kwdrift", String(location), keyword, site, monday) % 7) - 3
    return unit(seed, "kwnf", String(location), keyword, site, monday) < 0.10 ? 0 : max(1, base + drift)
  }

  /// G9.
  static func gridRank(_ seed: DataSeed, location: Int, keyword: String, week: String, i: Int, j: Int) -> Int {
    let value =
      1 + Int(seed.hash("gridbase", String(location), keyword) % 5) + 3 * max(abs(i), abs(j))
      + Int(seed.hash("grid", String(location), keyword, week, String(i), String(j)) % 6)
    return value > 20 ? 100 : value
  }

  /// G4.
  static func analytics(
    _ seed: DataSeed, location: Int, site: Int, metric: String, base: Double, date: String, weekend: Bool
  ) -> Int {
    let scale = 0.5 + unit(seed, "pa-scale", String(location), String(site))
    let noise = 0.8 + 0.4 * unit(seed, "pa", String(location), String(site), metric, date)
    return Int((base * scale * (weekend ? 0.7 : 1) * noise).rounded(.down))
  }
}

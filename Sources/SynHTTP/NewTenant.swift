public import SynJSON

/// The answer to `POST /_sim/tenants`: the new tenant and its key for each
/// API. The simulator writes it and every client of the control plane reads
/// it with the same field names.
public struct NewTenant: Sendable, Equatable {
  public var tenantID: String
  /// The key Synposter's requests carry.
  public var synposterKey: String
  /// The key Synup's requests carry.
  public var synupKey: String
  public var plan: String
  /// The tenant's clock at sign-up, ISO 8601.
  public var now: String

  public init(tenantID: String, synposterKey: String, synupKey: String, plan: String, now: String) {
    self.tenantID = tenantID
    self.synposterKey = synposterKey
    self.synupKey = synupKey
    self.plan = plan
    self.now = now
  }

  /// Reads the body of a `201` answer; nil when it is not a new tenant.
  public init?(answer body: [UInt8]) {
    guard let json = try? JSONValue(parsing: body), let tenantID = json["tenantId"]?.stringValue,
      let synposterKey = json["synposterKey"]?.stringValue, let synupKey = json["synupKey"]?.stringValue,
      let plan = json["plan"]?.stringValue, let now = json["now"]?.stringValue
    else { return nil }
    self.init(tenantID: tenantID, synposterKey: synposterKey, synupKey: synupKey, plan: plan, now: now)
  }

  /// The answer's body.
  public var json: JSONValue {
    [
      "tenantId": .string(tenantID),
      "synposterKey": .string(synposterKey),
      "synupKey": .string(synupKey),
      "plan": .string(plan),
      "now": .string(now),
    ]
  }
}

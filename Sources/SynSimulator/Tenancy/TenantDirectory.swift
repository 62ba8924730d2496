/// Which API a key belongs to.
enum KeyKind: Sendable {
  case synposter
  case synup
}

/// The simulator-wide table of tenants by API key.
struct TenantDirectory: Sendable {
  struct Entry: Sendable {
    var tenant: Tenant
    var kind: KeyKind
  }

  /// What the keys derive from: nil in process (keys follow from tenant numbers alone).
  let keySecret: KeySecret?
  /// Every tenant, tenant number n at index n - 1.
  private var tenants: [Tenant] = []
  private var byKey: [String: Entry] = [:]

  init(keySecret: KeySecret?) {
    self.keySecret = keySecret
  }

  /// Signs up the next tenant: its number, and so its keys, follow the count so far.
  mutating func createTenant(plan: Plan) -> Tenant {
    let tenant = Tenant(number: tenants.count + 1, plan: plan, keySecret: keySecret)
    tenants.append(tenant)
    byKey[tenant.keys.synposter] = Entry(tenant: tenant, kind: .synposter)
    byKey[tenant.keys.synup] = Entry(tenant: tenant, kind: .synup)
    return tenant
  }

  /// Every tenant, in the order they signed up.
  var all: [Tenant] { tenants }

  func entry(forKey key: String) -> Entry? {
    byKey[key]
  }

  func tenant(number: Int) -> Tenant? {
    tenants.indices.contains(number - 1) ? tenants[number - 1] : nil
  }
}

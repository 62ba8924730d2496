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

  private var tenantCount = 0
  private var byKey: [String: Entry] = [:]

  /// Signs up the next tenant: its number, and so its keys, follow the count so far.
  mutating func createTenant(plan: Plan) -> Tenant {
    tenantCount += 1
    let tenant = Tenant(number: tenantCount, plan: plan)
    byKey[tenant.keys.synposter] = Entry(tenant: tenant, kind: .synposter)
    byKey[tenant.keys.synup] = Entry(tenant: tenant, kind: .synup)
    return tenant
  }

  func entry(forKey key: String) -> Entry? {
    byKey[key]
  }
}

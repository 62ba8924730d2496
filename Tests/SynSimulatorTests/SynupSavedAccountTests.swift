import Foundation
import Testing

@testable import SynSimulator

/// A Synup account saved by an earlier syn, before synup-sections.md's stores
/// existed, still loads: the new stores start empty, nothing fails on a missing key.
@Suite struct SynupSavedAccountTests {
  /// The keys an account saved before the remaining sections were simulated had.
  static let earlierKeys: Set<String> = ["createdAt", "roles", "users", "locations", "folders", "tags", "uuids"]

  @Test func anAccountSavedBeforeTheNewSectionsLoads() throws {
    var account = SynupAccount(tenantNumber: 3, createdAt: .simulationStart)
    account.dataSeed = DataSeed(42)
    let saved = try JSONEncoder().encode(account)
    let object = try #require(try JSONSerialization.jsonObject(with: saved) as? [String: Any])
    #expect(Set(object.keys).isStrictSuperset(of: Self.earlierKeys))
    let earlier = try JSONSerialization.data(withJSONObject: object.filter { Self.earlierKeys.contains($0.key) })
    let loaded = try JSONDecoder().decode(SynupAccount.self, from: earlier)
    #expect(loaded.dataSeed == DataSeed(1))
    #expect(loaded.outbox.deliveries.isEmpty)
    #expect(loaded.roles.count == account.roles.count)
  }

  @Test func aCurrentAccountKeepsItsDataSeedAcrossARoundTrip() throws {
    var account = SynupAccount(tenantNumber: 3, createdAt: .simulationStart)
    account.dataSeed = DataSeed(42)
    let loaded = try JSONDecoder().decode(SynupAccount.self, from: try JSONEncoder().encode(account))
    #expect(loaded.dataSeed == DataSeed(42))
  }
}

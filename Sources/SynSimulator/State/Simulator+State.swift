/// Saving and restoring simulator state: every tenant to a `StateFile`
/// (`syn serve --state`), or one tenant through the control plane (`mock save`).

import Synchronization

extension Simulator {
  /// A simulator holding the state `file` saved, or none yet when there is
  /// no such file; `POST /_sim/snapshot` and `saveState()` write there.
  /// A file that cannot be read whole is refused, never replaced.
  public convenience init(stateFile file: StateFile) throws(StateError) {
    var directory = TenantDirectory()
    if let bytes = try file.read() {
      do throws(StateError) {
        let saved = try StateDocument.decode(StateDocument.SavedSimulator.self, from: bytes)
        for (index, tenant) in saved.tenants.enumerated() {
          guard tenant.number == index + 1, tenant.state.number == tenant.number else {
            throw StateError("tenants must be numbered 1, 2, ... in order; entry \(index + 1) is t\(tenant.number)")
          }
          let restored = directory.createTenant(plan: tenant.initialPlan)
          restored.withState { $0 = tenant.state }
        }
      } catch {
        throw StateError("\(file.path): \(error.message)")
      }
    }
    self.init(directory: directory, stateFile: file)
  }

  /// What a save wrote: `{"path","bytes","tenants"}`.
  public struct SaveSummary: Sendable {
    public let path: String
    public let bytes: Int
    public let tenants: Int
  }

  /// Writes every tenant to the state file; nil when the simulator keeps no state.
  public func saveState() throws(StateError) -> SaveSummary? {
    guard let stateFile else { return nil }
    let tenants = directory.withLock { $0.all }.map { tenant in
      StateDocument.SavedTenant(
        number: tenant.number, initialPlan: tenant.initialPlan, state: tenant.withState { $0 })
    }
    let bytes = StateDocument.encode(StateDocument.SavedSimulator(tenants: tenants))
    try stateFile.write(bytes)
    return SaveSummary(path: stateFile.path, bytes: bytes.count, tenants: tenants.count)
  }

  /// The keys of the first tenant, if there is one (a server restarted with its state prints these).
  public func firstTenantKeys() -> (synposter: String, synup: String)? {
    directory.withLock { $0.tenant(number: 1) }.map { ($0.keys.synposter, $0.keys.synup) }
  }
}

extension Tenant {
  /// `GET /_sim/tenant-state`: the tenant's whole state as a versioned document.
  func savedState() -> [UInt8] {
    StateDocument.encode(StateDocument.SavedTenantState(state: withState { $0 }))
  }

  /// `PUT /_sim/tenant-state`: replaces the tenant's state with a saved one,
  /// which keeps this tenant's number (and so its keys).
  func restoreState(from bytes: [UInt8]) throws(StateError) {
    var saved = try StateDocument.decode(StateDocument.SavedTenantState.self, from: bytes).state
    saved.number = number
    withState { $0 = saved }
  }
}

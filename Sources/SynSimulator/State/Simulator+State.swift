/// Saving and restoring simulator state: every tenant to a `StateFile`
/// (`syn serve --state`), or one tenant through the control plane (`mock save`).

import Synchronization

extension Simulator {
  /// A simulator holding the state `file` saved and the requests its
  /// write-ahead log (`FILE.wal`) recorded since, or none yet when there is
  /// no such file. The state is then saved at once, which empties the log;
  /// from there every request is logged before it runs, and
  /// `POST /_sim/snapshot` and `saveState()` compact the log into the file.
  /// A file that cannot be read whole is refused, never replaced.
  public static func restored(from file: StateFile) throws(StateError) -> (Simulator, JournalReplay) {
    let saved: StateDocument.SavedSimulator?
    var directory: TenantDirectory
    do throws(StateError) {
      saved = try file.read().map { bytes throws(StateError) in
        try StateDocument.decode(StateDocument.SavedSimulator.self, from: bytes)
      }
      directory = TenantDirectory(keySecret: try keySecret(of: saved))
      for (index, tenant) in (saved?.tenants ?? []).enumerated() {
        guard tenant.number == index + 1, tenant.state.number == tenant.number else {
          throw StateError("tenants must be numbered 1, 2, ... in order; entry \(index + 1) is t\(tenant.number)")
        }
        let restored = directory.createTenant(plan: tenant.initialPlan)
        restored.withState { $0 = tenant.state }
      }
    } catch {
      throw StateError("\(file.path): \(error.message)")
    }
    let log = WriteAheadLog(path: file.path + ".wal")
    let simulator = Simulator(directory: directory, stateFile: file, journal: Journal(log: log))
    // Only syn serve keeps state, and it delivers webhooks: the replay must register them as it did.
    simulator.enableWebhookDelivery()
    var replay = JournalReplay(requests: 0, droppedBytes: 0)
    // A log of an older generation was left by a crash right after a snapshot, which holds all of it.
    if let contents = try log.read(), let generation = saved?.journal, contents.generation == generation {
      replay = try simulator.replay(contents, from: log.path)
    }
    log.generation = saved?.journal ?? 0
    _ = try simulator.saveState()
    return (simulator, replay)
  }

  /// The secret a saved simulator's keys derive from; a new one for a file of an
  /// older syn (which kept none: its tenants get new keys) or no file yet.
  private static func keySecret(of saved: StateDocument.SavedSimulator?) throws(StateError) -> KeySecret {
    guard let text = saved?.keySecret else { return .random() }
    guard let secret = KeySecret(text: text) else {
      throw StateError("\"keySecret\" must be 64 hexadecimal digits")
    }
    return secret
  }

  /// What a save wrote: `{"path","bytes","tenants"}`.
  public struct SaveSummary: Sendable {
    public let path: String
    public let bytes: Int
    public let tenants: Int
  }

  /// Writes every tenant to the state file; nil when the simulator keeps no
  /// state. With a journal, the requests wait meanwhile, and the log starts
  /// again empty, under a generation the file names.
  public func saveState() throws(StateError) -> SaveSummary? {
    guard let stateFile else { return nil }
    guard let journal else { return try writeState(to: stateFile, journal: nil) }
    return try journal.order.withLock { _ throws(StateError) in
      // Counted, not random: the same state saves the same bytes.
      let generation = journal.log.generation + 1
      let summary = try writeState(to: stateFile, journal: generation)
      try journal.log.start(generation: generation)
      return summary
    }
  }

  private func writeState(to stateFile: StateFile, journal: UInt64?) throws(StateError) -> SaveSummary {
    let tenants = directory.withLock { $0.all }.map { tenant in
      StateDocument.SavedTenant(
        number: tenant.number, initialPlan: tenant.initialPlan, state: tenant.withState { $0 })
    }
    let document = StateDocument.SavedSimulator(
      tenants: tenants, keySecret: directory.withLock { $0.keySecret }?.text,
      journal: journal)
    let bytes = try stateFile.write { (output) throws(StateError) in try StateDocument.write(document, to: &output) }
    return SaveSummary(path: stateFile.path, bytes: bytes, tenants: tenants.count)
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

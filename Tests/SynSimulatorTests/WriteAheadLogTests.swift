import Foundation
import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// The write-ahead log of `syn serve --state` (`FILE.wal`): what a restart
/// runs again, what it drops, and what a snapshot folds away.
@Suite struct WriteAheadLogTests {
  /// A state file's path in a fresh folder.
  private func statePath() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("syn-wal-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.appendingPathComponent("state.json").path
  }

  private func restore(_ path: String) throws -> (Simulator, JournalReplay) {
    try Simulator.restored(from: StateFile(path: path))
  }

  private func bytes(at path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  private func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// A client of the simulator's first tenant, whose keys a restart keeps.
  private func firstTenant(of simulator: Simulator) throws -> TestClient {
    let keys = try #require(simulator.firstTenantKeys())
    return TestClient(simulator: simulator, synposterKey: keys.synposter, synupKey: keys.synup, tenantID: "t1")
  }

  @Test func aRestartRunsTheLoggedRequestsAgainAndTheIdsContinue() throws {
    let path = try statePath()
    let (original, _) = try restore(path)
    let client = try TestClient(simulator: original)
    let alice = try client.createProfile(#"{"name":"Alice"}"#)["id"]?.stringValue
    try client.control("/_sim/clock", #"{"advance":"+1d"}"#)
    let synup = SynupClient(tenant: client)
    let location = try synup.createLocation()["id"]?.stringValue

    // No save: everything after the start's snapshot is in the log only.
    let (restored, replay) = try restore(path)
    #expect(replay.requests == 4)  // sign-up, profile, clock, location
    #expect(replay.droppedBytes == 0)
    let again = try firstTenant(of: restored)
    #expect(again.synposterKey == client.synposterKey)
    #expect(again.send("GET", "/v1/profiles/\(alice ?? "")").text.contains(#""name":"Alice""#))
    let locations = SynupClient(tenant: again).get("/locations-by-ids", [("ids", #"["\#(location ?? "")"]"#)])
    #expect(locations.text.contains(#""name":"Blue Cafe""#), "\(locations.text)")
    // The replayed simulator is where the original is: the next ids are the same ones.
    let next = try client.createProfile(#"{"name":"Next"}"#)["id"]
    #expect(try again.createProfile(#"{"name":"Next"}"#)["id"] == next)
    let nextLocation = try synup.createLocation(["name": "Second"])["id"]
    #expect(try SynupClient(tenant: again).createLocation(["name": "Second"])["id"] == nextLocation)
  }

  @Test(arguments: ["cut short", "bad checksum"])
  func aTornLastRecordIsDroppedAndNeverReadBack(damage: String) throws {
    let path = try statePath()
    let (original, _) = try restore(path)
    let client = try TestClient(simulator: original)
    try client.createProfile(#"{"name":"Kept"}"#)
    let before = try bytes(at: path + ".wal")
    try client.createProfile(#"{"name":"Torn"}"#)
    var log = try bytes(at: path + ".wal")
    if damage == "cut short" {
      log.removeLast(5)
    } else {
      log[log.count - 3] ^= 0x20
    }
    try write(log, to: path + ".wal")

    let (restored, replay) = try restore(path)
    #expect(replay.droppedBytes == log.count - before.count)
    // The restart's snapshot holds the state; the torn bytes are gone for good.
    #expect(try bytes(at: path + ".wal").count == WriteAheadLog.headerSize)
    let listed = try firstTenant(of: restored).send("GET", "/v1/profiles").text
    #expect(listed.contains("Kept"))
    #expect(!listed.contains("Torn"))
    #expect(try restore(path).1 == JournalReplay(requests: 1, droppedBytes: 0))  // the GET just sent
  }

  @Test func aLogOlderThanTheSnapshotIsNotRunTwice() throws {
    let path = try statePath()
    let (original, _) = try restore(path)
    let client = try TestClient(simulator: original)
    try client.createProfile(#"{"name":"Once"}"#)
    let stale = try bytes(at: path + ".wal")
    try client.control("/_sim/snapshot")
    #expect(try bytes(at: path + ".wal").count == WriteAheadLog.headerSize)
    // A crash between writing the snapshot and starting the new log leaves the old log behind.
    try write(stale, to: path + ".wal")

    let (restored, replay) = try restore(path)
    #expect(replay.requests == 0)
    let usage = try firstTenant(of: restored).send("GET", "/v1/usage").json()
    #expect(usage["profiles"]?["used"] == 2)  // Default and Once, not Once twice
  }

  @Test func aWriteIsDurableOnceWaitedFor() async throws {
    let path = try statePath()
    let (simulator, _) = try restore(path)
    let client = try TestClient(simulator: simulator, plan: "growth")
    // Many writers at once share fsyncs; each returns only when its record is on disk.
    let durable = await withTaskGroup(of: Bool.self) { group in
      for index in 0..<40 {
        group.addTask {
          let request = HTTPRequest(
            method: "POST", path: "/v1/profiles", headers: HTTPHeaders([("x-api-key", client.synposterKey)]),
            body: Array(#"{"name":"P\#(index)"}"#.utf8))
          let (response, position) = simulator.handleJournaled(request)
          guard response.status == 201, let position else { return false }
          return await simulator.waitUntilDurable(position)
        }
      }
      return await group.reduce(true) { $0 && $1 }
    }
    #expect(durable)
    let contents = try #require(try WriteAheadLog(path: path + ".wal").read())
    #expect(contents.records.count == 41)  // the sign-up and forty profiles
    #expect(contents.records.compactMap(JournalRecord.decode).filter { $0.path == "/v1/profiles" }.count == 40)
  }

  @Test func aRecordKeepsTheWholeRequest() throws {
    let request = HTTPRequest(
      method: "PATCH", path: "/v1/profiles/%C3%A9",
      query: [QueryItem(name: "a b", value: "é"), QueryItem(name: "", value: "")],
      headers: HTTPHeaders([("x-api-key", "k"), ("Idempotency-Key", "✓")]), body: [0, 255, 10])
    let decoded = try #require(JournalRecord.decode(JournalRecord.encode(request)))
    #expect(decoded.method == request.method)
    #expect(decoded.path == request.path)
    #expect(decoded.query == request.query)
    #expect(decoded.headers.fields == request.headers.fields)
    #expect(decoded.body == request.body)
    #expect(JournalRecord.decode(Array(JournalRecord.encode(request).dropLast())) == nil)
  }

  @Test func aFileThatIsNotALogIsRefused() throws {
    let path = try statePath()
    try write(Array(#"{"format":"syn-state","version":1,"tenants":[],"journal":1}"#.utf8), to: path)
    try write(Array("not a log".utf8), to: path + ".wal")
    #expect {
      try restore(path)
    } throws: { error in
      (error as? StateError)?.message == "\(path).wal: not a syn write-ahead log (it must start with \"SYNWAL1\")"
    }
  }

  @Test func aStateFileOfAnOlderSynLoadsAndGetsASecret() throws {
    let path = try statePath()
    try write(Array(#"{"format":"syn-state","version":1,"tenants":[]}"#.utf8), to: path)
    let (simulator, replay) = try restore(path)
    #expect(replay.requests == 0)
    let saved = try JSONValue(parsing: try bytes(at: path))
    #expect(saved["keySecret"]?.stringValue?.count == 64)
    #expect(saved["journal"] == 1)
    _ = try TestClient(simulator: simulator)
    #expect(try restore(path).0.firstTenantKeys()?.synposter == simulator.firstTenantKeys()?.synposter)
  }
}

extension TestClient {
  /// A client of a tenant whose keys are known (one restored from a saved state).
  fileprivate init(simulator: Simulator, synposterKey: String, synupKey: String, tenantID: String) {
    self.simulator = simulator
    self.synposterKey = synposterKey
    self.synupKey = synupKey
    self.tenantID = tenantID
  }
}

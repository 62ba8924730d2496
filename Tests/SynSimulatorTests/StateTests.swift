import Foundation
import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// Saved state (`syn serve --state`, `mock save`/`mock load`): an exact round
/// trip, and files that are refused without being touched.
@Suite struct StateTests {
  /// A fresh folder for one test's files.
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("syn-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Makes two busy tenants: t1 with profiles, an account, posts
  /// (published, scheduled, idempotent), media, faults and limits; t2 with
  /// Synup users, locations, folders and tags.
  private func makeBusy(_ simulator: Simulator) throws -> (synposterKey: String, synupKey: String) {
    let client = try TestClient(simulator: simulator, plan: "growth")
    try client.createProfile(
      #"{"name":"Zoë","externalId":"cust-1","metadata":{"tier":"pro","n":1.50,"big":123456789012345678901234567890}}"#)
    let doomed = try client.createProfile(#"{"name":"Gone"}"#)
    #expect(client.send("DELETE", "/v1/profiles/\(doomed["id"]?.stringValue ?? "")").status == 204)
    let account = try client.connectAccount(handle: "alice")
    try client.startConnect()
    try client.createPost(client.postBody(to: [account], text: "now"))
    try client.createPost(
      client.postBody(to: [account], text: "later", extra: #""scheduledAt":"2026-01-02T00:00:00Z""#))
    let keyed = client.post(client.postBody(to: [account], text: "once"), headers: [("Idempotency-Key", "k1")])
    #expect(keyed.status == 201)
    #expect(client.send("POST", "/v1/media", body: #"{"filename":"cat.png","mimeType":"image/png"}"#).status == 201)
    try client.control("/_sim/fault", #"{"status":503,"times":2,"method":"POST","path":"/v1/profiles"}"#)
    try client.control("/_sim/publish-failures", #"{"code":"platform_error","times":1}"#)
    try client.control("/_sim/ratelimit", #"{"limit":50}"#)
    try client.control("/_sim/clock", #"{"advance":"+2h"}"#)

    let synup = try SynupClient(simulator: simulator)
    try synup.createUser("jo@example.com")
    try synup.createLocations(3)
    #expect(synup.post("/folders/create", input: #"{"name":"West"}"#).status == 200)
    try synup.createLocation(["name": "Tagged", "phone": "4155550000", "tags": ["vip", "north"]])
    return (client.synposterKey, synup.tenant.synupKey)
  }

  /// The same requests, in order, against `simulator`: reads of everything,
  /// then writes whose ids, times and quotas must continue where they were.
  private func probe(_ simulator: Simulator, synposterKey: String, synupKey: String) -> [String] {
    let synposter: [(String, String, String?, [(String, String)])] = [
      ("GET", "/v1/profiles", nil, []),
      ("GET", "/v1/posts", nil, []),
      ("GET", "/v1/usage", nil, []),
      ("GET", "/_sim/state", nil, []),
      ("POST", "/v1/profiles", #"{"name":"faulted"}"#, []),
      ("POST", "/v1/profiles", #"{"name":"faulted again"}"#, []),
      ("POST", "/v1/profiles", #"{"name":"New","externalId":"cust-1"}"#, []),
      ("POST", "/v1/profiles", #"{"name":"New","externalId":"cust-2"}"#, []),
      ("POST", "/v1/media", #"{"filename":"dog.png","mimeType":"image/png"}"#, []),
      ("POST", "/_sim/clock", #"{"advance":"+1d"}"#, []),
      ("GET", "/v1/posts", nil, []),
      ("GET", "/v1/accounts", nil, []),
      ("GET", "/v1/usage", nil, []),
    ]
    var answers = synposter.map { method, path, body, headers in
      var all = HTTPHeaders(headers)
      all.add("x-api-key", synposterKey)
      let request = HTTPRequest(method: method, path: path, headers: all, body: Array((body ?? "").utf8))
      return describe(simulator.handle(request))
    }
    let synup: [(String, String, String?)] = [
      ("GET", "/api/v4/users", nil),
      ("GET", "/api/v4/locations", nil),
      ("GET", "/api/v4/folders/flat", nil),
      ("GET", "/api/v4/tags", nil),
      (
        "POST", "/api/v4/users/create",
        #"{"input":{"email":"jo@example.com","firstName":"Jo","roleId":"Q3VzdG9tUm9sZTox"}}"#
      ),
      ("POST", "/api/v4/locations", #"{"input":\#(SynupFixtures.location(["name": "After"]))}"#),
      ("POST", "/api/v4/folders/create", #"{"input":{"name":"East"}}"#),
    ]
    answers += synup.map { method, path, body in
      describe(
        simulator.handle(
          HTTPRequest(
            method: method, path: path, headers: HTTPHeaders([("Authorization", "API \(synupKey)")]),
            body: Array((body ?? "").utf8))))
    }
    return answers
  }

  private func describe(_ response: HTTPResponse) -> String {
    let headers = response.headers.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    return "\(response.status)\n\(headers)\n\(String(decoding: response.body, as: UTF8.self))"
  }

  private func bytes(at path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func aRestoredSimulatorAnswersEveryRequestAsTheOriginal() throws {
    let path = try folder().appendingPathComponent("state.json").path
    let original = try Simulator.restored(from: StateFile(path: path)).0
    let keys = try makeBusy(original)
    let summary = try #require(try original.saveState())
    #expect(summary.tenants == 2)
    #expect(summary.path == path)
    #expect(summary.bytes == (try bytes(at: path)).count)

    let restored = try Simulator.restored(from: StateFile(path: path)).0
    let expected = probe(original, synposterKey: keys.synposterKey, synupKey: keys.synupKey)
    let actual = probe(restored, synposterKey: keys.synposterKey, synupKey: keys.synupKey)
    for (index, (want, got)) in zip(expected, actual).enumerated() {
      #expect(got == want, "request \(index + 1) answered differently after the restore")
    }
    // Both went through the same requests since: they save the same state. Only the
    // generation of the write-ahead log that follows differs (each counts its own saves).
    _ = try original.saveState()
    var originalState = try #require(try JSONValue(parsing: try bytes(at: path)).objectValue)
    _ = try restored.saveState()
    var restoredState = try #require(try JSONValue(parsing: try bytes(at: path)).objectValue)
    originalState["journal"] = nil
    restoredState["journal"] = nil
    #expect(JSONValue.object(restoredState) == .object(originalState))
  }

  /// The file is written a piece at a time (each large store's records one
  /// by one, after the rest), yet its bytes are those of the whole document
  /// encoded at once.
  @Test func aSaveWritesTheBytesOfTheWholeDocumentEncodedAtOnce() throws {
    let path = try folder().appendingPathComponent("state.json").path
    let simulator = try Simulator.restored(from: StateFile(path: path)).0
    _ = try makeBusy(simulator)
    _ = try simulator.saveState()
    let written = try bytes(at: path)
    #expect(!String(decoding: written, as: UTF8.self).contains("syn-deferred-"))
    let document = try StateDocument.decode(StateDocument.SavedSimulator.self, from: written)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(written == Array(try encoder.encode(document)) + [UInt8(ascii: "\n")])
  }

  @Test func aTenantDocumentLoadsIntoAnotherTenantKeepingItsKeys() throws {
    let source = Simulator()
    let keys = try makeBusy(source)
    let saved = source.handle(
      HTTPRequest(method: "GET", path: "/_sim/tenant-state", headers: HTTPHeaders([("x-api-key", keys.synposterKey)])))
    #expect(saved.status == 200)
    let text = String(decoding: saved.body, as: UTF8.self)
    #expect(text.hasPrefix(#"{"format":"syn-tenant-state","#))

    let target = Simulator()
    _ = try TestClient(simulator: target)
    let second = try TestClient(simulator: target)
    let loaded = second.send("PUT", "/_sim/tenant-state", body: text)
    #expect(loaded.status == 200, "\(loaded.text)")
    #expect(try loaded.json()["tenantId"] == "t2")
    let profiles = try second.send("GET", "/v1/profiles").json()
    let names = profiles["data"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
    #expect(names == ["Default", "Zoë"])
    let metadata = profiles["data"]?[1]?["metadata"]?.compactText
    #expect(metadata == #"{"tier":"pro","n":1.50,"big":123456789012345678901234567890}"#)
    // The saved fault came along (two shots); then ids continue the saved sequence in both.
    let create = { (simulator: Simulator, key: String) in
      Reply(
        simulator.handle(
          HTTPRequest(
            method: "POST", path: "/v1/profiles", headers: HTTPHeaders([("x-api-key", key)]),
            body: Array(#"{"name":"Next"}"#.utf8))))
    }
    for _ in 1...2 {
      #expect(create(source, keys.synposterKey).status == 503)
      #expect(create(target, second.synposterKey).status == 503)
    }
    let sourceNext = try create(source, keys.synposterKey).json()
    let targetNext = try create(target, second.synposterKey).json()
    #expect(sourceNext["id"] != nil)
    #expect(targetNext["id"] == sourceNext["id"])
  }

  @Test(arguments: [
    ("not json at all", "not valid JSON"),
    (#"{"format":"syn-state","version":1,"tenants":["#, "not valid JSON"),
    (#"{"format":"syn-state","version":2,"tenants":[]}"#, "version 2 is newer than this syn reads"),
    (#"{"format":"something-else","version":1}"#, #"not a syn-state file"#),
    (#"{"format":"syn-state","version":1,"tenants":[{"number":1}]}"#, #"missing "initialPlan""#),
  ])
  func aBadFileIsRefusedAndLeftAlone(content: String, problem: String) throws {
    let path = try folder().appendingPathComponent("state.json").path
    try Data(content.utf8).write(to: URL(fileURLWithPath: path))
    #expect {
      _ = try Simulator.restored(from: StateFile(path: path)).0
    } throws: { error in
      let message = (error as? StateError)?.message ?? ""
      return message.hasPrefix("\(path): ") && message.contains(problem)
    }
    #expect(try bytes(at: path) == Array(content.utf8))
  }

  @Test func aTruncatedSaveIsRefused() throws {
    let path = try folder().appendingPathComponent("state.json").path
    let original = try Simulator.restored(from: StateFile(path: path)).0
    _ = try makeBusy(original)
    _ = try original.saveState()
    let whole = try bytes(at: path)
    let cut = Array(whole.prefix(whole.count / 2))
    try Data(cut).write(to: URL(fileURLWithPath: path))
    #expect(throws: StateError.self) { try Simulator.restored(from: StateFile(path: path)).0 }
    #expect(try bytes(at: path) == cut)
  }

  @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
    let folder = try folder()
    // The target is a folder: the new file is written, then cannot be renamed over it.
    let target = folder.appendingPathComponent("state.json")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    let file = StateFile(path: target.path)
    #expect(throws: StateError.self) { try file.write(Array("{}".utf8)) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
    // A folder that does not exist: nothing can be written, and the message says where.
    let missing = StateFile(path: folder.appendingPathComponent("no/such/state.json").path)
    #expect {
      try missing.write(Array("{}".utf8))
    } throws: { error in
      (error as? StateError)?.message.contains("no/such/state.json") == true
    }
  }

  @Test func aWriteReplacesTheFileWholeAndLeavesNothingElse() throws {
    let folder = try folder()
    let path = folder.appendingPathComponent("state.json").path
    let file = StateFile(path: path)
    try file.write(Array("old".utf8))
    try file.write(Array("new content".utf8))
    #expect(try bytes(at: path) == Array("new content".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
    #expect(try StateFile(path: folder.appendingPathComponent("absent.json").path).read() == nil)
  }

  @Test func aFileHasOneClaimantAtATime() throws {
    let path = try folder().appendingPathComponent("state.json").path
    var first: StateFile? = StateFile(path: path)
    try first?.claim()
    try first?.claim()  // claiming again is no new claim
    #expect {
      try StateFile(path: path).claim()
    } throws: { error in
      (error as? StateError)?.message.contains("\(path) is in use by another syn serve") == true
    }
    first = nil  // released with its owner
    try StateFile(path: path).claim()
  }

  @Test func snapshotSavesEveryTenantOrSaysThereIsNoFile() throws {
    let path = try folder().appendingPathComponent("state.json").path
    let client = try TestClient(simulator: try Simulator.restored(from: StateFile(path: path)).0)
    try client.createProfile()
    let answer = try client.control("/_sim/snapshot")
    #expect(answer["path"]?.stringValue == path)
    #expect(answer["tenants"] == 1)
    #expect(answer["bytes"]?.numberValue?.intValue == (try bytes(at: path)).count)

    let plain = try TestClient().send("POST", "/_sim/snapshot")
    #expect(plain.status == 409)
    #expect(plain.text.contains("--state"))
    #expect(try TestClient().send("POST", "/_sim/snapshot", key: .none).status == 401)
  }

  @Test func aBadTenantDocumentIsRefusedAndChangesNothing() throws {
    let client = try TestClient()
    try client.createProfile()
    let before = client.send("GET", "/v1/profiles").text
    let newer = client.send("PUT", "/_sim/tenant-state", body: #"{"format":"syn-tenant-state","version":9,"state":{}}"#)
    #expect(newer.status == 400)
    #expect(newer.text.contains("version 9 is newer"))
    let whole = client.send("PUT", "/_sim/tenant-state", body: #"{"format":"syn-state","version":1,"tenants":[]}"#)
    #expect(whole.status == 400)
    #expect(whole.text.contains("not a syn-tenant-state file"))
    #expect(client.send("GET", "/v1/profiles").text == before)
  }

  @Test func aDocumentWhoseRecordsDisagreeIsRefused() throws {
    let synup = try SynupClient()
    try synup.createUser("jo@example.com")
    let saved = synup.tenant.send("GET", "/_sim/tenant-state").text
    // User 1 renumbered 5: its index would point past the end of the users.
    let renumbered = saved.replacing(#/("email":"jo@example.com".*?"number":)1/#) { "\($0.output.1)5" }
    #expect(renumbered != saved)
    let reply = synup.tenant.send("PUT", "/_sim/tenant-state", body: renumbered)
    #expect(reply.status == 400)
    #expect(reply.text.contains("record 5 is out of place"), "\(reply.text)")
    #expect(synup.tenant.send("GET", "/_sim/tenant-state").text == saved)
  }
}

import Foundation
import Testing

/// `syn serve --state FILE` across restarts, and `mock save`/`mock load` in
/// scripts, in process and through `syn serve`.
@Suite(.serialized) struct SavedStateTests {
  /// `curl` against a served simulator with the ready tenant's key: the answer's body.
  private func call(_ server: ServedSimulator, _ method: String, _ path: String, _ body: String? = nil) throws
    -> String
  {
    var arguments = ["-sS", "-X", method, "-H", "x-api-key: \(server.synposterKey)", server.origin + path]
    if let body { arguments += ["-H", "Content-Type: application/json", "--data-binary", body] }
    let result = try SynBinary.tool("curl", arguments)
    try #require(result.exitCode == 0, "curl failed: \(result.stderr)")
    return result.stdout
  }

  private func id(in json: String) throws -> String {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return try #require(object?["id"] as? String, "no id in \(json)")
  }

  @Test func aServedSimulatorKeepsItsTenantsAcrossARestart() throws {
    let directory = try SynBinary.temporaryDirectory(with: [:])
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("state.json").path

    let first = try ServedSimulator(["--state", path])
    let alice = try id(in: try call(first, "POST", "/v1/profiles", #"{"name":"Alice"}"#))
    _ = try call(first, "POST", "/_sim/clock", #"{"advance":"+3d"}"#)
    #expect(first.stop() == 0)
    let saved = try String(contentsOfFile: path, encoding: .utf8)
    #expect(saved.hasPrefix(#"{"format":"syn-state","#))
    #expect(!saved.contains(first.synposterKey))  // keys follow from tenant numbers; never written

    let second = try ServedSimulator(["--state", path])
    defer { _ = second.stop() }
    #expect(second.synposterKey == first.synposterKey)  // the same ready tenant, not a new one
    #expect(try call(second, "GET", "/v1/profiles/\(alice)").contains(#""name":"Alice""#))
    #expect(try call(second, "GET", "/_sim/state").contains(#""now":"2026-01-04T00:00:00Z""#))
    let bob = try id(in: try call(second, "POST", "/v1/profiles", #"{"name":"Bob"}"#))

    // The ids continue: a server never stopped hands out the same second id.
    let uninterrupted = try ServedSimulator()
    defer { _ = uninterrupted.stop() }
    #expect(try id(in: try call(uninterrupted, "POST", "/v1/profiles", #"{"name":"Alice"}"#)) == alice)
    #expect(try id(in: try call(uninterrupted, "POST", "/v1/profiles", #"{"name":"Bob"}"#)) == bob)

    let snapshot = try call(second, "POST", "/_sim/snapshot")
    #expect(snapshot.contains(#""tenants":1"#), "\(snapshot)")
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Bob"))
  }

  @Test func aCorruptStateFileStopsTheServerAndIsLeftAlone() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["state.json": #"{"format":"syn-state","version":1,"ten"#])
    let path = directory.appendingPathComponent("state.json").path
    let result = try SynBinary.run(["serve", "--port", "0", "--state", path])
    #expect(result.exitCode == 3)
    #expect(result.stderr.contains("\(path): not valid JSON"), "\(result.stderr)")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == #"{"format":"syn-state","version":1,"ten"#)

    try Data(#"{"format":"syn-state","version":7,"tenants":[]}"#.utf8).write(to: URL(fileURLWithPath: path))
    let newer = try SynBinary.run(["serve", "--port", "0", "--state", path])
    #expect(newer.exitCode == 3)
    #expect(newer.stderr.contains("version 7 is newer"), "\(newer.stderr)")
  }

  @Test func aSecondServerOnTheSameStateFileRefusesToStart() throws {
    let directory = try SynBinary.temporaryDirectory(with: [:])
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("state.json").path
    let first = try ServedSimulator(["--state", path])
    let second = try SynBinary.run(["serve", "--port", "0", "--state", path])
    #expect(second.exitCode == 3)
    #expect(second.stderr.contains("\(path) is in use by another syn serve"), "\(second.stderr)")
    // The first server is untouched and still saves on its way out.
    _ = try call(first, "POST", "/v1/profiles", #"{"name":"Kept"}"#)
    #expect(first.stop() == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Kept"))
  }

  /// Saves a tenant with a profile, resets it, loads it back: the profile
  /// returns and the next id continues the saved sequence.
  private static let saveAndLoad = """
    create profile name="Kept" externalId=kept-1
    let kept = .id
    mock save "saved/tenant.json"
    mock reset
    list profiles
    expect .pagination.total == 1
    mock load "saved/tenant.json"
    get profile $kept
    expect .name == "Kept"
    create profile name="Next"
    expect .id != $kept
    print "next=$last.body.id"
    """

  @Test func mockSaveAndLoadRestoreTheTenantInProcessAndThroughServe() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["flow.syn": SavedStateTests.saveAndLoad])
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("saved"), withIntermediateDirectories: true)
    let local = try SynBinary.run(["run", "flow.syn"], in: directory)
    #expect(local.exitCode == 0, "\(local.stdout)\(local.stderr)")
    let saved = try String(contentsOfFile: directory.appendingPathComponent("saved/tenant.json").path, encoding: .utf8)
    #expect(saved.hasPrefix(#"{"format":"syn-tenant-state","#))

    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let served = try SynBinary.run(
      ["run", "flow.syn", "--backend", "live", "--base-url", server.origin], in: directory)
    #expect(served.exitCode == 0, "\(served.stdout)\(served.stderr)")
    // The served session's tenant is another number, but its ids follow the same seed.
    let next = local.stdout.split(separator: "\n").first { $0.hasPrefix("next=") }
    #expect(next != nil)
    #expect(served.stdout.split(separator: "\n").first { $0.hasPrefix("next=") } == next)
  }

  @Test func mockLoadOfAMissingOrBadFileIsARuntimeErrorAtTheStatement() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "missing.syn": "print \"start\"\nmock load \"nothere.json\"\n",
      "bad.syn": "mock load \"bad.json\"\n",
      "bad.json": #"{"format":"syn-tenant-state","version":2,"state":{}}"#,
    ])
    let missing = try SynBinary.run(["run", "missing.syn"], in: directory)
    #expect(missing.exitCode == 3)
    #expect(missing.stderr.contains(#"missing.syn:2:1: "#), "\(missing.stderr)")
    #expect(missing.stderr.contains(#"cannot load "nothere.json": there is no such file"#), "\(missing.stderr)")
    let bad = try SynBinary.run(["run", "bad.syn"], in: directory)
    #expect(bad.exitCode == 3)
    #expect(bad.stderr.contains(#"bad.syn:1:1: "#), "\(bad.stderr)")
    #expect(bad.stderr.contains("version 2 is newer"), "\(bad.stderr)")
  }
}

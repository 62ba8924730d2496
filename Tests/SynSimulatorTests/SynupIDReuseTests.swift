import SynJSON
import Testing

@testable import SynSimulator

/// Synup's ids are never handed out twice either (synposter.md section 3,
/// "Ids"): `Type:N` ids of users and locations count on, and the UUIDs of
/// folders, tags and location `uid`s skip any the account holds.
@Suite struct SynupIDReuseTests {
  /// A new folder's, location's and tag's ids, and the location's `uid`.
  private func newIDs(_ synup: SynupClient, _ name: String) throws -> [String] {
    let folder = try synup.data(synup.post("/folders/create", input: #"{"name":"\#(name)"}"#), "createFolder")
    let location = try synup.createLocation(["name": .string(name)])
    let locationID = try #require(location["id"]?.stringValue)
    let tag = try synup.data(
      synup.post("/locations/tags", input: #"{"locationId":"\#(locationID)","tag":"\#(name)"}"#), "addTag")
    return [
      try #require(folder["folder"]?["id"]?.stringValue), locationID,
      try #require(location["uid"]?.stringValue), try #require(tag["tag"]?["id"]?.stringValue),
    ]
  }

  private func newUserID(_ synup: SynupClient, _ email: String) throws -> String {
    try #require(try synup.createUser(email)["id"]?.stringValue)
  }

  @Test func reSeedingNeverRepeatsASynupId() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":42}"#)
    let first = try newIDs(synup, "first") + [try newUserID(synup, "a@example.com")]
    try synup.control("/_sim/seed", #"{"seed":42}"#)
    let second = try newIDs(synup, "second") + [try newUserID(synup, "b@example.com")]
    #expect(Set(first + second).count == first.count + second.count)
  }

  /// Folders and tags follow the tenant's number (synup-sections.md, decision 33).
  @Test func theSameActivityGivesTheSameSynupIds() throws {
    let first = try newIDs(SynupClient(), "same")
    let second = try newIDs(SynupClient(), "same")
    #expect(first == second)
  }

  /// A state whose UUID stream is behind its records (saved before them,
  /// then edited in) replays their ids; each is skipped.
  @Test func aLoadedAccountsIdsAreNeverHandedOutAgain() throws {
    let simulator = Simulator()
    let saved = try SynupClient(simulator: simulator)
    let streamBefore = try uuidStream(in: saved.tenant.send("GET", "/_sim/tenant-state").text)
    let held = try newIDs(saved, "held") + [try newUserID(saved, "a@example.com")]
    let state = saved.tenant.send("GET", "/_sim/tenant-state").text
    let rewound = state.replacing(try uuidStream(in: state), with: streamBefore)
    #expect(rewound != state)

    let loaded = try SynupClient(simulator: simulator)
    let reply = loaded.tenant.send("PUT", "/_sim/tenant-state", body: rewound)
    try #require(reply.status == 200, "\(reply.text)")
    let fresh = try newIDs(loaded, "fresh") + [try newUserID(loaded, "b@example.com")]
    #expect(Set(fresh).isDisjoint(with: held))
  }

  /// The saved `"uuids":{…}` member: where the account's UUID stream stands.
  private func uuidStream(in state: String) throws -> String {
    let match = try #require(state.firstMatch(of: try Regex(#""uuids":\{[^}]*\}[^}]*\}"#)))
    return String(state[match.range])
  }
}

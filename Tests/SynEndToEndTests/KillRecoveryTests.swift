import Foundation
import SynJSON
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `syn serve --state FILE` killed with SIGKILL under a write load on both APIs, twenty times:
/// after each restart every write that was answered 2xx is there, ids continue (none handed out
/// twice), and nothing half-written is read back (every record there is one a client sent whole).
@Suite(.serialized) struct KillRecoveryTests {
  /// What the writers sent and what the server acknowledged, shared by their threads.
  private final class Ledger: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var sentNames: Set<String> = []
    /// id → name, for each answered 2xx.
    private(set) var profiles: [String: String] = [:]
    private(set) var locations: [String: String] = [:]
    /// Ids acknowledged twice: an id handed out again.
    private(set) var reused: [String] = []

    func sending(_ name: String) {
      lock.withLock { _ = sentNames.insert(name) }
    }

    func acknowledged(profile id: String, _ name: String) {
      lock.withLock { if profiles.updateValue(name, forKey: id) != nil { reused.append(id) } }
    }

    func acknowledged(location id: String, _ name: String) {
      lock.withLock { if locations.updateValue(name, forKey: id) != nil { reused.append(id) } }
    }
  }

  private struct Keys {
    var synposter: String
    var synup: String
  }

  private static let locationInput =
    #""street":"1 Main St","city":"San Francisco","postalCode":"94105","phone":"(415) 555-1239","stateIso":"CA","countryIso":"US","subCategoryId":"U3ViQ2F0ZWdvcnk6MjA=","description":"\#(String(repeating: "A friendly neighbourhood cafe. ", count: 8))""#

  /// Writes on one connection until the server is gone: profiles and locations in turn.
  private static func write(to port: Int, keys: Keys, writer: String, ledger: Ledger) {
    guard let connection = try? RawHTTPConnection(port: port, readTimeoutSeconds: 10) else { return }
    for index in 0... {
      let name = "\(writer)-\(index)"
      let isProfile = index.isMultiple(of: 2)
      ledger.sending(name)
      let sent =
        isProfile
        ? connection.send(
          "POST", "/v1/profiles", headers: ["x-api-key: \(keys.synposter)"],
          body: Array(#"{"name":"\#(name)"}"#.utf8))
        : connection.send(
          "POST", "/api/v4/locations", headers: ["Authorization: API \(keys.synup)"],
          body: Array(#"{"input":{"name":"\#(name)",\#(locationInput)}}"#.utf8))
      guard sent, case .response(let response) = connection.readOutcome(), (200..<300).contains(response.status),
        let answer = try? JSONValue(parsing: response.body)
      else { return }
      if isProfile, let id = answer["id"]?.stringValue {
        ledger.acknowledged(profile: id, name)
      } else if let id = answer["data"]?["createLocation"]?["location"]?["id"]?.stringValue {
        ledger.acknowledged(location: id, name)
      } else {
        return
      }
    }
  }

  private func get(_ server: ServedSimulator, _ path: String, _ header: String) throws -> JSONValue {
    let connection = try RawHTTPConnection(server)
    connection.send("GET", path, headers: [header])
    guard case .response(let response) = connection.readOutcome(), response.status == 200 else {
      throw RawHTTPConnection.Failure(description: "GET \(path) failed")
    }
    return try JSONValue(parsing: response.body)
  }

  /// Every profile of the ready tenant, id → name.
  private func profiles(on server: ServedSimulator) throws -> [String: String] {
    var found: [String: String] = [:]
    var offset = 0
    while true {
      let page = try get(server, "/v1/profiles?limit=100&offset=\(offset)", "x-api-key: \(server.synposterKey)")
      for row in page["data"]?.arrayValue ?? [] {
        if let id = row["id"]?.stringValue { found[id] = row["name"]?.stringValue ?? "" }
      }
      guard page["pagination"]?["hasMore"] == true else { return found }
      offset += 100
    }
  }

  /// The locations among `ids` that the ready tenant has, id → name.
  private func locations(_ ids: [String], on server: ServedSimulator) throws -> [String: String] {
    var found: [String: String] = [:]
    for start in stride(from: 0, to: ids.count, by: 40) {
      let batch = ids[start..<min(start + 40, ids.count)].map { id in
        "%22\(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id)%22"
      }.joined(separator: ",")
      let answer = try get(
        server, "/api/v4/locations-by-ids?ids=%5B\(batch)%5D", "Authorization: API \(server.synupKey)")
      for row in answer["data"]?["getLocationsByIds"]?.arrayValue ?? [] {
        if let id = row["id"]?.stringValue { found[id] = row["name"]?.stringValue ?? "" }
      }
    }
    return found
  }

  /// Every acknowledged write is there with what was sent, and every profile there is one sent whole.
  private func check(_ server: ServedSimulator, _ ledger: Ledger, round: Int) throws {
    let present = try profiles(on: server)
    for (id, name) in ledger.profiles {
      #expect(present[id] == name, "round \(round): acknowledged profile \(id) (\(name)) is \(present[id] ?? "gone")")
    }
    for (id, name) in present where name != "Default" {
      #expect(ledger.sentNames.contains(name), "round \(round): profile \(id) holds \(name), which no one sent")
    }
    let located = try locations(Array(ledger.locations.keys), on: server)
    for (id, name) in ledger.locations {
      #expect(located[id] == name, "round \(round): acknowledged location \(id) (\(name)) is \(located[id] ?? "gone")")
    }
  }

  @Test func acknowledgedWritesSurviveTwentyKills() throws {
    let directory = try SynBinary.temporaryDirectory(with: [:])
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("state.json").path
    let ledger = Ledger()
    var firstKey: String?
    var delays: [Int] = []
    for round in 1...20 {
      let server = try ServedSimulator(["--state", path])
      defer { _ = server.stop() }
      if let firstKey {
        #expect(server.synposterKey == firstKey, "round \(round): a restart changed the ready tenant's keys")
      } else {
        firstKey = server.synposterKey
        let plan = try RawHTTPConnection(server)
        plan.send(
          "POST", "/_sim/plan", headers: ["x-api-key: \(server.synposterKey)"],
          body: Array(#"{"plan":"growth"}"#.utf8))
        #expect(plan.readOutcome() != .timedOut)
      }
      try check(server, ledger, round: round)

      let port = try #require(Int(server.origin.split(separator: ":").last ?? ""))
      let keys = Keys(synposter: server.synposterKey, synup: server.synupKey)
      let writers = DispatchGroup()
      for writer in 0..<3 {
        DispatchQueue.global().async(group: writers) {
          Self.write(to: port, keys: keys, writer: "r\(round)w\(writer)", ledger: ledger)
        }
      }
      let delay = Int.random(in: 20...250)
      delays.append(delay)
      usleep(UInt32(delay * 1000))
      kill(server.process.processIdentifier, SIGKILL)
      server.process.waitUntilExit()
      #expect(writers.wait(timeout: .now() + 30) == .success, "round \(round): a writer hung after the kill")
    }
    let last = try ServedSimulator(["--state", path])
    defer { _ = last.stop() }
    try check(last, ledger, round: 21)
    #expect(ledger.reused.isEmpty, "ids handed out twice: \(ledger.reused)")
    #expect(ledger.profiles.count > 20, "too few writes to mean anything (kills after \(delays) ms)")
    #expect(ledger.locations.count > 20, "too few writes to mean anything (kills after \(delays) ms)")
  }
}

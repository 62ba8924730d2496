import Dispatch
import SynJSON
import Synchronization
import Testing

@testable import SynSimulator

@Suite struct ConcurrencyTests {
  @Test func parallelCreatesInOneTenantLoseNothing() throws {
    let client = try TestClient(plan: "scale")
    let threads = 8
    let perThread = 250
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
      for index in 0..<perThread {
        let reply = client.send("POST", "/v1/profiles", body: #"{"name":"t\#(thread)-\#(index)"}"#)
        #expect(reply.status == 201)
      }
    }
    let list = try client.send("GET", "/v1/usage").json()
    #expect(list["profiles"]?["used"] == .int(threads * perThread + 1))
    var ids: Set<String> = []
    for offset in stride(from: 0, to: threads * perThread + 1, by: 100) {
      let page = try client.send("GET", "/v1/profiles", query: [("limit", "100"), ("offset", String(offset))]).json()
      for profile in page["data"]?.arrayValue ?? [] { ids.insert(profile["id"]?.stringValue ?? "") }
    }
    #expect(ids.count == threads * perThread + 1)
  }

  @Test func racingCreatesOfOneExternalIdGiveExactlyOne201() throws {
    let client = try TestClient(plan: "scale")
    let statuses = Statuses()
    DispatchQueue.concurrentPerform(iterations: 32) { _ in
      statuses.record(client.send("POST", "/v1/profiles", body: #"{"name":"A","externalId":"same"}"#).status)
    }
    #expect(statuses.counts == [201: 1, 409: 31])
  }

  @Test func tenantsWorkInParallel() throws {
    let simulator = Simulator()
    let clients = try (0..<8).map { _ in try TestClient(simulator: simulator) }
    DispatchQueue.concurrentPerform(iterations: clients.count) { index in
      for _ in 0..<9 { #expect(clients[index].send("POST", "/v1/profiles", body: #"{"name":"P"}"#).status == 201) }
    }
    for client in clients {
      #expect(try client.send("GET", "/v1/usage").json()["profiles"]?["used"] == 10)
    }
  }
}

/// Thread-safe tally of response statuses.
private final class Statuses: Sendable {
  private let storage = Mutex<[Int: Int]>([:])

  func record(_ status: Int) {
    storage.withLock { $0[status, default: 0] += 1 }
  }

  var counts: [Int: Int] { storage.withLock { $0 } }
}

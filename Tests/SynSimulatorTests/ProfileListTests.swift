import SynJSON
import Testing

@testable import SynSimulator

@Suite struct ProfileListTests {
  /// Names of the listed profiles, in order.
  private func names(_ reply: Reply) throws -> [String] {
    try #require(try reply.json()["data"]?.arrayValue).compactMap { $0["name"]?.stringValue }
  }

  @Test func listShapeAndDefaults() throws {
    let client = try TestClient()
    let id = try client.defaultProfileID()
    let reply = client.send("GET", "/v1/profiles")
    #expect(reply.status == 200)
    #expect(
      reply.text
        == #"{"data":[{"id":"\#(id)","name":"Default","externalId":null,"metadata":null,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}],"pagination":{"limit":50,"offset":0,"total":1,"hasMore":false}}"#
    )
  }

  @Test func pagesOldestFirstWithHasMore() throws {
    let client = try TestClient(plan: "growth")
    for index in 1...5 { try client.createProfile(#"{"name":"P\#(index)"}"#) }
    let first = client.send("GET", "/v1/profiles", query: [("limit", "2")])
    #expect(try names(first) == ["Default", "P1"])
    #expect(try first.json()["pagination"]?.compactText == #"{"limit":2,"offset":0,"total":6,"hasMore":true}"#)
    let middle = client.send("GET", "/v1/profiles", query: [("limit", "2"), ("offset", "3")])
    #expect(try names(middle) == ["P3", "P4"])
    #expect(try middle.json()["pagination"]?["hasMore"] == true)
    let last = client.send("GET", "/v1/profiles", query: [("offset", "4"), ("limit", "2")])
    #expect(try names(last) == ["P4", "P5"])
    #expect(try last.json()["pagination"]?["hasMore"] == false)
    let beyond = client.send("GET", "/v1/profiles", query: [("offset", "10")])
    #expect(
      try beyond.json().compactText == #"{"data":[],"pagination":{"limit":50,"offset":10,"total":6,"hasMore":false}}"#)
  }

  @Test func deletedProfilesLeaveTheListing() throws {
    let client = try TestClient(plan: "growth")
    var ids: [String] = []
    for index in 1...4 {
      ids.append(try #require(try client.createProfile(#"{"name":"P\#(index)"}"#)["id"]?.stringValue))
    }
    #expect(client.send("DELETE", "/v1/profiles/\(ids[1])").status == 204)
    let reply = client.send("GET", "/v1/profiles", query: [("offset", "1"), ("limit", "2")])
    #expect(try names(reply) == ["P1", "P3"])
    #expect(try reply.json()["pagination"]?["total"] == 4)
  }

  @Test func listOrderFollowsCreatedAtWhenTheClockWentBack() throws {
    let client = try TestClient()
    try client.control("/_sim/clock", #"{"set":"2026-03-01T00:00:00Z"}"#)
    try client.createProfile(#"{"name":"March"}"#)
    try client.control("/_sim/clock", #"{"set":"2026-02-01T00:00:00Z"}"#)
    try client.createProfile(#"{"name":"February"}"#)
    try client.createProfile(#"{"name":"February 2"}"#)
    #expect(try names(client.send("GET", "/v1/profiles")) == ["Default", "February", "February 2", "March"])
  }

  @Test func externalIdFilterIsExactAndCaseSensitive() throws {
    let client = try TestClient()
    let id = try #require(try client.createProfile(#"{"name":"A","externalId":"user-42"}"#)["id"]?.stringValue)
    try client.createProfile(#"{"name":"B","externalId":"user-420"}"#)
    let hit = client.send("GET", "/v1/profiles", query: [("externalId", "user-42")])
    #expect(try hit.json()["data"]?.arrayValue?.map { $0["id"] } == [.string(id)])
    #expect(try hit.json()["pagination"]?.compactText == #"{"limit":50,"offset":0,"total":1,"hasMore":false}"#)
    let miss = client.send("GET", "/v1/profiles", query: [("externalId", "USER-42")])
    #expect(miss.status == 200)
    #expect(
      try miss.json().compactText == #"{"data":[],"pagination":{"limit":50,"offset":0,"total":0,"hasMore":false}}"#)
    let skipped = client.send("GET", "/v1/profiles", query: [("externalId", "user-42"), ("offset", "1")])
    #expect(try skipped.json()["data"] == [])
    #expect(try skipped.json()["pagination"]?["total"] == 1)
  }

  @Test(arguments: [
    ("limit", "0", "limit must be an integer between 1 and 100 (got \\\"0\\\")"),
    ("limit", "101", "limit must be an integer between 1 and 100 (got \\\"101\\\")"),
    ("limit", "ten", "limit must be an integer between 1 and 100 (got \\\"ten\\\")"),
    ("limit", "2.5", "limit must be an integer between 1 and 100 (got \\\"2.5\\\")"),
    ("limit", "", "limit must be an integer between 1 and 100 (got \\\"\\\")"),
    ("offset", "-1", "offset must be an integer at least 0 (got \\\"-1\\\")"),
    ("offset", "x", "offset must be an integer at least 0 (got \\\"x\\\")"),
  ])
  func outOfRangePagingIs400(name: String, value: String, message: String) throws {
    let reply = try TestClient().send("GET", "/v1/profiles", query: [(name, value)])
    #expect(reply.status == 400)
    #expect(reply.text == #"{"error":"validation_error","message":"\#(message)","field":"\#(name)"}"#)
  }

  @Test func limitBoundsAreAccepted() throws {
    let client = try TestClient()
    #expect(client.send("GET", "/v1/profiles", query: [("limit", "1")]).status == 200)
    #expect(try client.send("GET", "/v1/profiles", query: [("limit", "100")]).json()["pagination"]?["limit"] == 100)
  }
}

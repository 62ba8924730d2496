import SynJSON
import Testing

@testable import SynSimulator

/// Relay connections: newest first, the cursor is the node's id,
/// `first/after/last/before` as the Relay algorithm slices (decision 4).
@Suite struct SynupPaginationTests {
  /// One page of `GET /locations` with `query`.
  static func page(_ synup: SynupClient, _ query: [(String, String)]) throws -> (ids: [String], pageInfo: JSONValue) {
    let connection = try synup.data(synup.get("/locations", query), "allLocations")
    let edges = try #require(connection["edges"]?.arrayValue)
    let cursors = edges.compactMap { $0["cursor"]?.stringValue }
    #expect(cursors == edges.compactMap { $0["node"]?["id"]?.stringValue })
    return (cursors, try #require(connection["pageInfo"]))
  }

  @Test func walksA120LocationAccountForwardsInPagesOf50() throws {
    let synup = try SynupClient()
    let created = try synup.createLocations(120)
    var seen: [String] = []
    var after: String?
    var pages: [Int] = []
    while true {
      var query = [("first", "50")]
      if let after { query.append(("after", after)) }
      let (ids, pageInfo) = try Self.page(synup, query)
      pages.append(ids.count)
      seen += ids
      #expect(pageInfo["total"] == 120)
      #expect(pageInfo["hasPreviousPage"] == .bool(after != nil))
      #expect(pageInfo["endCursor"] == (ids.last.map(JSONValue.string) ?? .null))
      guard pageInfo["hasNextPage"] == true else { break }
      after = ids.last
    }
    #expect(pages == [50, 50, 20])
    #expect(seen == created.reversed())
  }

  @Test func walksA120LocationAccountBackwardsInPagesOf50() throws {
    let synup = try SynupClient()
    let created = try synup.createLocations(120)
    var seen: [String] = []
    var before: String?
    var pages: [Int] = []
    while true {
      var query = [("last", "50")]
      if let before { query.append(("before", before)) }
      let (ids, pageInfo) = try Self.page(synup, query)
      pages.append(ids.count)
      seen = ids + seen
      #expect(pageInfo["hasNextPage"] == .bool(before != nil))
      guard pageInfo["hasPreviousPage"] == true else { break }
      before = ids.first
    }
    #expect(pages == [50, 50, 20])
    #expect(seen == created.reversed())
  }

  @Test func firstDefaultsTo50AndLocationsAreNotCapped() throws {
    let synup = try SynupClient()
    try synup.createLocations(60)
    #expect(try Self.page(synup, []).ids.count == 50)
    #expect(try Self.page(synup, [("first", "60")]).ids.count == 60)
    #expect(try Self.page(synup, [("first", "0")]).ids.isEmpty)
  }

  @Test func afterAndBeforeAreExclusiveBoundsAndFirstComesBeforeLast() throws {
    let synup = try SynupClient()
    let ids = try synup.createLocations(10)
    let between = try Self.page(synup, [("after", ids[8]), ("before", ids[2])])
    #expect(between.ids == Array(ids[3...7].reversed()))
    #expect(between.pageInfo["hasNextPage"] == true)
    #expect(between.pageInfo["hasPreviousPage"] == true)
    let firstThenLast = try Self.page(synup, [("first", "4"), ("last", "2")])
    #expect(firstThenLast.ids == [ids[7], ids[6]])
    let empty = try Self.page(synup, [("after", ids[0])])
    #expect(empty.ids.isEmpty)
    #expect(empty.pageInfo == ["hasNextPage": false, "hasPreviousPage": true, "endCursor": nil, "total": 10])
  }

  @Test func aCursorOfADeletedOrForeignNodeStillBounds() throws {
    let synup = try SynupClient()
    let ids = try synup.createLocations(3)
    let page = try Self.page(synup, [("after", RelayID(.location, 99).text)])
    #expect(page.ids == ids.reversed())
  }

  @Test(arguments: ["x", "VXNlcjox", "TG9jYXRpb246MA==", "MQ=="])
  func aCursorThatIsNotALocationIdIsSY90002(cursor: String) throws {
    let synup = try SynupClient()
    let reply = synup.get("/locations", [("after", cursor)])
    #expect(reply.status == 200)
    #expect(reply.text == #"{"data":{"allLocations":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }

  @Test(arguments: [("first", "-1"), ("last", "ten"), ("first", "1.5")])
  func aCountThatIsNotAWholeNumberIsA400(name: String, value: String) throws {
    let reply = try SynupClient().get("/locations", [(name, value)])
    #expect(reply.status == 400)
    #expect(
      reply.text
        == #"{"data":{"allLocations":null},"errors":[{"message":"\#(name) must be a whole number of at least 0, not \#(value)"}]}"#
    )
  }

  @Test func usersPageTheSameWay() throws {
    let synup = try SynupClient()
    var created: [String] = []
    for index in 1...7 {
      created.append(try #require(try synup.createUser("u\(index)@example.com")["id"]?.stringValue))
    }
    var seen: [String] = []
    var after: String?
    repeat {
      var query = [("first", "3")]
      if let after { query.append(("after", after)) }
      let users = try synup.data(synup.get("/users", query), "users")
      let ids = users["edges"]?.arrayValue?.compactMap { $0["cursor"]?.stringValue } ?? []
      seen += ids
      after = users["pageInfo"]?["hasNextPage"] == true ? ids.last : nil
    } while after != nil
    #expect(seen == created.reversed())
    let bad = synup.get("/users", [("before", RelayID(.location, 1).text)])
    #expect(bad.text == #"{"data":{"users":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }
}

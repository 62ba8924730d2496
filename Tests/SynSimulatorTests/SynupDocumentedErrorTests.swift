import SynCatalog
import SynJSON
import Testing

@testable import SynSimulator

/// What `:help VERB NOUN` lists for a Synup operation is what the simulator
/// answers: each request below breaks one rule of one operation, and every
/// code the answer carries is among the operation's documented errors, listed
/// for the place it sits (the top-level `errors`, or the payload).
@Suite struct SynupDocumentedErrorTests {
  /// A request that makes `id` answer `code`. `{location}` in `path` or
  /// `fields` stands for a location the test creates first; `fields` go to
  /// the query of a read and to the body (wrapped or bare, as the catalog says) of a write.
  struct Case: CustomTestStringConvertible, Sendable {
    let id: SynupOperationID
    let code: String
    var path: [String] = []
    var fields = "{}"
    var testDescription: String { "\(id.operation.name) answers \(code)" }
  }

  static let unknownUUID = "0f0e0d0c-0b0a-4908-8706-050403020100"
  // Base64 of `Location:99`, `User:999`, `Keyword:99` and `MediaFile:99`: well-formed ids of nothing.
  static let noLocation = "TG9jYXRpb246OTk="
  static let noUser = "VXNlcjo5OTk="
  static let noKeyword = "S2V5d29yZDo5OQ=="
  static let noPhoto = "TWVkaWFGaWxlOjk5"

  static let cases = [
    Case(id: .createLocation, code: "SY10011", fields: SynupFixtures.location(["street": ""])),
    Case(id: .updateLocation, code: "SY10038", fields: #"{"id":"\#(noLocation)"}"#),
    Case(id: .listUserResources, code: "SY81019", path: [noUser]),
    Case(id: .createUser, code: "SY81003", fields: #"{"email":"not-an-address","roleId":"x","firstName":"Jo"}"#),
    Case(id: .createFolder, code: "SY10039", fields: #"{"name":"west","parentFolderName":"nowhere"}"#),
    Case(id: .deleteFolder, code: "SY10049", fields: #"{"name":"root"}"#),
    Case(id: .removeFolderLocations, code: "SY10052", fields: #"{"locationIds":["{location}"]}"#),
    Case(id: .addTag, code: "SY10071", fields: #"{"locationId":"{location}","tag":"a!"}"#),
    Case(
      id: .addPhotos, code: "SY10060",
      fields: #"{"locationId":"{location}","photos":[{"photo":"https://x.test/a.png","type":"LOGO"},"#
        + #"{"photo":"https://x.test/b.png","type":"LOGO"}]}"#),
    Case(
      id: .starPhotos, code: "SY90007",
      fields: #"{"locationId":"{location}","photoIds":["\#(noPhoto)"],"starred":true}"#),
    Case(id: .getGridReport, code: "SY90007", path: [unknownUUID]),
    Case(
      id: .createCampaign, code: "SY50112", fields: #"{"locationId":"{location}","name":" ","locationCustomers":[]}"#),
    Case(id: .listReviews, code: "SY50110", path: ["{location}"], fields: #"{"ratingFilters":"[6]"}"#),
    Case(
      id: .respondReview, code: "SY90007", fields: #"{"interactionId":"\#(unknownUUID)","responseContent":"Thanks"}"#),
    Case(id: .addKeywords, code: "SY20100", fields: #"{"locationId":"{location}","inputKeywords":[]}"#),
    Case(id: .archiveKeyword, code: "SY20105", fields: #"{"id":"\#(noKeyword)"}"#),
    Case(
      id: .getKeywordPerformance, code: "SY60101", path: ["{location}"],
      fields: #"{"fromDate":"2026-02-01","toDate":"2026-01-01"}"#),
    Case(id: .getConnectedAccount, code: "SY30036", path: [unknownUUID]),
    Case(id: .disconnectListing, code: "SY10056", fields: #"{"locationId":"{location}","site":"YELP"}"#),
    Case(id: .markDuplicate, code: "SY90002", fields: #"{"locationId":"\#(noLocation)","listingItemIds":[]}"#),
    Case(
      id: .closeLocation, code: "SY30039",
      fields: #"{"locationId":"{location}","name":"Works","startDate":"2026-13-01","startTime":"09:00:00","#
        + #""endDate":"2026-12-31"}"#),
  ]

  @Test(arguments: cases) func theCodeAnAnswerCarriesIsDocumentedForItsPlace(_ test: Case) throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = send(test, through: synup, location: location)
    let answered = try Self.codes(in: reply.json(), field: test.id.graphQLField)
    #expect(answered.map(\.code).contains(test.code), "\(reply.status) \(reply.text)")
    let documented = Catalog.synup.documentedErrors(of: test.id.operation)
    for (code, place) in answered {
      // The documented place is `place`, or goes on below it (`.message` and the like).
      #expect(
        documented.contains {
          $0.code == code && ($0.place == place || $0.place?.hasPrefix(place + ".") == true)
        },
        "\(code) \(place) is not documented; \(reply.text)")
    }
  }

  /// `test`'s request, by the operation's method, path and body style.
  private func send(_ test: Case, through synup: SynupClient, location: String) -> Reply {
    let operation = test.id.operation
    let fields = test.fields.replacing("{location}", with: location)
    var path = operation.path.dropFirst("/api/v4".count).split(separator: "/", omittingEmptySubsequences: false)
    var values = test.path.map { $0.replacing("{location}", with: location) }[...]
    for index in path.indices where path[index].hasPrefix("{") {
      path[index] = Substring(values.popFirst() ?? "")
    }
    let route = path.joined(separator: "/")
    switch operation.body {
    case .none:
      let query = (try? JSONValue(parsing: fields))?.objectValue?.map { ($0.key, $0.value.stringValue ?? "") } ?? []
      return synup.get(route, query)
    case .wrapped(let member): return synup.send(operation.method, route, body: #"{"\#(member)":\#(fields)}"#)
    case .json: return synup.send(operation.method, route, body: fields)
    }
  }

  /// The codes of an answer and where each sits: `top-level errors`, or `in data.<field>.<member>` of the payload.
  private static func codes(in answer: JSONValue, field: String) -> [(code: String, place: String)] {
    var found: [(String, String)] = []
    for error in answer["errors"]?.arrayValue ?? [] {
      if let code = code(in: error) { found.append((code, "top-level errors")) }
    }
    for member in ["errors", "error"] {
      guard let value = answer["data"]?[field]?[member] else { continue }
      for error in value.arrayValue ?? [value] {
        if let code = code(in: error) { found.append((code, "in data.\(field).\(member)")) }
      }
    }
    return found
  }

  /// An error's `code`, or the code its `message` starts with.
  private static func code(in error: JSONValue) -> String? {
    if let code = error["code"]?.stringValue { return code }
    return (error["message"]?.stringValue?.firstMatch(of: /^SY[0-9]{5}/)).map { String($0.output) }
  }
}

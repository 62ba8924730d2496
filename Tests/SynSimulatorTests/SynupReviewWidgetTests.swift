import SynJSON
import Testing

@testable import SynSimulator

/// Review widgets (synup-sections.md 4.10): add and edit, with their payload errors.
@Suite struct SynupReviewWidgetTests {
  private func widgetBody(_ changes: [String: JSONValue] = [:]) -> JSONValue {
    var body = JSONObject([
      .init(key: "name", value: "Homepage"), .init(key: "minimumRating", value: 5),
      .init(key: "reviewCount", value: 10), .init(key: "readOnly", value: false),
      .init(key: "sites", value: ["maps.google.com", "facebook.com"]), .init(key: "widgetType", value: "medium_slider"),
      .init(key: "widgetWidth", value: "100%"), .init(key: "widgetHeight", value: "470px"),
    ])
    for (key, value) in changes { body[key] = value }
    return .object(body)
  }

  @Test func anEditReproducesTheEvidencedWidget() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.control("/_sim/clock", #"{"set":"2026-01-05T09:30:00Z"}"#)
    let added = try synup.data(
      synup.postBare("/review_widget/add", widgetBody(["locationId": .string(location), "name": "First"])),
      "addReviewWidget")
    let id = try #require(added["widget"]?["id"]?.stringValue)
    #expect(added["errors"] == .null)
    try synup.advanceClock(seconds: 60)
    let reply = synup.postBare("/review_widget/edit", widgetBody(["widgetId": .string(id)]))
    #expect(
      reply.text
        == #"{"data":{"editReviewWidget":{"widget":{"id":"\#(id)","name":"Homepage","description":null,"#
        + #""widgetType":"medium slider","reviewCount":10,"minimumRating":5,"widgetWidth":"100%","#
        + #""widgetHeight":"470px","sites":["maps.google.com","facebook.com"],"readOnly":false,"#
        + #""locationId":"\#(location)","archived":false,"createdAt":"2026-01-05 09:30:00.000000","#
        + #""updatedAt":"2026-01-05 09:31:00.000000"},"errors":null}}}"#)
  }

  @Test func brokenRulesAreReportedInTheEvidencedForm() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let add = { (changes: [String: JSONValue]) throws -> JSONValue in
      try synup.data(
        synup.postBare(
          "/review_widget/add", self.widgetBody(changes.merging(["locationId": .string(location)]) { $1 })),
        "addReviewWidget")
    }
    _ = try add([:])
    let taken = try add([:])
    #expect(taken["widget"] == .null)
    #expect(
      taken["errors"]?.compactText
        == #"[{"contextInfo":[{"key":"name","value":"Homepage"}],"code":"SY50101","#
        + #""message":"Widget name Homepage already used"}]"#)
    #expect(try add(["name": ""])["errors"]?[0]?["code"] == "SY50102")
    #expect(try add(["name": "B", "minimumRating": 0])["errors"]?[0]?["code"] == "SY50110")
    #expect(try add(["name": "C", "sites": ["myspace.com"]])["errors"]?[0]?["code"] == "SY50111")
    #expect(try add(["name": "D", "sites": ["yelp.com", "yelp.com"]])["errors"]?[0]?["code"] == "SY50117")
    let unknown = try synup.data(
      synup.postBare("/review_widget/edit", widgetBody(["widgetId": "00000000-0000-4000-8000-000000000000"])),
      "editReviewWidget")
    #expect(unknown["widget"] == .null)
    #expect(unknown["errors"]?[0]?["code"] == "SY90007")
    let missing = synup.postBare("/review_widget/add", ["locationId": .string(location)])
    #expect(missing.status == 400)
    #expect(synup.postBare("/review_widget/add", widgetBody(["locationId": "x"])).text.contains("SY90002"))
  }
}

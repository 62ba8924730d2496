import SynJSON
import Testing

@testable import SynSimulator

@Suite struct ProfileValidationTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var body: String
    var expected: String
    var testDescription: String { body.count > 60 ? String(body.prefix(60)) + "…" : body }
  }

  static let validationCases: [Case] = [
    Case(body: "{}", expected: #"{"error":"validation_error","message":"name is required","field":"name"}"#),
    Case(
      body: #"{"name":""}"#,
      expected:
        #"{"error":"validation_error","message":"name must be 1 to 100 characters long (got 0)","field":"name"}"#),
    Case(
      body: #"{"name":5}"#,
      expected: #"{"error":"validation_error","message":"name must be a string, not number","field":"name"}"#),
    Case(
      body: #"{"name":null}"#,
      expected: #"{"error":"validation_error","message":"name must be a string, not null","field":"name"}"#),
    Case(
      body: #"{"name":"\#(String(repeating: "a", count: 101))"}"#,
      expected:
        #"{"error":"validation_error","message":"name must be 1 to 100 characters long (got 101)","field":"name"}"#
    ),
    Case(
      body: #"{"name":"\#(String(repeating: "😀", count: 101))"}"#,
      expected:
        #"{"error":"validation_error","message":"name must be 1 to 100 characters long (got 101)","field":"name"}"#
    ),
    Case(
      body: #"{"name":"A","externalId":""}"#,
      expected:
        #"{"error":"validation_error","message":"externalId must be 1 to 200 characters long (got 0)","field":"externalId"}"#
    ),
    Case(
      body: #"{"name":"A","externalId":"\#(String(repeating: "x", count: 201))"}"#,
      expected:
        #"{"error":"validation_error","message":"externalId must be 1 to 200 characters long (got 201)","field":"externalId"}"#
    ),
    Case(
      body: #"{"name":"A","externalId":42}"#,
      expected:
        #"{"error":"validation_error","message":"externalId must be a string or null, not number","field":"externalId"}"#
    ),
    Case(
      body: #"{"name":"A","metadata":[1,2]}"#,
      expected:
        #"{"error":"validation_error","message":"metadata must be a JSON object or null, not array","field":"metadata"}"#
    ),
    Case(
      body: #"{"name":"A","metadata":"tier=pro"}"#,
      expected:
        #"{"error":"validation_error","message":"metadata must be a JSON object or null, not string","field":"metadata"}"#
    ),
    Case(
      body: #"{"name":"A","metadata":7}"#,
      expected:
        #"{"error":"validation_error","message":"metadata must be a JSON object or null, not number","field":"metadata"}"#
    ),
    // Fields are checked in the documented order: name, externalId, metadata.
    Case(
      body: #"{"metadata":[],"externalId":"","name":""}"#,
      expected:
        #"{"error":"validation_error","message":"name must be 1 to 100 characters long (got 0)","field":"name"}"#),
    Case(
      body: #"{"name":"A","metadata":[],"externalId":""}"#,
      expected:
        #"{"error":"validation_error","message":"externalId must be 1 to 200 characters long (got 0)","field":"externalId"}"#
    ),
  ]

  @Test(arguments: validationCases)
  func invalidFieldsAnswer400WithTheField(_ testCase: Case) throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/profiles", body: testCase.body)
    #expect(reply.status == 400)
    #expect(reply.text == testCase.expected)
    #expect(try client.send("GET", "/v1/usage").json()["profiles"]?["used"] == 1)
  }

  @Test(arguments: [
    ("[1]", "Request body must be a JSON object, not an array"),
    (#""name""#, "Request body must be a JSON object, not a string"),
    ("null", "Request body must be a JSON object, not null"),
    ("", "Request body is empty: send a JSON object"),
  ])
  func nonObjectBodiesAreInvalidJSON(body: String, message: String) throws {
    let reply = try TestClient().send("POST", "/v1/profiles", body: body)
    #expect(reply.status == 400)
    #expect(reply.text == #"{"error":"invalid_json","message":"\#(message)"}"#)
  }

  @Test(arguments: [#"{"name":"#, #"{"name":"A",}"#, "{'name':'A'}", #"{"name":"A"} x"#])
  func unparseableBodiesAreInvalidJSON(body: String) throws {
    let reply = try TestClient().send("POST", "/v1/profiles", body: body)
    #expect(reply.status == 400)
    let json = try reply.json()
    #expect(json["error"] == "invalid_json")
    #expect(json["message"]?.stringValue?.hasPrefix("Request body is not valid JSON: ") == true)
    #expect(json.objectValue?.keys == ["error", "message"])
  }

  @Test func invalidJSONIsReportedBeforeValidation() throws {
    let reply = try TestClient().send("POST", "/v1/profiles", body: #"[{"name":""}]"#)
    #expect(try reply.json()["error"] == "invalid_json")
  }

  @Test func bodyOverOneMegabyteIsAnInvalidRequest() throws {
    let padding = String(repeating: "x", count: 1 << 20)
    let reply = try TestClient().send("POST", "/v1/profiles", body: #"{"name":"A","pad":"\#(padding)"}"#)
    #expect(reply.status == 400)
    #expect(reply.text == #"{"error":"invalid_request","message":"Request body is larger than 1 MB"}"#)
  }
}

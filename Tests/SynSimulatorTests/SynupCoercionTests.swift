import SynJSON
import Testing

@testable import SynSimulator

/// Shape 4: an input that does not fit its GraphQL input type, answered
/// before any rule runs, with no `data` key.
@Suite struct SynupCoercionTests {
  static let admin = "Q3VzdG9tUm9sZTox"

  @Test func unknownFieldNamesTheInputType() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.post("/locations/update", input: #"{"id":"\#(id)","tenure":12}"#)
    #expect(reply.status == 200)
    #expect(
      reply.text
        == #"{"errors":[{"message":"Variable \"$input\" got invalid value {\"id\":\"\#(id)\",\"tenure\":12}; Field \"tenure\" is not defined by type UpdateLocationInput."}]}"#
    )
  }

  @Test func missingRequiredFieldsAreEachReported() throws {
    let reply = try SynupClient().post("/users/create", input: #"{"firstName":"Jo"}"#)
    #expect(reply.status == 200)
    let prefix = #"Variable \"$input\" got invalid value {\"firstName\":\"Jo\"}; "#
    #expect(
      reply.text
        == #"{"errors":[{"message":"\#(prefix)Field value.email of required type String! was not provided."},"#
        + #"{"message":"\#(prefix)Field value.roleId of required type ID! was not provided."}]}"#)
  }

  @Test func wrongTypesAndNullsForRequiredFieldsAreRefused() throws {
    let input = #"{"email":null,"roleId":"\#(Self.admin)","firstName":5,"directCustomer":"yes"}"#
    let reply = try SynupClient().post("/users/create", input: input)
    let prefix =
      #"Variable \"$input\" got invalid value {\"email\":null,\"roleId\":\"\#(Self.admin)\",\"firstName\":5,\"directCustomer\":\"yes\"}; "#
    #expect(
      reply.text
        == #"{"errors":[{"message":"\#(prefix)Expected non-nullable type String! not to be null at value.email."},"#
        + #"{"message":"\#(prefix)Expected type String at value.firstName."},"#
        + #"{"message":"\#(prefix)Expected type Boolean at value.directCustomer."}]}"#)
  }

  @Test func nestedInputsAreCheckedToo() throws {
    let hours = #"[{"day":"FUNDAY","type":"OPEN","slots":[{"start":"9:00am"}]}]"#
    let reply = try SynupClient().post(
      "/locations", input: SynupFixtures.location(["businessHours": try .init(parsing: hours)]))
    let messages = try #require(try reply.json()["errors"]?.arrayValue).compactMap { $0["message"]?.stringValue }
    #expect(messages.count == 2)
    #expect(messages[0].hasSuffix("; Expected type BusinessDay at value.businessHours[0].day."))
    #expect(
      messages[1].hasSuffix(
        "; Field value.businessHours[0].slots[0].end of required type String! was not provided."))
  }

  @Test func aLoneValueCountsAsAListAndIntegersAsIds() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    let archived = try synup.data(
      synup.post("/locations/archive", input: #"{"locationIds":"\#(id)"}"#), "archiveLocations")
    #expect(archived["result"]?.arrayValue?.first?["status"] == "ARCHIVE_SCHEDULED")
    let numeric = synup.post("/locations/archive", input: #"{"locationIds":[1]}"#)
    #expect(numeric.text == #"{"data":{"archiveLocations":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }

  @Test func aMissingOrMisshapenInputVariableIsRefused() throws {
    let synup = try SynupClient()
    for body in ["", "{}", #"{"input":null}"#] {
      let reply = synup.send("POST", "/users/create", body: body)
      #expect(reply.status == 200)
      #expect(
        reply.text
          == #"{"errors":[{"message":"Variable \"$input\" of required type \"CreateUserInput!\" was not provided."}]}"#)
    }
    let scalar = synup.send("POST", "/folders/create", body: #"{"input":5}"#)
    #expect(
      scalar.text
        == #"{"errors":[{"message":"Variable \"$input\" got invalid value 5; Expected type CreateFolderInput to be an object."}]}"#
    )
  }

  @Test func aBodyThatIsNotAJSONObjectIsA400() throws {
    let synup = try SynupClient()
    let reply = synup.send("POST", "/folders/create", body: "{nope")
    #expect(reply.status == 400)
    let json = try #require(try? reply.json())
    #expect(json["data"] == ["createFolder": nil])
    #expect(
      json["errors"]?.arrayValue?.first?["message"]?.stringValue?.hasPrefix("Request body is not valid JSON") == true)
    let array = synup.send("POST", "/folders/create", body: "[]")
    #expect(array.status == 400)
    #expect(
      array.text
        == #"{"data":{"createFolder":null},"errors":[{"message":"Request body must be a JSON object such as {\"input\": {…}}"}]}"#
    )
  }

  @Test func clientMutationIdIsEchoed() throws {
    let synup = try SynupClient()
    let folder = try synup.data(
      synup.post("/folders/create", input: #"{"name":"a","clientMutationId":"m-1"}"#), "createFolder")
    #expect(folder["clientMutationId"] == "m-1")
    let refused = try synup.data(
      synup.post("/folders/create", input: #"{"name":"A","clientMutationId":"m-2"}"#), "createFolder")
    #expect(refused["clientMutationId"] == "m-2")
    #expect(refused["success"] == false)
  }
}

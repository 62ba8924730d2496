import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

@Suite struct ProfileReadUpdateDeleteTests {
  @Test func getReturnsTheStoredProfile() throws {
    let client = try TestClient()
    let created = client.send("POST", "/v1/profiles", body: #"{"name":"A","externalId":"e1","metadata":{"k":[1,2]}}"#)
    let id = try #require(try created.json()["id"]?.stringValue)
    let fetched = client.send("GET", "/v1/profiles/\(id)")
    #expect(fetched.status == 200)
    #expect(fetched.text == created.text)
  }

  @Test(arguments: ["0f8fad5b-d9cb-469f-a165-70867728950e", "not-a-uuid", "0F8FAD5B-D9CB-469F-A165-70867728950", "%20"])
  func unknownOrMalformedIdAnswers404(id: String) throws {
    let client = try TestClient()
    for method in ["GET", "DELETE"] {
      let reply = client.send(method, "/v1/profiles/\(id)")
      #expect(reply.status == 404)
      #expect(reply.text == #"{"error":"not_found","message":"No profile with id \#(id)"}"#)
    }
    #expect(client.send("PATCH", "/v1/profiles/\(id)", body: #"{"name":"B"}"#).status == 404)
  }

  @Test func idLookupIgnoresHexCase() throws {
    let client = try TestClient()
    let id = try #require(try client.createProfile()["id"]?.stringValue)
    #expect(client.send("GET", "/v1/profiles/\(id.uppercased())").status == 200)
  }

  @Test func defaultProfileExistsFromSignUp() throws {
    let client = try TestClient()
    let list = try client.send("GET", "/v1/profiles").json()
    let profiles = try #require(list["data"]?.arrayValue)
    #expect(profiles.count == 1)
    let id = try #require(profiles[0]["id"]?.stringValue)
    #expect(
      profiles[0].compactText
        == #"{"id":"\#(id)","name":"Default","externalId":null,"metadata":null,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}"#
    )
  }

  @Test func patchBumpsUpdatedAtAndKeepsCreatedAt() throws {
    let client = try TestClient()
    let id = try #require(try client.createProfile(#"{"name":"A"}"#)["id"]?.stringValue)
    try client.control("/_sim/clock", #"{"advance":"+1d2h3m4s"}"#)
    let reply = client.send("PATCH", "/v1/profiles/\(id)", body: #"{"name":"B"}"#)
    #expect(reply.status == 200)
    #expect(
      reply.text
        == #"{"id":"\#(id)","name":"B","externalId":null,"metadata":null,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-02T02:03:04Z"}"#
    )
    #expect(client.send("GET", "/v1/profiles/\(id)").text == reply.text)
  }

  @Test func patchChangesOnlyTheFieldsSent() throws {
    let client = try TestClient()
    let id = try #require(
      try client.createProfile(#"{"name":"A","externalId":"e1","metadata":{"a":1}}"#)["id"]?.stringValue)
    let renamed = try client.send("PATCH", "/v1/profiles/\(id)", body: #"{"name":"B"}"#).json()
    #expect(renamed["name"] == "B")
    #expect(renamed["externalId"] == "e1")
    #expect(renamed["metadata"]?.compactText == #"{"a":1}"#)
  }

  @Test func patchNullClearsExternalIdAndMetadata() throws {
    let client = try TestClient()
    let id = try #require(
      try client.createProfile(#"{"name":"A","externalId":"e1","metadata":{"a":1}}"#)["id"]?.stringValue)
    let cleared = try client.send("PATCH", "/v1/profiles/\(id)", body: #"{"externalId":null,"metadata":null}"#).json()
    #expect(cleared["externalId"] == .null)
    #expect(cleared["metadata"] == .null)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"C","externalId":"e1"}"#).status == 201)
  }

  @Test func patchReplacesMetadataWhole() throws {
    let client = try TestClient()
    let id = try #require(try client.createProfile(#"{"name":"A","metadata":{"a":1,"b":2}}"#)["id"]?.stringValue)
    let reply = client.send("PATCH", "/v1/profiles/\(id)", body: #"{"metadata":{"c":3.0,"a":{}}}"#)
    #expect(reply.text.contains(#""metadata":{"c":3.0,"a":{}},"#))
  }

  @Test func patchWithNoKnownFieldIs400() throws {
    let client = try TestClient()
    let id = try client.defaultProfileID()
    for body in ["{}", #"{"color":"red"}"#] {
      let reply = client.send("PATCH", "/v1/profiles/\(id)", body: body)
      #expect(reply.status == 400)
      #expect(
        reply.text == #"{"error":"validation_error","message":"Include at least one of name, externalId, metadata"}"#)
    }
  }

  @Test(arguments: [
    (#"{"name":null}"#, "name"), (#"{"name":""}"#, "name"), (#"{"externalId":""}"#, "externalId"),
    (#"{"externalId":1}"#, "externalId"), (#"{"metadata":[]}"#, "metadata"),
  ])
  func patchValidatesLikeCreate(body: String, field: String) throws {
    let client = try TestClient()
    let reply = client.send("PATCH", "/v1/profiles/\(try client.defaultProfileID())", body: body)
    #expect(reply.status == 400)
    #expect(try reply.json()["field"] == .string(field))
  }

  @Test func patchValidatesTheBodyBeforeLookingUpTheId() throws {
    let reply = try TestClient().send("PATCH", "/v1/profiles/nope", body: "{}")
    #expect(reply.status == 400)
  }

  @Test func patchMayKeepItsOwnExternalIdButNotTakeAnother() throws {
    let client = try TestClient()
    let id = try #require(try client.createProfile(#"{"name":"A","externalId":"mine"}"#)["id"]?.stringValue)
    try client.createProfile(#"{"name":"B","externalId":"theirs"}"#)
    #expect(client.send("PATCH", "/v1/profiles/\(id)", body: #"{"externalId":"mine"}"#).status == 200)
    let conflict = client.send("PATCH", "/v1/profiles/\(id)", body: #"{"externalId":"theirs"}"#)
    #expect(conflict.status == 409)
    #expect(
      conflict.text
        == #"{"error":"external_id_conflict","message":"Another profile already has externalId \"theirs\"","externalId":"theirs"}"#
    )
    #expect(try client.send("GET", "/v1/profiles/\(id)").json()["externalId"] == "mine")
  }

  @Test func patchMovesTheExternalIdIndex() throws {
    let client = try TestClient()
    let id = try #require(try client.createProfile(#"{"name":"A","externalId":"old"}"#)["id"]?.stringValue)
    #expect(client.send("PATCH", "/v1/profiles/\(id)", body: #"{"externalId":"new"}"#).status == 200)
    #expect(try client.send("GET", "/v1/profiles", query: [("externalId", "old")]).json()["pagination"]?["total"] == 0)
    #expect(
      try client.send("GET", "/v1/profiles", query: [("externalId", "new")]).json()["data"]?.arrayValue?.first?["id"]
        == .string(id))
  }

  @Test func deleteAnswers204AndTheProfileIsGone() throws {
    let client = try TestClient()
    let id = try #require(try client.createProfile(#"{"name":"A","externalId":"e1"}"#)["id"]?.stringValue)
    let reply = client.send("DELETE", "/v1/profiles/\(id)")
    #expect(reply.status == 204)
    #expect(reply.body.isEmpty)
    #expect(reply.headers["Content-Type"] == nil)
    #expect(client.send("GET", "/v1/profiles/\(id)").status == 404)
    #expect(client.send("DELETE", "/v1/profiles/\(id)").status == 404)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"B","externalId":"e1"}"#).status == 201)
  }

  @Test func defaultProfileIsPatchableAndDeletable() throws {
    let client = try TestClient()
    let id = try client.defaultProfileID()
    #expect(try client.send("PATCH", "/v1/profiles/\(id)", body: #"{"name":"Main"}"#).json()["name"] == "Main")
    #expect(client.send("DELETE", "/v1/profiles/\(id)").status == 204)
    #expect(try client.send("GET", "/v1/profiles").json()["data"] == [])
  }
}

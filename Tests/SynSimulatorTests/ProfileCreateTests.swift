import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

@Suite struct ProfileCreateTests {
  @Test func createAnswers201WithTheDocumentedObjectInKeyOrder() throws {
    let client = try TestClient()
    let reply = client.send(
      "POST", "/v1/profiles", body: #"{"name":"Alice's Brand","externalId":"user-42","metadata":{"tier":"pro"}}"#)
    #expect(reply.status == 201)
    #expect(reply.headers["Content-Type"] == "application/json")
    let id = try #require(try reply.json()["id"]?.stringValue)
    #expect(isLowercaseUUIDv4(id))
    #expect(
      reply.text
        == #"{"id":"\#(id)","name":"Alice's Brand","externalId":"user-42","metadata":{"tier":"pro"},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}"#
    )
  }

  @Test func absentAndNullOptionalFieldsAreStoredAsNull() throws {
    let client = try TestClient()
    let absent = try client.createProfile(#"{"name":"A"}"#)
    let null = try client.createProfile(#"{"name":"B","externalId":null,"metadata":null}"#)
    for profile in [absent, null] {
      #expect(profile["externalId"] == .null)
      #expect(profile["metadata"] == .null)
    }
  }

  @Test func emptyMetadataObjectIsKeptAsAnEmptyObject() throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/profiles", body: #"{"name":"A","metadata":{}}"#)
    #expect(reply.status == 201)
    #expect(reply.text.contains(#""metadata":{},"#))
  }

  @Test func metadataComesBackByteForByte() throws {
    let client = try TestClient()
    let metadata = #"{"z":1,"a":1.50,"big":12345678901234567890,"nested":{"y":[1e3,-0.0,"\u00e9"],"x":null}}"#
    let created = client.send("POST", "/v1/profiles", body: #"{"name":"M","metadata":\#(metadata)}"#)
    #expect(created.status == 201)
    let id = try #require(try created.json()["id"]?.stringValue)
    let expected = #""metadata":{"z":1,"a":1.50,"big":12345678901234567890,"nested":{"y":[1e3,-0.0,"é"],"x":null}},"#
    #expect(created.text.contains(expected))
    #expect(client.send("GET", "/v1/profiles/\(id)").text.contains(expected))
  }

  @Test func nameIsStoredUnchangedWithoutTrimming() throws {
    let client = try TestClient()
    #expect(try client.createProfile(#"{"name":"  "}"#)["name"] == "  ")
    #expect(try client.createProfile(#"{"name":" Alice\n"}"#)["name"] == " Alice\n")
  }

  @Test func hundredEmojiNameIsAccepted() throws {
    let client = try TestClient()
    let name = String(repeating: "😀", count: 100)
    #expect(try client.createProfile(#"{"name":"\#(name)"}"#)["name"] == .string(name))
  }

  @Test func twoHundredCodePointExternalIdIsAccepted() throws {
    let client = try TestClient()
    let externalId = String(repeating: "é", count: 200)
    #expect(
      try client.createProfile(#"{"name":"A","externalId":"\#(externalId)"}"#)["externalId"] == .string(externalId))
  }

  @Test func unknownFieldsAreIgnored() throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/profiles", body: #"{"name":"A","isDefault":true,"color":[1]}"#)
    #expect(reply.status == 201)
    #expect(try reply.json().objectValue?.keys == ["id", "name", "externalId", "metadata", "createdAt", "updatedAt"])
  }

  @Test func idsAreDistinctLowercaseUUIDv4() throws {
    let client = try TestClient()
    var ids: Set<String> = []
    for _ in 0..<5 {
      let id = try #require(try client.createProfile()["id"]?.stringValue)
      #expect(isLowercaseUUIDv4(id))
      ids.insert(id)
    }
    #expect(ids.count == 5)
  }
}

/// `xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx` in lowercase hex.
func isLowercaseUUIDv4(_ text: String) -> Bool {
  let characters = Array(text)
  guard characters.count == 36 else { return false }
  for (index, character) in characters.enumerated() {
    switch index {
    case 8, 13, 18, 23: guard character == "-" else { return false }
    case 14: guard character == "4" else { return false }
    case 19: guard "89ab".contains(character) else { return false }
    default: guard "0123456789abcdef".contains(character) else { return false }
    }
  }
  return true
}

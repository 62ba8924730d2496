import SynJSON
import Testing

@testable import SynSimulator

@Suite struct PlanLimitTests {
  @Test func freshFreeAccountCannotCreateAProfile() throws {
    let client = try TestClient(plan: "free")
    let reply = client.send("POST", "/v1/profiles", body: #"{"name":"Second"}"#)
    #expect(reply.status == 402)
    #expect(
      reply.text
        == #"{"error":"profile_limit_reached","message":"The free plan allows 1 profile; upgrade to create more","current":1,"limit":1,"plan":"free","upgradeUrl":"https://synposter.com/pricing"}"#
    )
  }

  @Test func starterCapOfTenCountsTheDefaultProfile() throws {
    let client = try TestClient()
    for index in 1...9 { try client.createProfile(#"{"name":"P\#(index)"}"#) }
    let reply = client.send("POST", "/v1/profiles", body: #"{"name":"P10"}"#)
    #expect(reply.status == 402)
    #expect(
      reply.text
        == #"{"error":"profile_limit_reached","message":"The starter plan allows 10 profiles; upgrade to create more","current":10,"limit":10,"plan":"starter","upgradeUrl":"https://synposter.com/pricing"}"#
    )
  }

  @Test func deletingAProfileFreesASlot() throws {
    let client = try TestClient(plan: "free")
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"A"}"#).status == 402)
    #expect(client.send("DELETE", "/v1/profiles/\(try client.defaultProfileID())").status == 204)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"A"}"#).status == 201)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"B"}"#).status == 402)
  }

  @Test func growthAndScaleAreUnlimited() throws {
    for plan in ["growth", "scale"] {
      let client = try TestClient(plan: plan)
      for index in 1...25 { try client.createProfile(#"{"name":"P\#(index)"}"#) }
    }
  }

  @Test func externalIdConflictIsReportedBeforeTheCap() throws {
    let client = try TestClient(plan: "free")
    let id = try client.defaultProfileID()
    #expect(client.send("PATCH", "/v1/profiles/\(id)", body: #"{"externalId":"user-42"}"#).status == 200)
    let reply = client.send("POST", "/v1/profiles", body: #"{"name":"Again","externalId":"user-42"}"#)
    #expect(reply.status == 409)
    #expect(
      reply.text
        == #"{"error":"external_id_conflict","message":"Another profile already has externalId \"user-42\"","externalId":"user-42"}"#
    )
  }

  @Test func externalIdsAreUniqueAndCaseSensitive() throws {
    let client = try TestClient()
    try client.createProfile(#"{"name":"A","externalId":"abc"}"#)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"B","externalId":"abc"}"#).status == 409)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"B","externalId":"ABC"}"#).status == 201)
  }

  @Test func loweringThePlanKeepsProfilesButRefusesNewOnes() throws {
    let client = try TestClient()
    try client.createProfile()
    try client.control("/_sim/plan", #"{"plan":"free"}"#)
    #expect(try client.send("GET", "/v1/profiles").json()["pagination"]?["total"] == 2)
    let reply = client.send("POST", "/v1/profiles", body: #"{"name":"C"}"#)
    #expect(reply.status == 402)
    #expect(try reply.json()["current"] == 2)
    #expect(
      try client.send("GET", "/v1/usage").json()["profiles"]?.compactText == #"{"used":2,"limit":1,"remaining":0}"#)
  }
}

import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

@Suite struct IdempotencyTests {
  @Test func sameKeyAndBodyReplaysTheFirstAnswer() throws {
    let client = try TestClient()
    let body = #"{"name":"A","externalId":"e1"}"#
    let first = client.send("POST", "/v1/profiles", body: body, headers: [("Idempotency-Key", "k1")])
    #expect(first.status == 201)
    #expect(first.headers["Idempotent-Replayed"] == nil)
    let again = client.send("POST", "/v1/profiles", body: body, headers: [("Idempotency-Key", "k1")])
    #expect(again.status == 201)
    #expect(again.text == first.text)
    #expect(again.headers["Idempotent-Replayed"] == "true")
    #expect(try client.send("GET", "/v1/usage").json()["profiles"]?["used"] == 2)
  }

  @Test func sameKeyWithAnotherBodyIs409() throws {
    let client = try TestClient()
    #expect(
      client.send("POST", "/v1/profiles", body: #"{"name":"A"}"#, headers: [("Idempotency-Key", "k1")]).status == 201)
    let reply = client.send("POST", "/v1/profiles", body: #"{"name":"B"}"#, headers: [("Idempotency-Key", "k1")])
    #expect(reply.status == 409)
    #expect(
      reply.text
        == #"{"error":"idempotency_key_reused","message":"Idempotency-Key k1 was already used with a different request"}"#
    )
  }

  @Test func failuresAreNotRememberedSoARetryAfterA500Creates() throws {
    let client = try TestClient()
    try client.control("/_sim/fault", #"{"status":500}"#)
    let headers = [("Idempotency-Key", "k1")]
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"A"}"#, headers: headers).status == 500)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"A"}"#, headers: headers).status == 201)
  }

  @Test func keysExpireAfter24Hours() throws {
    let client = try TestClient()
    let headers = [("Idempotency-Key", "k1")]
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"A"}"#, headers: headers).status == 201)
    try client.control("/_sim/clock", #"{"advance":"24h"}"#)
    let later = client.send("POST", "/v1/profiles", body: #"{"name":"A"}"#, headers: headers)
    #expect(later.status == 201)
    #expect(later.headers["Idempotent-Replayed"] == nil)
    #expect(try client.send("GET", "/v1/usage").json()["profiles"]?["used"] == 3)
  }

  @Test func overlongKeyIs400() throws {
    let reply = try TestClient().send(
      "POST", "/v1/profiles", body: #"{"name":"A"}"#, headers: [("Idempotency-Key", String(repeating: "k", count: 256))]
    )
    #expect(reply.status == 400)
    #expect(try reply.json()["field"] == "Idempotency-Key")
  }
}

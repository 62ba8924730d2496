import SynHTTP
import Testing

@testable import SynSimulator

/// Tenant keys: from a per-server secret on `syn serve`, from the tenant's number alone in process.
@Suite struct KeySecretTests {
  @Test func twoSecretsHandOutDifferentKeysAndRefuseEachOthers() throws {
    let first = try TestClient(simulator: Simulator(keySecret: .random()))
    let second = try TestClient(simulator: Simulator(keySecret: .random()))
    #expect(first.synposterKey != second.synposterKey)
    #expect(first.synupKey != second.synupKey)
    #expect(first.send("GET", "/v1/profiles").status == 200)
    #expect(second.send("GET", "/v1/profiles", key: .other(first.synposterKey)).status == 401)
    let synup = SynupClient(tenant: second).get("/locations", key: first.synupKey)
    #expect(synup.status == 401, "\(synup.text)")
  }

  @Test func theKeysOfANumberAloneAreRefusedWhereASecretIsKept() throws {
    let guessed = try TestClient()  // in process: tenant 1's keys follow from the number 1
    let served = try TestClient(simulator: Simulator(keySecret: .random()))
    #expect(served.synposterKey != guessed.synposterKey)
    #expect(served.send("GET", "/v1/profiles", key: .other(guessed.synposterKey)).status == 401)
    #expect(
      served.send("POST", "/_sim/clock", body: #"{"advance":"+1d"}"#, key: .other(guessed.synposterKey)).status == 401)
  }

  @Test func theSameSecretGivesTheSameKeysAndNoSecretTheFixedOnes() throws {
    let secret = KeySecret.random()
    #expect(
      try TestClient(simulator: Simulator(keySecret: secret)).synupKey
        == (try TestClient(simulator: Simulator(keySecret: secret)).synupKey))
    let fixed = try TestClient()
    #expect(fixed.synposterKey == (try TestClient()).synposterKey)
    #expect(fixed.synposterKey.wholeMatch(of: /sk_live_[a-z0-9]{32}/) != nil)
    let served = try TestClient(simulator: Simulator(keySecret: secret))
    #expect(served.synposterKey.wholeMatch(of: /sk_live_[a-z0-9]{32}/) != nil)
    #expect(served.synupKey.wholeMatch(of: /[A-Za-z0-9]{40}/) != nil)
    #expect(KeySecret(text: secret.text) == secret)
    #expect(KeySecret(text: String(secret.text.dropLast())) == nil)
    #expect(KeySecret(text: String(secret.text.dropLast()) + "g") == nil)
  }
}

import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// Tenant keys and the tokens that open a flow without a key: from a per-server
/// secret on `syn serve`, from the tenant's number alone in process.
@Suite struct KeySecretTests {
  /// The upload URL of a new media file of `client`'s tenant.
  private func uploadURL(_ client: TestClient) throws -> String {
    let reply = client.send("POST", "/v1/media", body: #"{"filename":"a.png","mimeType":"image/png"}"#)
    try #require(reply.status == 201, "\(reply.text)")
    return try #require(try reply.json()["uploadUrl"]?.stringValue)
  }

  @Test func uploadTokensFollowFromTheServersSecretNotFromTheIdSequence() throws {
    let inProcess = try uploadURL(try TestClient())
    #expect(inProcess == (try uploadURL(try TestClient())))
    let served = try TestClient(simulator: Simulator(keySecret: .random()))
    let url = try uploadURL(served)
    #expect(url != inProcess)
    #expect(url != (try uploadURL(try TestClient(simulator: Simulator(keySecret: .random())))))
    #expect(url.wholeMatch(of: /http:\/\/localhost\/mock\/uploads\/t1_[0-9a-f]{32}/) != nil, "\(url)")
    // The token still finds its tenant and its file, and after a reset the next one is derived too.
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    let put = try served.open(url, method: "PUT", body: png, headers: [("Content-Type", "image/png")])
    #expect(put.status == 200, "\(put.text)")
    try served.control("/_sim/reset")
    let afterReset = try uploadURL(served)
    #expect(afterReset == url)
    #expect(afterReset != inProcess)
  }

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

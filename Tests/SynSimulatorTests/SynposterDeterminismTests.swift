import SynJSON
import Testing

@testable import SynSimulator

/// Ids, secrets and tweet ids follow the tenant's seed and clock, never the
/// wall clock (spec section 3 Ids; DESIGN Determinism).
@Suite struct SynposterDeterminismTests {
  /// Connects an account, posts, and announces a media file after seeding;
  /// the state's secret and the ids that came back.
  private func script(_ client: TestClient) throws -> [String?] {
    try client.control("/_sim/seed", #"{"seed":9}"#)
    let state = TestURL.parameter("state", in: try client.startConnect())
    let accountId = try #require(
      try client.control("/_sim/authorize", #"{"handle":"alice"}"#)["accountId"]?.stringValue)
    let post = try client.createPost(client.postBody(to: [accountId], text: "hello"))
    let media = try client.send("POST", "/v1/media", body: #"{"filename":"a.png","mimeType":"image/png"}"#).json()
    return [
      state?.split(separator: "_").last.map(String.init), accountId, post["id"]?.stringValue,
      post["results"]?[0]?["platformPostId"]?.stringValue, media["id"]?.stringValue,
    ]
  }

  @Test func twoTenantsWithTheSameSeedAnswerTheSame() throws {
    let simulator = Simulator()
    let first = try script(TestClient(simulator: simulator))
    let second = try script(TestClient(simulator: simulator))
    #expect(first.allSatisfy { $0 != nil })
    #expect(first == second)
  }

  @Test func aPostBodyOver1MBIsAnInvalidRequest() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let reply = client.post(client.postBody(to: [account], text: String(repeating: "a", count: 1 << 20)))
    #expect(reply.status == 400)
    #expect(reply.text == #"{"error":"invalid_request","message":"Request body is larger than 1 MB"}"#)
  }
}

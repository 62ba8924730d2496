import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// The links the simulator hands out point at the origin the request came to
/// (spec section 3, "Connect flow"): on `syn serve`, its Host; in process, http://localhost.
@Suite struct SimulatorLinkTests {
  static let host = [("Host", "127.0.0.1:8123")]

  @Test func authUrlAndItsRedirectUriUseTheRequestsHost() throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/connect/twitter", body: "{}", headers: Self.host)
    let url = try #require(try reply.json()["authUrl"]?.stringValue)
    #expect(url.hasPrefix("http://127.0.0.1:8123/mock/oauth/twitter/authorize?response_type=code&"))
    #expect(url.contains("&redirect_uri=http%3A%2F%2F127.0.0.1%3A8123%2Fv1%2Fconnect%2Ftwitter%2Fcallback&"))
  }

  @Test func theAuthorizationPageRedirectsToTheCallbackOnItsOwnHost() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    let page = try client.open(authUrl + "&handle=alice", headers: [("Host", "localhost:9000")])
    #expect(page.status == 302)
    #expect(page.headers["Location"]?.hasPrefix("http://localhost:9000/v1/connect/twitter/callback?code=") == true)
  }

  @Test func uploadUrlUsesTheRequestsHost() throws {
    let client = try TestClient()
    let reply = client.send(
      "POST", "/v1/media", body: #"{"filename":"a.png","mimeType":"image/png"}"#, headers: Self.host)
    #expect(reply.status == 201)
    let upload = try #require(try reply.json()["uploadUrl"]?.stringValue)
    #expect(upload.hasPrefix("http://127.0.0.1:8123/mock/uploads/"))
  }

  @Test func publicUrlUsesTheRequestsHostAndServesTheUploadedBytes() throws {
    let client = try TestClient()
    let media = try client.send(
      "POST", "/v1/media", body: #"{"filename":"cat photo.png","mimeType":"image/png"}"#, headers: Self.host
    ).json()
    let id = try #require(media["id"]?.stringValue)
    let publicURL = try #require(media["publicUrl"]?.stringValue)
    #expect(publicURL == "http://127.0.0.1:8123/mock/media/t1_\(id)/cat%20photo.png")
    let local = "http://localhost" + publicURL.dropFirst("http://127.0.0.1:8123".count)
    #expect(try client.open(local).status == 404, "nothing is served before the upload")
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
    let upload = try #require(media["uploadUrl"]?.stringValue)
    let put = try client.open(
      "http://localhost" + upload.dropFirst("http://127.0.0.1:8123".count), method: "PUT", body: png,
      headers: [("Content-Type", "image/png")])
    #expect(put.status == 200)
    let served = try client.open(local)
    #expect(served.status == 200)
    #expect(served.headers["Content-Type"] == "image/png")
    #expect(served.body == png)
    #expect(try client.open("http://localhost/mock/media/t1_\(id)/other.png").status == 404)
  }

  @Test func aPostTakesThePublicUrlOnWhateverOriginItWasHandedOut() throws {
    let client = try TestClient()
    let media = try client.send(
      "POST", "/v1/media", body: #"{"filename":"a.png","mimeType":"image/png"}"#, headers: Self.host
    ).json()
    let account = try client.connectAccount()
    let url = try #require(media["publicUrl"]?.stringValue)
    let post = try client.createPost(#"{"accountIds":["\#(account)"],"media":[{"type":"image","url":"\#(url)"}]}"#)
    // Synposter fetched it as this simulator's file: not uploaded yet, so X refuses it.
    #expect(
      post["results"]?[0]?["error"]?["message"]
        == .string("Media \(try #require(media["id"]?.stringValue)) was never uploaded"))
  }

  @Test(arguments: ["evil.example/phish?x=", "a b", "host\r\nX-Injected: 1", ""])
  func aHostThatIsNotAHostAndPortFallsBackToLocalhost(host: String) throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/connect/twitter", body: "{}", headers: [("Host", host)])
    let url = try #require(try reply.json()["authUrl"]?.stringValue)
    #expect(url.hasPrefix("http://localhost/mock/oauth/twitter/authorize?"))
  }
}

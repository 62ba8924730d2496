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

  @Test(arguments: ["evil.example/phish?x=", "a b", "host\r\nX-Injected: 1", ""])
  func aHostThatIsNotAHostAndPortFallsBackToLocalhost(host: String) throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/connect/twitter", body: "{}", headers: [("Host", host)])
    let url = try #require(try reply.json()["authUrl"]?.stringValue)
    #expect(url.hasPrefix("http://localhost/mock/oauth/twitter/authorize?"))
  }
}

import Foundation
import Testing

/// On `syn serve`, the connect flow's links lead back to the server they came
/// from, whatever its port: the spec's own `curl -L "$authUrl&handle=alice"`
/// follows them with a real HTTP client to the final redirect.
@Suite struct ServedLinkTests {
  @Test func curlFollowsAuthUrlThroughTheCallbackToTheRedirectUri() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    // The developer's redirectUri is a page of the same server (http is allowed for localhost only),
    // so the last hop stays on this machine.
    let port = try #require(server.origin.split(separator: ":").last)
    let start = try SynBinary.tool(
      "curl",
      [
        "-sS", "-X", "POST", "-H", "x-api-key: \(server.synposterKey)", "-H", "Content-Type: application/json",
        "--data-binary", #"{"redirectUri":"http://localhost:\#(port)/v1/health","state":"dev-1"}"#,
        server.origin + "/v1/connect/twitter",
      ])
    try #require(start.exitCode == 0, "curl failed: \(start.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(start.stdout.utf8)) as? [String: Any]
    let authUrl = try #require(object?["authUrl"] as? String, "no authUrl in \(start.stdout)")
    #expect(authUrl.hasPrefix(server.origin + "/mock/oauth/twitter/authorize?"))

    let followed = try SynBinary.tool(
      "curl",
      [
        "-sS", "-L", "--max-redirs", "3", "-o", "/dev/null", "-w", "%{url_effective} %{http_code}",
        authUrl + "&handle=alice",
      ])
    try #require(followed.exitCode == 0, "curl failed: \(followed.stderr)")
    let parts = followed.stdout.split(separator: " ")
    let finalURL = try #require(parts.first.map(String.init))
    #expect(parts.last == "200", "\(followed.stdout)")
    #expect(finalURL.hasPrefix("http://localhost:\(port)/v1/health?profileId="), "\(finalURL)")
    #expect(finalURL.contains("&accountId="))
    #expect(finalURL.contains("&handle=alice"))
    #expect(finalURL.hasSuffix("&state=dev-1"))
  }

  @Test func uploadUrlAndPublicUrlLeadToTheSameServer() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let created = try SynBinary.tool(
      "curl",
      [
        "-sS", "-X", "POST", "-H", "x-api-key: \(server.synposterKey)", "-H", "Content-Type: application/json",
        "--data-binary", #"{"filename":"dot.png","mimeType":"image/png"}"#, server.origin + "/v1/media",
      ])
    try #require(created.exitCode == 0, "curl failed: \(created.stderr)")
    let media = try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any]
    let uploadURL = try #require(media?["uploadUrl"] as? String, "\(created.stdout)")
    let publicURL = try #require(media?["publicUrl"] as? String, "\(created.stdout)")
    #expect(uploadURL.hasPrefix(server.origin + "/mock/uploads/"))
    #expect(publicURL.hasPrefix(server.origin + "/mock/media/"))

    let picture = FileManager.default.temporaryDirectory.appendingPathComponent("syn-dot-\(UUID().uuidString).png")
    defer { try? FileManager.default.removeItem(at: picture) }
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    try png.write(to: picture)
    let put = try SynBinary.tool(
      "curl",
      [
        "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "PUT", "-H", "Content-Type: image/png",
        "--data-binary", "@\(picture.path)", uploadURL,
      ])
    #expect(put.stdout == "200", "\(put.stdout) \(put.stderr)")
    let fetched = try SynBinary.tool("curl", ["-sS", "-D", "-", "-o", picture.path + ".out", publicURL])
    defer { try? FileManager.default.removeItem(atPath: picture.path + ".out") }
    #expect(fetched.stdout.hasPrefix("HTTP/1.1 200"), "\(fetched.stdout)")
    #expect(fetched.stdout.lowercased().contains("content-type: image/png"))
    #expect(FileManager.default.contents(atPath: picture.path + ".out") == png)
  }
}

import Foundation
import Testing

/// Nobody enters a tenant that is not theirs: every `syn serve` derives its keys from a secret of
/// its own, and off loopback the server-wide control routes need the admin token.
@Suite struct ServedKeysTests {
  /// One request on a fresh connection: its status and body.
  private func send(
    _ server: ServedSimulator, _ method: String, _ path: String, headers: [String] = [], body: String = ""
  ) throws -> RawHTTPResponse {
    let connection = try RawHTTPConnection(server)
    connection.send(method, path, headers: headers, body: Array(body.utf8))
    guard case .response(let response) = connection.readOutcome() else {
      throw RawHTTPConnection.Failure(description: "no answer to \(method) \(path)")
    }
    return response
  }

  @Test func twoServersHandOutDifferentKeysAndRefuseEachOthers() throws {
    let first = try ServedSimulator()
    defer { _ = first.stop() }
    let second = try ServedSimulator()
    defer { _ = second.stop() }
    #expect(first.synposterKey != second.synposterKey)
    #expect(first.synupKey != second.synupKey)
    #expect(try send(first, "GET", "/v1/profiles", headers: ["x-api-key: \(first.synposterKey)"]).status == 200)
    let foreign = try send(second, "GET", "/v1/profiles", headers: ["x-api-key: \(first.synposterKey)"])
    #expect(foreign.status == 401, "\(foreign.text)")
    let foreignSynup = try send(second, "GET", "/api/v4/locations", headers: ["Authorization: API \(first.synupKey)"])
    #expect(foreignSynup.status == 401, "\(foreignSynup.text)")
    // Tenants signed up later differ too: each server's second tenant has keys of its own.
    let signUps = try [first, second].map { try send($0, "POST", "/_sim/tenants").text }
    #expect(signUps[0] != signUps[1])
  }

  @Test func offLoopbackCreatingATenantNeedsTheAdminToken() throws {
    let server = try ServedSimulator(["--host", "0.0.0.0"])
    defer { _ = server.stop() }
    let token = try #require(server.adminToken, "no admin token in the banner")
    #expect(token.count == 32)

    let bare = try send(server, "POST", "/_sim/tenants")
    #expect(bare.status == 401)
    #expect(bare.headers["content-type"] == "application/json")
    #expect(bare.text.contains(#""error":"admin_token_required""#), "\(bare.text)")
    let wrong = try send(server, "POST", "/_sim/tenants", headers: ["X-Syn-Admin-Token: \(token)x"])
    #expect(wrong.status == 403)
    #expect(wrong.text.contains(#""error":"admin_token_invalid""#), "\(wrong.text)")
    // A tenant's key is no admin token.
    let keyed = try send(server, "POST", "/_sim/snapshot", headers: ["x-api-key: \(server.synposterKey)"])
    #expect(keyed.status == 401, "\(keyed.text)")

    let created = try send(server, "POST", "/_sim/tenants", headers: ["X-Syn-Admin-Token: \(token)"])
    #expect(created.status == 201, "\(created.text)")
    // Tenant-scoped control routes keep taking the tenant's own key.
    let clock = try send(
      server, "POST", "/_sim/clock", headers: ["x-api-key: \(server.synposterKey)"], body: #"{"advance":"+1d"}"#)
    #expect(clock.status == 200, "\(clock.text)")
  }

  @Test func aGivenAdminTokenIsNotPrintedAndLoopbackNeedsNone() throws {
    let guarded = try ServedSimulator(["--host", "0.0.0.0", "--admin-token", "team-sandbox-token"])
    defer { _ = guarded.stop() }
    let line = try #require(guarded.adminTokenLine)
    #expect(line.contains("the one given with --admin-token"))
    #expect(!line.contains("team-sandbox-token"))
    #expect(try send(guarded, "POST", "/_sim/tenants").status == 401)
    let created = try send(guarded, "POST", "/_sim/tenants", headers: ["X-Syn-Admin-Token: team-sandbox-token"])
    #expect(created.status == 201)

    let local = try ServedSimulator()
    defer { _ = local.stop() }
    #expect(local.adminTokenLine == nil)
    #expect(try send(local, "POST", "/_sim/tenants").status == 201)
  }
}

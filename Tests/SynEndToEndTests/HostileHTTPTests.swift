import Foundation
import SynJSON
import Testing

/// Clients that break HTTP against `syn serve`: each gets a clear 4xx (a JSON error where the
/// server can still answer) or a closed connection, within the request timeout, and the server
/// goes on serving everyone else. Served with a 2-second request timeout; reads wait up to 30 s,
/// so a server that hangs fails the test rather than blocking it.
@Suite(.serialized) struct HostileHTTPTests {
  private static let timeoutSeconds = 2

  private func serve(_ arguments: [String] = []) throws -> ServedSimulator {
    try ServedSimulator(["--request-timeout", String(Self.timeoutSeconds)] + arguments)
  }

  /// The JSON error `connection` answers, and the connection closed after it.
  private func expectError(
    _ connection: RawHTTPConnection, _ status: Int, _ code: String, closes: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard case .response(let response) = connection.readOutcome() else {
      Issue.record("no response", sourceLocation: sourceLocation)
      return
    }
    #expect(response.status == status, "\(response.text)", sourceLocation: sourceLocation)
    #expect(response.headers["content-type"] == "application/json", sourceLocation: sourceLocation)
    #expect(try JSONValue(parsing: response.body)["error"] == .string(code), sourceLocation: sourceLocation)
    if closes {
      #expect(connection.readOutcome() == .closed, sourceLocation: sourceLocation)
    }
  }

  /// A well-formed request on a new connection is still answered.
  private func expectServing(_ server: ServedSimulator, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let connection = try RawHTTPConnection(server)
    connection.send("GET", "/v1/usage", headers: ["x-api-key: \(server.synposterKey)"])
    guard case .response(let response) = connection.readOutcome() else {
      Issue.record("the server stopped answering", sourceLocation: sourceLocation)
      return
    }
    #expect(response.status == 200, sourceLocation: sourceLocation)
  }

  private func profileCount(_ server: ServedSimulator) throws -> JSONValue? {
    let connection = try RawHTTPConnection(server)
    connection.send("GET", "/v1/usage", headers: ["x-api-key: \(server.synposterKey)"])
    guard case .response(let response) = connection.readOutcome() else { return nil }
    return try JSONValue(parsing: response.body)["profiles"]?["used"]
  }

  @Test(arguments: [
    "GARBAGE\r\n\r\n",
    "GET /v1/usage HTTP/9.9\r\n\r\n",
    "GET /v1/usage HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n",
    "GET /v1/usage HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n",
    "POST /v1/profiles HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n",
    "POST /v1/profiles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
    "GET /v1/usage HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
  ])
  func malformedRequestsGetAJSON400AndAClose(_ request: String) throws {
    let server = try serve()
    defer { _ = server.stop() }
    let connection = try RawHTTPConnection(server)
    connection.send(request)
    try expectError(connection, 400, "bad_request")
    try expectServing(server)
  }

  @Test func oversizedHeadersGetA431() throws {
    let server = try serve()
    defer { _ = server.stop() }
    let connection = try RawHTTPConnection(server)
    connection.send("GET", "/v1/usage", headers: ["X-Padding: " + String(repeating: "a", count: 200 * 1024)])
    try expectError(connection, 431, "headers_too_large")
    let many = try RawHTTPConnection(server)
    many.send("GET", "/v1/usage", headers: (0..<5000).map { "X-Field-\($0): v" })
    try expectError(many, 431, "headers_too_large")
    try expectServing(server)
  }

  @Test func oversizedBodiesGetA413AndNothingIsCreated() throws {
    let server = try serve(["--max-body", "1024"])
    defer { _ = server.stop() }
    let connection = try RawHTTPConnection(server)
    let body = Array(#"{"name":"\#(String(repeating: "n", count: 4096))"}"#.utf8)
    connection.send("POST", "/v1/profiles", headers: ["x-api-key: \(server.synposterKey)"], body: body)
    try expectError(connection, 413, "payload_too_large", closes: false)
    #expect(try profileCount(server) == 1)
  }

  @Test func invalidUTF8GetsAClearAnswer() throws {
    let server = try serve()
    defer { _ = server.stop() }
    let key = "x-api-key: \(server.synposterKey)"
    let path = try RawHTTPConnection(server)
    path.send(Array("GET /v1/profiles/".utf8) + [0xFF, 0xFE] + Array(" HTTP/1.1\r\nHost: x\r\n\(key)\r\n\r\n".utf8))
    guard case .response(let answer) = path.readOutcome() else {
      Issue.record("no answer to a path of invalid UTF-8")
      return
    }
    #expect((400..<500).contains(answer.status), "\(answer.text)")

    let header = try RawHTTPConnection(server)
    header.send(
      [UInt8]("GET /v1/usage HTTP/1.1\r\nHost: x\r\nx-api-key: ".utf8) + [0xC3, 0x28, 0xFF] + Array("\r\n\r\n".utf8))
    try expectError(header, 401, "unauthorized", closes: false)

    let body = try RawHTTPConnection(server)
    body.send(
      "POST", "/v1/profiles", headers: [key], body: Array(#"{"name":""#.utf8) + [0xFF, 0xC0, 0x80] + Array(#""}"#.utf8))
    try expectError(body, 400, "invalid_json", closes: false)
    #expect(try profileCount(server) == 1)
  }

  @Test func aClientThatNeverFinishesItsHeadersIsClosed() throws {
    let server = try serve()
    defer { _ = server.stop() }
    let slow = try RawHTTPConnection(server)
    slow.send("GET /v1/usage HTTP/1.1\r\nHost: x\r\n")
    // A header line every half second, for up to 30 s: the server must hang up long before.
    for index in 0..<60 where !slow.waitForInput(seconds: 0.5) {
      slow.send("X-Slow-\(index): still here\r\n")
    }
    #expect(slow.readOutcome() == .closed)
    try expectServing(server)
  }

  @Test func aBodyThatTricklesInGetsA408AndIsNotActedOn() throws {
    let server = try serve()
    defer { _ = server.stop() }
    let slow = try RawHTTPConnection(server)
    let head =
      "POST /v1/profiles HTTP/1.1\r\nHost: x\r\nx-api-key: \(server.synposterKey)\r\nContent-Length: 100\r\n\r\n"
    slow.send(head + #"{"name":"#)
    // A byte every half second keeps Hummingbird's idle timer fresh; the body deadline still runs.
    for _ in 0..<60 where !slow.waitForInput(seconds: 0.5) {
      slow.send(" ")
    }
    try expectError(slow, 408, "request_timeout")
    #expect(try profileCount(server) == 1)
  }

  @Test func aRequestCutShortIsNotActedOn() throws {
    let server = try serve()
    defer { _ = server.stop() }
    let connection = try RawHTTPConnection(server)
    // A body that is valid JSON up to where it stops: acting on it would create a profile.
    connection.send(
      "POST /v1/profiles HTTP/1.1\r\nHost: x\r\nx-api-key: \(server.synposterKey)\r\n"
        + "Content-Length: 40\r\n\r\n{\"name\":\"cut\"}")
    connection.finishSending()
    #expect(connection.isClosed(within: 30))
    #expect(try profileCount(server) == 1)
  }

  @Test func manyIdleConnectionsAreClosedAndOthersServedMeanwhile() throws {
    let server = try serve()
    defer { _ = server.stop() }
    let idle = try (0..<300).map { index in
      let connection = try RawHTTPConnection(server)
      if index.isMultiple(of: 2) { connection.send("GET /v1/usage HTTP/1.1\r\n") }
      return connection
    }
    try expectServing(server)
    for connection in idle {
      #expect(connection.isClosed(within: 30))
    }
    try expectServing(server)
  }
}

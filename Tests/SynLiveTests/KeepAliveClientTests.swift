import Foundation
import NIOHTTP1
import SynHTTP
import Testing

@testable import SynLive

/// The live backend's own HTTP/1.1 client against servers that do one thing each:
/// connection reuse, servers that close, body framings and the request's head.
@Suite struct KeepAliveClientTests {
  static let okay = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"

  func send(
    _ method: String, _ path: String = "/v1/x", body: String = "", to server: ScriptedServer,
    backend: LiveBackend = LiveBackend(userAgent: "syn/9.9")
  ) async throws -> HTTPResponse {
    let options = RequestOptions(timeoutMilliseconds: 5000, origin: server.origin)
    return try await backend.send(HTTPRequest(method: method, path: path, body: Array(body.utf8)), options: options)
  }

  /// Answers every request on every connection with `answer`, and keeps the connection open.
  static func answering(_ answer: String) -> @Sendable (ScriptedServer.Served) -> Void {
    { connection in
      while connection.nextRequest() != nil {
        connection.write(answer)
      }
    }
  }

  @Test func twoRequestsInARowShareOneConnection() async throws {
    let server = try ScriptedServer(serve: Self.answering(Self.okay))
    defer { server.stop() }
    #expect(try await send("GET", to: server).body == Array("ok".utf8))
    #expect(try await send("GET", to: server).body == Array("ok".utf8))
    #expect(server.connections == 1)
    #expect(server.requests.map(\.connection) == [1, 1])
  }

  @Test func aConnectionClosedAfterItsAnswerIsNotUsedAgain() async throws {
    // Answers with keep-alive, then closes: the next request goes on a new connection.
    let server = try ScriptedServer { connection in
      guard connection.nextRequest() != nil else { return }
      connection.write(Self.okay)
      connection.close()
    }
    defer { server.stop() }
    #expect(try await send("GET", to: server).status == 200)
    try await Task.sleep(for: .milliseconds(100))
    #expect(try await send("GET", to: server).status == 200)
    #expect(server.connections == 2)
  }

  @Test func aRequestLostOnAKeptConnectionTheServerClosedGoesAgainOnANewOne() async throws {
    // The first connection answers one request, then reads the next and closes without a byte: as
    // a server does whose idle timeout ends the connection just as the request arrives.
    let server = try ScriptedServer { connection in
      guard connection.nextRequest() != nil else { return }
      connection.write(Self.okay)
      if connection.number == 1 {
        _ = connection.nextRequest()
        connection.close()
      } else {
        Self.answering(Self.okay)(connection)
      }
    }
    defer { server.stop() }
    #expect(try await send("GET", to: server).status == 200)
    #expect(try await send("GET", "/v1/again", to: server).status == 200)
    #expect(server.connections == 2)
    #expect(server.requests.map(\.line) == ["GET /v1/x HTTP/1.1", "GET /v1/again HTTP/1.1", "GET /v1/again HTTP/1.1"])
  }

  @Test func aPostTheServerTookAndClosedOnIsNotSentAgain() async throws {
    let server = try ScriptedServer { connection in
      guard connection.nextRequest() != nil else { return }
      connection.write(Self.okay)
      _ = connection.nextRequest()
      connection.close()
    }
    defer { server.stop() }
    #expect(try await send("GET", to: server).status == 200)
    await #expect {
      _ = try await send("POST", "/v1/posts", body: "{}", to: server)
    } throws: { error in
      "\(error)" == "no answer from 127.0.0.1:\(server.port): the server closed the connection"
    }
    #expect(server.requests.filter { $0.line.hasPrefix("POST") }.count == 1)
    #expect(server.connections == 1)
  }

  @Test func aConnectionCloseAnswerEndsTheConnection() async throws {
    // The server leaves the connection open: only the client's reading of the answer ends it.
    let server = try ScriptedServer(
      serve: Self.answering("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"))
    defer { server.stop() }
    #expect(try await send("GET", to: server).body == Array("ok".utf8))
    #expect(try await send("GET", to: server).body == Array("ok".utf8))
    #expect(server.requests.map(\.connection) == [1, 2])
  }

  @Test func aChunkedBodyIsReadWholeAndKeepsTheConnection() async throws {
    let chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
    let server = try ScriptedServer(serve: Self.answering(chunked))
    defer { server.stop() }
    #expect(try await send("GET", to: server).body == Array("hello world".utf8))
    #expect(try await send("GET", to: server).body == Array("hello world".utf8))
    #expect(server.connections == 1)
  }

  @Test func aBodyReadToTheConnectionsEndIsWhole() async throws {
    let server = try ScriptedServer { connection in
      guard connection.nextRequest() != nil else { return }
      connection.write("HTTP/1.1 200 OK\r\n\r\nuntil the end")
      connection.close()
    }
    defer { server.stop() }
    #expect(try await send("GET", to: server).body == Array("until the end".utf8))
    #expect(try await send("GET", to: server).body == Array("until the end".utf8))
    #expect(server.connections == 2)
  }

  @Test(arguments: [
    "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world",
    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
  ])
  func aBodyLargerThanTheLimitIsAnError(answer: String) async throws {
    let server = try ScriptedServer(serve: Self.answering(answer))
    defer { server.stop() }
    var backend = LiveBackend()
    backend.maximumBodyBytes = 10
    await #expect {
      _ = try await send("GET", to: server, backend: backend)
    } throws: { error in
      "\(error)" == "no answer from 127.0.0.1:\(server.port): the response is larger than 10 bytes"
    }
    backend.maximumBodyBytes = 11
    #expect(try await send("GET", to: server, backend: backend).body == Array("hello world".utf8))
  }

  @Test func aHeadAnswerHasNoBodyAndTheConnectionGoesOn() async throws {
    let server = try ScriptedServer(answering: { line in
      line.hasPrefix("HEAD")
        ? "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n" : "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
    })
    defer { server.stop() }
    let head = try await send("HEAD", to: server)
    #expect(head.status == 200 && head.body.isEmpty && head.headers["Content-Length"] == "5")
    #expect(try await send("GET", to: server).body == Array("hello".utf8))
    #expect(server.connections == 1)
  }

  @Test func noContentAndNotModifiedHaveNoBody() async throws {
    let server = try ScriptedServer(answering: { line in
      line.hasPrefix("GET /204")
        ? "HTTP/1.1 204 No Content\r\n\r\n" : "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n"
    })
    defer { server.stop() }
    #expect(try await send("GET", "/204", to: server).status == 204)
    #expect(try await send("GET", "/304", to: server).status == 304)
    #expect(try await send("GET", "/204", to: server).status == 204)
    #expect(server.connections == 1)
  }

  @Test func aRedirectIsAnsweredAsItIs() async throws {
    let server = try ScriptedServer(
      serve: Self.answering("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n"))
    defer { server.stop() }
    let response = try await send("GET", to: server)
    #expect(response.status == 302 && response.headers["location"] == "/elsewhere")
    #expect(server.requests.count == 1)
  }

  @Test func theRequestsHeadNamesTheHostTheSenderAndTheBodysLength() async throws {
    let server = try ScriptedServer(serve: Self.answering(Self.okay))
    defer { server.stop() }
    _ = try await send("POST", "/v1/posts", body: "{\"a\":1}", to: server)
    _ = try await send("POST", "/v1/posts", to: server)
    _ = try await send("GET", "/v1/usage", to: server)
    let requests = server.requests
    try #require(requests.count == 3)
    #expect(requests[0].line == "POST /v1/posts HTTP/1.1")
    #expect(requests[0].fields.first == "host: 127.0.0.1:\(server.port)")
    #expect(requests[0].fields.contains("user-agent: syn/9.9"))
    #expect(requests[0].fields.contains("accept: application/json"))
    #expect(requests[0].fields.contains("content-length: 7"))
    #expect(requests[0].body == Array("{\"a\":1}".utf8))
    // A POST without a body says so; a GET without one says nothing of a body.
    #expect(requests[1].fields.contains("content-length: 0"))
    #expect(!requests[2].fields.contains { $0.hasPrefix("content-length:") || $0.hasPrefix("transfer-encoding:") })
  }

  @Test func theHostFieldHasThePortOnlyWhenItIsNotTheSchemesOwn() throws {
    let request = HTTPRequest(method: "GET", path: "/v1/x")
    let field = { (origin: String) in
      try OutgoingRequest(request, to: ParsedOrigin.parsing(origin), userAgent: "syn").head.headers["Host"]
    }
    #expect(try field("https://api.synup.com") == ["api.synup.com"])
    #expect(try field("https://api.synup.com:8443/") == ["api.synup.com:8443"])
    #expect(try field("http://127.0.0.1:80") == ["127.0.0.1"])
    #expect(try field("http://127.0.0.1:9") == ["127.0.0.1:9"])
    let secure = try ParsedOrigin.parsing("https://api.synup.com").endpoint
    #expect(secure == Endpoint(isSecure: true, host: "api.synup.com", port: 443, serverName: "api.synup.com"))
    // An IP address is no server name for TLS.
    #expect(try ParsedOrigin.parsing("https://127.0.0.1:8443").endpoint.serverName == nil)
  }

  @Test func aHeaderThatWouldSplitTheHeadIsRefusedBeforeSending() async throws {
    let server = try ScriptedServer(serve: Self.answering(Self.okay))
    defer { server.stop() }
    let request = HTTPRequest(method: "GET", path: "/v1/x", headers: HTTPHeaders([("X-Note", "a\r\nX-Evil: 1")]))
    await #expect {
      _ = try await LiveBackend().send(request, options: RequestOptions(origin: server.origin))
    } throws: { error in
      "\(error)".hasSuffix("the header X-Note cannot be sent: its name or value has a character HTTP forbids")
    }
    #expect(server.requests.isEmpty)
  }

  @Test func anHTTPSOriginIsSpokenToInTLS() async throws {
    // A server that answers in plain HTTP at once: the TLS handshake fails on it.
    let server = try ScriptedServer { connection in
      connection.write(Self.okay)
      connection.close()
    }
    defer { server.stop() }
    let options = RequestOptions(timeoutMilliseconds: 5000, origin: "https://127.0.0.1:\(server.port)")
    await #expect {
      _ = try await LiveBackend().send(HTTPRequest(method: "GET", path: "/v1/x"), options: options)
    } throws: { error in
      "\(error)".hasPrefix("no answer from 127.0.0.1:\(server.port): handshakeFailed(")
    }
    #expect(server.connections == 1)
  }
}

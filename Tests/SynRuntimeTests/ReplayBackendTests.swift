import Foundation
import SynHTTP
import SynJSON
import SynRuntime
import SynTestSupport
import Testing

/// `--backend replay`: which recorded answer a request gets, and what an unmatched request is told.
@Suite struct ReplayBackendTests {
  static let first = "3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b"
  static let second = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"

  static func exchange(
    _ method: String, _ path: String, query: [QueryItem] = [], body: JSONValue? = nil, status: Int = 200,
    answer: JSONValue, page: String? = nil
  ) -> RecordedExchange {
    RecordedExchange(
      page: page, startedAt: Date(), milliseconds: 1, origin: "https://api.synposter.com",
      request: HTTPRequest(method: method, path: path, query: query, body: body?.compactBytes ?? []),
      response: HTTPResponse(status: status, body: answer.compactBytes), statement: "create profile", source: "a.syn:3")
  }

  static func body(_ response: HTTPResponse) throws -> JSONValue {
    try JSONValue(parsing: response.body)
  }

  @Test func theNthRequestOfAShapeGetsTheNthRecordedAnswer() async throws {
    let replay = ReplayBackend(
      exchanges: [
        Self.exchange("GET", "/v1/profiles", answer: ["page": 1]),
        Self.exchange("GET", "/v1/profiles", answer: ["page": 2]),
      ], cassette: "r.har")
    #expect(try Self.body(try await replay.send(HTTPRequest(method: "GET", path: "/v1/profiles")))["page"] == 1)
    #expect(try Self.body(try await replay.send(HTTPRequest(method: "GET", path: "/v1/profiles")))["page"] == 2)
    await #expect {
      try await replay.send(HTTPRequest(method: "GET", path: "/v1/profiles"))
    } throws: { error in
      "\(error)".contains("answers this request 2 times, and each answer is used")
    }
  }

  @Test func anIDSentBackIsMatchedByTheAnswerThatGaveIt() async throws {
    let recording = [
      Self.exchange("POST", "/v1/profiles", body: ["name": "A"], status: 201, answer: ["id": .string(Self.first)]),
      Self.exchange("POST", "/v1/profiles", body: ["name": "B"], status: 201, answer: ["id": .string(Self.second)]),
      Self.exchange("GET", "/v1/profiles/\(Self.first)", answer: ["name": "A"]),
    ]
    let replay = ReplayBackend(exchanges: recording, cassette: "r.har")
    _ = try await replay.send(HTTPRequest(method: "POST", path: "/v1/profiles", body: Array(#"{"name":"A"}"#.utf8)))
    _ = try await replay.send(HTTPRequest(method: "POST", path: "/v1/profiles", body: Array(#"{"name":"B"}"#.utf8)))
    // The second answer's id is an id too, but not the one from the first answer's position.
    await #expect {
      try await replay.send(HTTPRequest(method: "GET", path: "/v1/profiles/\(Self.second)"))
    } throws: { error in
      "\(error)".contains("path: recorded /v1/profiles/\(Self.first), sent /v1/profiles/\(Self.second)")
    }
    let answer = try await replay.send(HTTPRequest(method: "GET", path: "/v1/profiles/\(Self.first)"))
    #expect(try Self.body(answer)["name"] == "A")
  }

  @Test func aGeneratedValueTheClientMadeMatchesAnyOfItsKind() async throws {
    let replay = ReplayBackend(
      exchanges: [
        Self.exchange(
          "POST", "/v1/posts", body: ["requestId": .string(Self.first), "at": "2026-01-01T00:00:00Z"], status: 201,
          answer: ["ok": true])
      ], cassette: "r.har")
    let body: JSONValue = ["requestId": .string(Self.second), "at": "2027-06-30T12:00:00Z"]
    let request = HTTPRequest(method: "POST", path: "/v1/posts", body: body.compactBytes)
    #expect(try await replay.send(request).status == 201)
  }

  @Test func anUnmatchedRequestNamesTheNearestRecordedOneAndEachDifference() async throws {
    let replay = ReplayBackend(
      exchanges: [
        Self.exchange("GET", "/v1/profiles", query: [QueryItem(name: "limit", value: "2")], answer: []),
        Self.exchange(
          "POST", "/v1/profiles", body: ["name": "Alice", "externalId": "user-42"], status: 201, answer: [:]),
      ], cassette: "r.har")
    let sent = HTTPRequest(
      method: "POST", path: "/v1/profiles", body: Array(#"{"name":"Alicia","externalId":"user-42","x":1}"#.utf8))
    await #expect {
      try await replay.send(sent)
    } throws: { error in
      let message = "\(error)"
      return message.contains(
        "no request recorded in r.har matches it; the nearest is log.entries[1], POST /v1/profiles")
        && message.contains("(sent by a.syn:3 `create profile`)")
        && message.contains(#"body .name: recorded "Alice", sent "Alicia""#)
        && message.contains("body .x: not recorded, sent 1") && !message.contains("externalId")
    }
    await #expect {
      try await replay.send(
        HTTPRequest(method: "GET", path: "/v1/profiles", query: [QueryItem(name: "limit", value: "3")]))
    } throws: { error in
      "\(error)".contains("query limit: recorded 2, sent 3")
        && "\(error)".contains("log.entries[0], GET /v1/profiles?limit=2")
    }
  }

  @Test func eachCaseIsAnsweredFromItsOwnPage() async throws {
    let replay = ReplayBackend(
      exchanges: [
        Self.exchange("GET", "/v1/me", answer: ["case": "one"], page: "a.syn › one"),
        Self.exchange("GET", "/v1/me", answer: ["case": "two"], page: "a.syn › two"),
      ], cassette: "r.har")
    let answer = try await CasePage.$current.withValue(CasePage(file: "a.syn", testCase: "two")) {
      try await replay.send(HTTPRequest(method: "GET", path: "/v1/me"))
    }
    #expect(try Self.body(answer)["case"] == "two")
  }

  @Test func aRecordingWithoutTheControlPlaneRefusesASignUpAsAServerWithoutOne() async throws {
    let replay = ReplayBackend(exchanges: [Self.exchange("GET", "/v1/me", answer: [:])], cassette: "r.har")
    #expect(try await replay.send(ControlRoute.signUp()).status == 404)
  }

  @Test func aRecordedRunReplaysToTheSameResults() async throws {
    let (recorder, recorded) = await HARRecorderTests.record()
    let exchanges = try HARFormat.exchanges(in: recorder.document)
    let (_, replayed) = await HARRecorderTests.record(backend: ReplayBackend(exchanges: exchanges, cassette: "r.har"))
    #expect(replayed.map(\.name) == recorded.map(\.name))
    #expect(replayed.allSatisfy { !$0.outcome.isFailure }, "\(replayed.map(\.outcome))")
    // An edited statement is not answered.
    let (_, edited) = await HARRecorderTests.record(
      HARRecorderTests.script.replacing("name=\"Alice\"", with: "name=\"Alicia\""),
      backend: ReplayBackend(exchanges: exchanges, cassette: "r.har"))
    guard case .failed(let failure) = edited.first?.outcome else {
      Issue.record("the edited case did not fail: \(String(describing: edited.first?.outcome))")
      return
    }
    #expect(failure.report.contains(#"body .name: recorded "Alice", sent "Alicia""#), "\(failure.report)")
    #expect(failure.report.contains("cases.syn:2:"), "\(failure.report)")
  }
}

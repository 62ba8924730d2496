import SynCatalog
import SynHTTP
import SynJSON
import SynRuntime
import SynSimulator
import Testing

/// `expect body conforms` (language.md 4.1): the last body against the schema
/// `/openapi.json` declares for its operation and status.
@Suite struct BodyConformanceTests {
  @Test func catalogAnswersConformOnSuccessAndError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      create profile name="Alice" metadata={"tier": "pro"} as alice
      expect status 201
      expect body conforms
      create profile
      expect status 400
      expect body conforms
      get profile $alice.id
      expect body conforms
      get profile nope
      expect status 404
      expect body conforms
      list profiles
      expect body conforms
      delete profile $alice.id
      expect status 204
      expect body conforms
      use synup
      create folder name="f"
      expect status 200
      expect body conforms
      create folder name="f"
      expect .data.createFolder.success == false
      expect body conforms
      list roles
      expect body conforms
      """)
    #expect(stop == nil, "\(stop?.report ?? "")")
  }

  /// Each operation of both catalogs, sent raw with `x` for every path parameter
  /// (and `{}` for a body): whatever the simulator answers, success or error, conforms.
  @Test(arguments: APIName.allCases)
  func everyOperationAnsweredRawConforms(api: APIName) async throws {
    let harness = try await Harness.start()
    var script = ["use \(api.rawValue)"]
    for operation in Catalog.named(api).operations {
      let path = operation.path.replacing(/\{[^}]*\}/, with: "x")
      script.append("send \(operation.method) \(path)" + (operation.body == .none ? "" : " body {}"))
      script.append("expect body conforms")
    }
    let stop = await harness.run(script.joined(separator: "\n"))
    #expect(stop == nil, "\(stop?.report ?? "")")
  }

  @Test func aBodyThatDriftedFailsNamingEveryPath() async throws {
    let harness = try await Harness.start(backend: DriftingBackend())
    let stop = try #require(await harness.run("create profile name=Alice\nexpect body conforms"))
    let lines = stop.report.split(separator: "\n").map(String.init)
    #expect(lines.first == "test.syn:2:1: expectation failed: expect body conforms", "\(stop.report)")
    #expect(lines.contains { $0.hasPrefix("  .id:") && $0.hasSuffix("expected string, actual 42") }, "\(stop.report)")
    #expect(
      lines.contains { $0.hasPrefix("  .createdAt:") && $0.hasSuffix(#"expected a date-time, actual "yesterday""#) },
      "\(stop.report)")
    #expect(
      lines.contains { $0.hasPrefix("  .nickname:") && $0.hasSuffix("not declared by the schema, actual \"Al\"") })
    #expect(lines.contains { $0.hasPrefix("  schema:") && $0.hasSuffix("create profile 201 in /openapi.json") })
    #expect(lines.last?.hasPrefix("  response:") == true)
    #expect(stop.isExpectationFailure)
  }

  @Test func aStatusWithNoDeclaredSchemaIsARuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      "mock fault 503 times 1 on create profile\ncreate profile name=A\nexpect body conforms")
    let message = try #require(stop?.runtimeMessage, "a pass or a failure instead of a runtime error")
    #expect(message.hasPrefix("create profile declares no answer with status 503"), "\(message)")
  }

  @Test func aRequestNoOperationAnswersIsARuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("send GET /v1/nowhere\nexpect body conforms")
    let message = try #require(stop?.runtimeMessage, "a pass or a failure instead of a runtime error")
    #expect(message.contains("no synposter operation answers GET /v1/nowhere"), "\(message)")
  }

  @Test func withoutARequestItIsARuntimeError() async throws {
    let harness = try await Harness.start()
    #expect(await harness.run("expect body conforms")?.runtimeMessage != nil)
  }
}

/// The simulator, except that a created profile comes back the way an API
/// that drifted from its documentation might answer it.
private struct DriftingBackend: Backend {
  let simulator = SimulatorBackend()

  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    var response = try await simulator.send(request)
    guard request.method == "POST", request.path == "/v1/profiles",
      var profile = try? JSONValue(parsing: response.body).objectValue
    else {
      return response
    }
    profile["id"] = 42
    profile["createdAt"] = "yesterday"
    profile["nickname"] = "Al"
    response.body = JSONValue.object(profile).compactBytes
    return response
  }
}

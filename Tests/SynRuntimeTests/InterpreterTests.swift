import SynHTTP
import SynJSON
import SynRuntime
import Testing

/// Variables, interpolation, control statements and the mock control plane.
@Suite struct InterpreterTests {
  @Test func letBindsPathsAndAsBindsBodies() async throws {
    let harness = try await Harness.start()
    await harness.run(
      "create profile name=a metadata={\"tier\": \"pro\"} as alice\nlet tier = $alice.metadata.tier\nlet id = .id")
    #expect(harness.session.variables["tier"] == "pro")
    #expect(harness.session.variables["id"] == harness.session.variables["alice"]?["id"])
  }

  @Test func interpolationWritesStringsRawAndOtherValuesAsJSON() async throws {
    let harness = try await Harness.start()
    await harness.run("let m = {\"a\": [1, 2]}\nlet s = \"x\"\nprint \"m=$m s=$s n=${m.a[1]} \\$literal\"")
    #expect(harness.output.standard == "m={\"a\":[1,2]} s=x n=2 $literal\n")
  }

  @Test func undefinedVariableIsAnErrorWithSuggestion() async throws {
    let harness = try await Harness.start()
    await harness.run("let alice = 1")
    let stop = await harness.run("print $alcie")
    #expect(stop?.runtimeMessage == "undefined variable $alcie; did you mean '$alice'?")
    #expect(stop?.exitStatus.rawValue == 3)
  }

  @Test func environmentAndCommandLineVariables() async throws {
    let harness = try await Harness.start(variables: ["who": "cli"], environment: ["HOME_TOWN": "Paris"])
    await harness.run("print $who $env.HOME_TOWN")
    #expect(harness.output.standard == "cli Paris\n")
    let stop = await harness.run("print $env.NOT_SET_ANYWHERE")
    #expect(stop?.runtimeMessage == "environment variable NOT_SET_ANYWHERE is not set")
  }

  @Test func repeatCountsFromOneAndRestoresI() async throws {
    let harness = try await Harness.start()
    await harness.run("let i = \"outer\"\nrepeat 3 {\n  create profile name=\"p$i\"\n  expect status 201\n}\nprint $i")
    #expect(harness.output.standard == "outer\n")
    await harness.run("list profiles")
    let names = harness.session.last?.json?["data"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
    #expect(names == ["Default", "p1", "p2", "p3"])
  }

  @Test func repeatStopsAtTheFirstFailure() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("repeat 20 {\n  create profile name=\"p$i\"\n  expect status 201\n}")
    #expect(stop?.isExpectationFailure == true, "Starter allows 10 profiles including Default")
    await harness.run("list profiles")
    #expect(harness.session.last?.json?["pagination"]?["total"] == 10)
  }

  @Test func showPrintsStatusLineAndPrettyBody() async throws {
    let harness = try await Harness.start()
    await harness.run("get health\nshow")
    #expect(harness.output.standard == "HTTP 200 OK (GET /v1/health)\n{\n  \"status\": \"ok\"\n}\n")
  }

  @Test func skipAndFail() async throws {
    let harness = try await Harness.start()
    let skipped = await harness.run("skip \"needs X\"")
    guard case .skipped(let reason)? = skipped else {
      Issue.record("expected a skip")
      return
    }
    #expect(reason == "needs X")
    let failed = await harness.run("fail \"unreachable\"")
    #expect(failed?.exitStatus.rawValue == 4)
    #expect(failed?.report.contains("  message: unreachable") == true)
  }

  @Test func mockControlStatementsDriveTheTenant() async throws {
    let harness = try await Harness.start()
    await harness.run("mock plan free\nget usage")
    #expect(harness.session.last?.json?["plan"] == "free")
    await harness.run("mock clock \"2030-01-01T00:00:00Z\"\nmock clock +1d\ncreate profile name=x")
    #expect(harness.session.last?.response.status == 402)
    await harness.run("mock reset\nget usage")
    #expect(harness.session.last?.json?["plan"] == "starter")
  }

  @Test func mockClockMovesTimestamps() async throws {
    let harness = try await Harness.start()
    await harness.run("mock clock \"2030-01-01T00:00:00Z\"\nmock clock +1d\ncreate profile name=x")
    #expect(harness.session.last?.json?["createdAt"] == "2030-01-02T00:00:00Z")
  }

  @Test func mockSeedMakesIdsDeterministic() async throws {
    let first = try await Harness.start()
    let second = try await Harness.start()
    for harness in [first, second] {
      await harness.run("mock seed 42\ncreate profile name=a as a")
    }
    #expect(first.session.variables["a"]?["id"] == second.session.variables["a"]?["id"])
  }

  @Test func mockFaultFailsTheNextMatchingRequestsBeforeAnyChange() async throws {
    let harness = try await Harness.start()
    await harness.run("mock fault 500 times 2 on create profile")
    await harness.run("create profile name=a externalId=e")
    #expect(harness.session.last?.response.status == 500)
    await harness.run("list profiles")
    #expect(harness.session.last?.response.status == 200, "only create profile is faulted")
    await harness.run("create profile name=a externalId=e")
    #expect(harness.session.last?.response.status == 500)
    await harness.run("create profile name=a externalId=e")
    #expect(harness.session.last?.response.status == 201, "a retry after the faults is safe: nothing was created")
  }

  @Test func mockWithBadInputIsARuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("mock plan gold")
    #expect(stop?.runtimeMessage?.hasPrefix("mock plan failed: the simulator answered 400:") == true)
  }

  /// The spec's rule for `mock` answers: what the real API could answer (the
  /// callback's 400 for an expired flow) is a response, checked with `expect`;
  /// a refusal no callback could give (no flow was ever started) is an error.
  @Test func anExpiredConnectFlowIsAResponseNotAnError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      connect account twitter
      mock clock +11m
      mock authorize handle=@alice
      expect status 400
      expect error invalid_state
      """)
    #expect(stop == nil)
    #expect(harness.session.last?.response.status == 400)
  }

  @Test func authorizingWithNoFlowEverStartedIsARuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("mock authorize handle=@alice")
    #expect(stop?.runtimeMessage?.hasPrefix("mock authorize failed: the simulator answered 409:") == true)
  }

  @Test func setApiKeyChangesTheKeySent() async throws {
    let harness = try await Harness.start()
    await harness.run("set apiKey \"sk_live_unknown\"\nlist profiles")
    #expect(harness.session.last?.response.status == 401)
  }

  @Test func settingsAreValidated() async throws {
    let harness = try await Harness.start()
    #expect(await harness.run("set timeout 5s\nset retries 2\nset verbose off") == nil)
    let stop = await harness.run("set timeout soon")
    #expect(stop?.runtimeMessage == "set timeout needs a duration such as 5s or 500ms")
  }
}

import SynHTTP
import SynRuntime
import Testing

/// Items become body fields, query parameters and headers, typed by the catalog (language.md 3.2).
@Suite struct RequestBuildingTests {
  @Test func bareWordsAreTypedByTheField() async throws {
    let harness = try await Harness.start()
    await harness.run("create profile name=10 externalId=null metadata:='{\"n\": 1.50}'")
    #expect(harness.lastRequestBody == #"{"name":"10","externalId":null,"metadata":{"n":1.50}}"#)
  }

  @Test func quotedStringsStayStrings() async throws {
    let harness = try await Harness.start()
    await harness.run("create profile name=\"true\" externalId='null'")
    #expect(harness.lastRequestBody == #"{"name":"true","externalId":"null"}"#)
  }

  @Test func itemsOfABodylessOperationGoToTheQuery() async throws {
    let harness = try await Harness.start()
    await harness.run("list profiles limit=10 offset==2 externalId==a%20b")
    #expect(harness.lastQuery == ["limit=10", "offset=2", "externalId=a%20b"])
    #expect(harness.session.last?.request.body.isEmpty == true)
  }

  @Test func singleValueForAnArrayFieldIsWrapped() async throws {
    let harness = try await Harness.start()
    await harness.run("let acct = \"3f2a\"\ncreate post accountIds=$acct text=hi")
    #expect(harness.lastRequestBody == #"{"accountIds":["3f2a"],"text":"hi"}"#)
    await harness.run("create post accountIds=solo")
    #expect(harness.lastRequestBody == #"{"accountIds":["solo"]}"#)
  }

  @Test func dottedKeysBuildNestedObjects() async throws {
    let harness = try await Harness.start()
    await harness.run("create profile name=a metadata.tier=pro metadata.seats:=3")
    #expect(harness.lastRequestBody == #"{"name":"a","metadata":{"tier":"pro","seats":3}}"#)
  }

  @Test func rawJSONItemsAreNeverCoerced() async throws {
    let harness = try await Harness.start()
    await harness.run("create profile name:=42 metadata:='\"a string\"'")
    #expect(harness.lastRequestBody == #"{"name":42,"metadata":"a string"}"#)
  }

  @Test func invalidRawJSONIsALocatedRuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("let text = \"{oops\"\ncreate profile name=a metadata:=\"$text\"")
    #expect(stop?.runtimeMessage?.hasPrefix("metadata:= needs JSON: 1:2:") == true)
  }

  @Test func headerItemsAreSentAndReplaceTheKey() async throws {
    let harness = try await Harness.start()
    await harness.run("list profiles Idempotency-Key:abc x-api-key:wrong")
    let headers = try #require(harness.session.last?.request.headers)
    #expect(headers["idempotency-key"] == "abc")
    #expect(headers["X-API-Key"] == "wrong")
    #expect(harness.session.last?.response.status == 401)
  }

  @Test func positionalsFillPathParametersEncoded() async throws {
    let harness = try await Harness.start()
    await harness.run("get profile \"a/b c\"")
    #expect(harness.session.last?.request.path == "/v1/profiles/a%2Fb%20c")
  }

  @Test func missingAndExtraPositionalsAreErrors() async throws {
    let harness = try await Harness.start()
    let missing = await harness.run("get profile")
    #expect(missing?.runtimeMessage == "get profile needs its id: get profile ID")
    let extra = await harness.run("get profile a b")
    #expect(extra?.runtimeMessage == "get profile takes 1 positional value(s), got 2: get profile ID")
  }

  @Test func unknownFieldIsSentAfterAWarning() async throws {
    let harness = try await Harness.start()
    await harness.run("create profile nmae=x")
    #expect(harness.lastRequestBody == #"{"nmae":"x"}"#)
    #expect(
      harness.output.error.contains(
        "test.syn:1:16: warning: create profile has no field 'nmae'; did you mean 'name'? (sent as given)"))
  }

  @Test func rawSendKeepsATextBodyUnchanged() async throws {
    let harness = try await Harness.start()
    await harness.run("send POST /v1/profiles body '{\"name\": '")
    #expect(harness.lastRequestBody == #"{"name": "#)
    #expect(harness.session.last?.response.status == 400)
  }

  @Test func rawSendInterpolatesThePathAndSplitsTheQuery() async throws {
    let harness = try await Harness.start()
    await harness.run("create profile name=a as p\nsend GET /v1/profiles/$p.id?x=1&y=a%20b")
    #expect(harness.session.last?.request.path.hasPrefix("/v1/profiles/") == true)
    #expect(harness.lastQuery == ["x=1", "y=a b"])
    #expect(harness.session.last?.response.status == 200)
  }

  @Test func qualifiedNounsAndUnknownOperationsAreResolved() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("delete profil x")
    #expect(stop?.runtimeMessage == "unknown noun 'profil' for 'delete' in synposter; did you mean 'profile'?")
    await harness.run("list synposter.profiles")
    #expect(harness.session.last?.response.status == 200)
  }
}

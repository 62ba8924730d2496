import SynHTTP
import SynJSON
import SynLanguage
import SynRuntime
import SynTestSupport
import Testing

/// `--record`: the HAR 1.2 document a run leaves, its pages, custom fields and hidden keys.
@Suite struct HARRecorderTests {
  static let script = """
    test "creates a profile"
      create profile name="Alice" externalId=user-42
      expect status 201
      get profile $last.body.id

    test "lists profiles"
      list profiles limit=2
      expect status 200
    """

  /// Runs `script` on the in-process simulator with a recorder; returns the recorder and the results.
  static func record(
    _ source: String = script, grouping: HARRecorder.Grouping = .perCase, backend: (any Backend)? = nil
  ) async -> (HARRecorder, [CaseResult]) {
    var configuration = RunConfiguration.simulated()
    if let backend { configuration.mockBackend = backend }
    let recorder = HARRecorder(grouping: grouping)
    configuration.recorder = recorder
    let parsed = parseScript(source, file: "cases.syn")
    precondition(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.rendered))")
    let runner = ScriptRunner(configuration: configuration, output: CapturedOutput())
    let results = await runner.run(parsed.script, stopAtFirstFailure: false)
    return (recorder, results)
  }

  @Test func theLogSaysItsVersionCreatorAndOnePagePerCase() async throws {
    let (recorder, results) = await Self.record()
    #expect(results.allSatisfy { !$0.outcome.isFailure })
    let log = try #require(recorder.document["log"])
    #expect(log["version"] == "1.2")
    #expect(log["creator"]?["name"] == "syn")
    #expect(log["creator"]?["version"] == .string(SynVersion.current))
    let pages = try #require(log["pages"]?.arrayValue)
    #expect(pages.map { $0["id"] } == ["cases.syn › creates a profile", "cases.syn › lists profiles"])
    #expect(pages.allSatisfy { $0["startedDateTime"]?.stringValue?.hasSuffix("Z") == true })
    let entries = try #require(log["entries"]?.arrayValue)
    // Each case: its sign-up and seeding, then its statements' requests.
    #expect(entries.map { $0["pageref"]?.stringValue ?? "" }.filter { $0.hasSuffix("profile") }.count == 4)
    #expect(entries.map { $0["pageref"]?.stringValue ?? "" }.filter { $0.hasSuffix("profiles") }.count == 3)
  }

  @Test func eachEntryCarriesTheRequestTheAnswerAndTheStatementThatSentIt() async throws {
    let (recorder, _) = await Self.record()
    let entries = try #require(recorder.document["log"]?["entries"]?.arrayValue)
    let create = try #require(entries.first { $0["request"]?["method"] == "POST" && $0["_statement"] != nil })
    #expect(create["_statement"] == #"create profile name="Alice" externalId=user-42"#)
    #expect(create["_source"] == "cases.syn:2")
    #expect(create["request"]?["url"] == "https://api.synposter.com/v1/profiles")
    #expect(create["request"]?["postData"]?["mimeType"]?.stringValue?.hasPrefix("application/json") == true)
    let sent = try JSONValue(parsing: Array((create["request"]?["postData"]?["text"]?.stringValue ?? "").utf8))
    #expect(sent["name"] == "Alice")
    #expect(create["response"]?["status"] == 201)
    #expect(create["response"]?["statusText"] == "Created")
    let content = try #require(create["response"]?["content"])
    let text = try #require(content["text"]?.stringValue)
    #expect(content["size"] == .number(JSONNumber(text.utf8.count)))
    #expect(try JSONValue(parsing: Array(text.utf8))["name"] == "Alice")
    #expect(create["timings"]?["wait"] == create["time"])
    let list = try #require(entries.first { $0["_source"] == "cases.syn:7" })
    #expect(list["request"]?["queryString"] == [["name": "limit", "value": "2"]])
    #expect(list["request"]?["url"] == "https://api.synposter.com/v1/profiles?limit=2")
    // The session's own requests (sign-up, seeding) name no statement.
    #expect(entries.first?["_statement"] == nil)
    #expect(entries.first?["request"]?["url"] == "https://api.synposter.com/_sim/tenants")
  }

  @Test func keysAreHiddenEverywhere() async throws {
    let (recorder, _) = await Self.record(
      """
      test "keys"
        create profile name="Alice"
        use synup
        set apiKey "secret-synup-key-123"
        send GET "/api/v4/locations?note=secret-synup-key-123"
      """)
    let text = recorder.document.prettyText()
    #expect(text.firstMatch(of: /sk_(live|test)_[A-Za-z0-9]/) == nil)
    #expect(!text.contains("secret-synup-key-123"))
    let entries = try #require(recorder.document["log"]?["entries"]?.arrayValue)
    let signUp = try JSONValue(parsing: Array((entries[0]["response"]?["content"]?["text"]?.stringValue ?? "").utf8))
    #expect(signUp["synupKey"] == "****")
    let keyHeaders = entries.flatMap { $0["request"]?["headers"]?.arrayValue ?? [] }.filter {
      ["x-api-key", "authorization"].contains($0["name"]?.stringValue?.lowercased())
    }
    #expect(!keyHeaders.isEmpty)
    #expect(keyHeaders.allSatisfy { $0["value"]?.stringValue?.contains("****") == true })
  }

  @Test func syn_runGroupsAFileIntoOnePage() async throws {
    let (recorder, _) = await Self.record(grouping: .perFile)
    #expect(recorder.document["log"]?["pages"]?.arrayValue?.map { $0["id"] } == ["cases.syn"])
  }

  @Test func theDocumentReadsBackAsTheExchangesThatWereSent() async throws {
    let (recorder, _) = await Self.record()
    let exchanges = try HARFormat.exchanges(in: recorder.document)
    let list = try #require(exchanges.first { $0.source == "cases.syn:7" })
    #expect(list.request.method == "GET")
    #expect(list.request.path == "/v1/profiles")
    #expect(list.request.query == [QueryItem(name: "limit", value: "2")])
    #expect(list.response?.status == 200)
    #expect(list.page == "cases.syn › lists profiles")
    #expect(list.origin == "https://api.synposter.com")
  }

  @Test func aFileThatIsNotHARSaysWhatIsMissing() {
    #expect(throws: HARFormatError.self) { try HARFormat.exchanges(in: ["log": ["pages": []]]) }
    let noMethod: JSONValue = ["log": ["entries": [["request": ["url": "http://x/"], "response": ["status": 200]]]]]
    #expect {
      try HARFormat.exchanges(in: noMethod)
    } throws: { error in
      "\(error)".contains("log.entries[0] lacks request.method")
    }
  }
}

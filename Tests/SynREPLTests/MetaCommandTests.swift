import Foundation
import SynCatalog
import SynHTTP
import SynLanguage
import SynRuntime
import Testing

@testable import SynREPL

/// `:help`, `:vars`, `:last`, `:curl`, `:save`, `:load`, `:history`, `:quit`
/// through the prompt, and the pieces they print.
@Suite struct MetaCommandTests {
  @Test func helpListsEveryOperationGroupedByAPI() async throws {
    let (output, _, _) = try await runPrompt([":help"])
    let text = output.standard
    #expect(text.contains("synposter (active)\n  create profile "))
    #expect(text.contains("synup (use synup, or qualify nouns: synup.NOUN)\n"))
    for catalog in Catalog.all {
      for operation in catalog.operations {
        #expect(text.contains(HelpText.displayName(operation)), "\(operation.name) missing")
        #expect(text.contains(operation.path), "\(operation.path) missing")
      }
    }
    let synposter = try #require(text.range(of: "synposter (active)"))
    let synup = try #require(text.range(of: "synup (use synup"))
    #expect(synposter.lowerBound < synup.lowerBound, "the active API comes first")
    #expect(text.contains(":curl") && text.contains(":save FILE") && text.contains(":save --expect FILE"))
  }

  @Test func helpOfOneOperationShowsEveryField() async throws {
    let (output, _, _) = try await runPrompt([":help create profile"])
    let text = output.standard
    #expect(text.contains("\ncreate profile (synposter): Create a profile (one per end user).\n"))
    #expect(text.contains("  POST /v1/profiles  ->  201 on success"))
    #expect(text.contains("usage: create profile name=STRING [externalId=STRING] [metadata=OBJECT] [as NAME]"))
    #expect(text.contains("    name        string          required; 1-100 code points, kept unchanged\n"))
    #expect(text.contains("A human-readable label for the profile."))
    #expect(text.contains("    externalId  string or null  optional; 1-200 code points, unique per developer"))
    #expect(text.contains("    metadata    object or null  optional; a JSON object, returned unchanged"))
  }

  @Test func helpOfAnOperationShowsItsAnswerAndItsErrorCodes() async throws {
    let (output, _, _) = try await runPrompt([
      ":help create profile", ":help delete post", "use synup", ":help list locations",
    ])
    let text = output.standard
    #expect(text.contains("  Answer 201: Profile\n    id          string (uuid)\n"))
    #expect(text.contains("    402  profile_limit_reached  the plan's profile cap"))
    #expect(text.contains("    409  external_id_conflict   another profile has this externalId"))
    #expect(text.contains("  Answer 204: no body"))
    #expect(text.contains("    409  post_already_published  the post is publishing or published"))
    #expect(text.contains("  Answer 200 at data.allLocations: LocationConnection\n    edges     object[]\n"))
    #expect(text.contains("    401  SY90005  a missing or invalid key"))
  }

  @Test func helpOfASynupOperationListsTheCodesItAnswersAndWhere() async throws {
    let (output, _, _) = try await runPrompt(["use synup", ":help create location", ":help list tag-locations"])
    let text = output.standard
    #expect(text.contains("    200  SY10011            street is blank (in data.createLocation.errors)\n"))
    #expect(
      text.contains("    200  SY10072            another location has this storeId (in data.createLocation.errors)"))
    #expect(text.contains("    401  SY90005            a missing or invalid key\n"))
    #expect(text.contains("    200  SY90002  Invalid Id: an id or cursor not in its field's form"))
    #expect(text.contains("(base64 Type:N or uuid) (top-level errors)\n"))
  }

  @Test func helpWrapsLongLinesUnderTheirTextInsteadOfCuttingThem() throws {
    let help = HelpText(catalogs: Catalog.all, api: .synposter, width: 60)
    #expect(try !help.render([]).get().contains("…"), "nothing is cut")
    let lines = try help.render(["profiles"]).get().split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.count < 60 }, "\(lines)")
    let doc = try #require(Catalog.synposter.operation(verb: "create", noun: "profile")?.doc)
    let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(words.contains(doc), "every word of the doc is still there, in order")
    #expect(lines[0].hasPrefix("  create profile  POST "), "the columns stay aligned: \(lines)")
    let wide = try HelpText(catalogs: Catalog.all, api: .synposter, width: 80).render(["profiles"]).get()
      .split(separator: "\n").map(String.init)
    let docColumn = try #require(wide.first { $0.hasPrefix("  delete profile") }?.range(of: "Delete a profile"))
    let deleteLine = try #require(wide.firstIndex { $0.hasPrefix("  delete profile") })
    let column = wide[deleteLine].distance(from: wide[deleteLine].startIndex, to: docColumn.lowerBound)
    #expect(wide[deleteLine + 1].prefix(column).allSatisfy { $0 == " " }, "continues under the doc: \(wide)")
    #expect(wide[deleteLine + 1].count > column && wide[deleteLine + 1].dropFirst(column).first != " ")
  }

  @Test func helpIsPagedOnlyWhenTallerThanTheTerminal() {
    let pager = Pager(environment: ["PAGER": "more"], rows: 5)
    #expect(pager.wouldPage("1\n2\n3\n4\n5"))
    #expect(!pager.wouldPage("1\n2\n3\n4"))
    #expect(!Pager(environment: ["PAGER": "more"], rows: 0).wouldPage("1\n2\n3\n4\n5"), "not a terminal")
    #expect(!Pager(environment: ["PAGER": ""], rows: 5).wouldPage("1\n2\n3\n4\n5"), "an empty PAGER turns it off")
    #expect(Pager(environment: [:], rows: 5).command == "LESS=FRX less")
    #expect(Pager(environment: ["LESS": "-S"], rows: 5).command == "less", "the user's own LESS options stay")
  }

  @Test func helpShowsPositionalsEnumsAndQueryParameters() async throws {
    let (output, _, _) = try await runPrompt([":help connect account", ":help list posts", ":help create user"])
    let text = output.standard
    #expect(text.contains("PLATFORM  fills {platform} in the path: one of twitter"))
    #expect(text.contains("Query parameters (name=value):"))
    #expect(text.contains("one of: scheduled, publishing, published, partial, failed, canceled"))
    #expect(text.contains("create user (synup)"), "help reaches the other API")
    #expect(text.contains("inside {\"input\": {...}}"))
  }

  @Test func helpByVerbNounOrAPI() async throws {
    let (output, _, _) = try await runPrompt([":help profiles", ":help synup", ":help crate profile"])
    #expect(output.standard.contains("  delete profile"))
    #expect(output.standard.contains("  create user"))
    #expect(output.error.contains("error: no help for 'crate profile'; did you mean 'create profile'"))
  }

  @Test func helpOfAStatementKeywordShowsItsForms() async throws {
    let (output, _, _) = try await runPrompt([":help mock", ":help expect", ":help fro"])
    let text = output.standard
    #expect(text.contains("mock: control the simulator"))
    for command in MockCommand.names {
      #expect(text.contains("\n  mock \(command)"), "mock \(command) missing")
    }
    #expect(text.contains("  expect status 201 | 4xx | in [200, 204]"))
    #expect(text.contains("  expect [not] error CODE"))
    #expect(text.contains("  expect . matches {\"id\": #uuid, ...}"))
    #expect(text.contains("  expect .data each [.PATH] PREDICATE"))
    #expect(text.contains("#any #ignore #absent"))
    #expect(text.contains("  expect body conforms"))
    #expect(output.error.contains("error: no help for 'fro'; did you mean 'for'"))
  }

  @Test func helpListsEveryStatementKeyword() async throws {
    let (output, _, _) = try await runPrompt([":help"])
    let statements = try #require(output.standard.components(separatedBy: "Statements (").last)
    for topic in StatementHelp.topics {
      #expect(statements.contains("\n  \(topic.keyword) "), "\(topic.keyword) missing")
    }
  }

  @Test func statementHelpCoversEveryKeywordAndMockCommand() {
    let keywords = Set(StatementHelp.topics.map(\.keyword))
    #expect(Set(CompletionEngine.keywords).isSubset(of: keywords))
    #expect(StatementHelp.mockForms.map(\.command) == MockCommand.names)
    // A keyword that were also a verb, noun or API would hide their help.
    let operationWords = Catalog.all.flatMap {
      [$0.api.rawValue] + $0.verbs + $0.operations.flatMap { [$0.noun, $0.plural] }
    }
    #expect(keywords.isDisjoint(with: operationWords))
  }

  @Test func helpOfSetShowsEverySetting() async throws {
    let (output, _, _) = try await runPrompt([":help set"])
    for setting in Setting.allCases {
      #expect(output.standard.contains("\n  set \(setting.rawValue) "), "\(setting.rawValue) missing")
    }
  }

  @Test func helpCoversEveryStatementKeyword() {
    #expect(StatementHelp.topics.map(\.keyword) == StatementKeyword.allCases.map(\.rawValue))
  }

  @Test func varsShowsEachVariable() async throws {
    let empty = try await runPrompt([":vars"])
    #expect(empty.output.standard.contains("no variables yet"))
    let (output, _, _) = try await runPrompt(
      ["create profile name=Vee as vee", "let greeting = \"hi\"", ":vars"], variables: ["who": "world"])
    let lines = output.standard.split(separator: "\n").map(String.init)
    #expect(lines.contains("$greeting = \"hi\""))
    #expect(lines.contains("$who = \"world\""))
    #expect(lines.contains { $0.hasPrefix("$vee = {\"id\":\"") && $0.contains("\"name\":\"Vee\"") })
  }

  @Test func lastShowsTheWholeExchangeWithTheKeyMasked() async throws {
    let (output, _, _) = try await runPrompt([":last", "create profile name=Last", ":last"])
    #expect(output.error.contains("no request has run yet"))
    let text = output.standard
    #expect(text.contains("> POST /v1/profiles\n"))
    #expect(text.contains("> x-api-key: sk_live_****"))
    #expect(text.contains("{\"name\":\"Last\"}"))
    #expect(text.contains("< HTTP 201 Created (POST /v1/profiles) in "))
    #expect(text.firstMatch(of: /sk_live_[a-z0-9]{8}/) == nil, "the tenant's key is never printed")
  }

  @Test func lastIsColoredOnlyWhenAsked() async throws {
    let lines = ["create profile name=Last", ":last"]
    let colored = try await runPrompt(lines, theme: .colored).output.standard
    let last = try #require(colored.components(separatedBy: "> POST /v1/profiles\n").last)
    #expect(last.contains("\u{1B}[1;32m< HTTP 201 Created (POST /v1/profiles) in "))
    #expect(last.contains("\u{1B}[90mnull\u{1B}[0m"), "the body colored like a response's")
    let plain = try await runPrompt(lines).output.standard
    #expect(!plain.contains("\u{1B}["))
  }

  @Test func curlUsesTheSessionsKeyMaskedUnlessAsked() async throws {
    let (output, _, _) = try await runPrompt([
      "create profile name=\"Ann's\" metadata.tier=pro", ":curl", "list profiles limit==2 externalId==\"a b\"", ":curl",
      ":curl --show-key",
    ])
    let text = output.standard
    #expect(
      text.contains(
        """
        curl -sS -X POST 'https://api.synposter.com/v1/profiles' \\
          -H 'Content-Type: application/json' \\
          -H 'x-api-key: sk_live_****' \\
          --data-raw '{"name":"Ann'\\''s","metadata":{"tier":"pro"}}'
        # the key is masked: :curl --show-key prints it, or export SYNPOSTER_API_KEY before syn starts
        """))
    #expect(text.contains("curl -sS 'https://api.synposter.com/v1/profiles?limit=2&externalId=a%20b' \\\n"))
    let shown = try #require(text.components(separatedBy: "curl -sS").last)
    #expect(shown.firstMatch(of: /-H 'x-api-key: sk_live_[A-Za-z0-9_]{8,}'/) != nil, "asked for: the key itself")
    let beforeAsking = text.components(separatedBy: "curl -sS").dropLast().joined()
    #expect(beforeAsking.firstMatch(of: /sk_live_[A-Za-z0-9]/) == nil)
  }

  @Test func curlNamesTheEnvironmentVariableThatHoldsTheSessionsKey() async throws {
    let key = "sk_live_fromtheenvironment42"
    let (output, _, _) = try await runPrompt(
      ["set apiKey $env.SYNPOSTER_API_KEY", "get usage", ":curl"], environment: ["SYNPOSTER_API_KEY": key])
    #expect(
      output.standard.contains(
        "curl -sS 'https://api.synposter.com/v1/usage' \\\n  -H \"x-api-key: $SYNPOSTER_API_KEY\""))
    #expect(!output.standard.contains(key) && !output.standard.contains("masked"))
  }

  @Test func curlOfAServedSessionGoesToItsBaseURL() {
    var headers = HTTPHeaders()
    headers.add("x-api-key", "sk_live_0123456789")
    let request = HTTPRequest(method: "GET", path: "/v1/usage", headers: headers)
    let text = CurlCommand(request: request, baseURL: "http://127.0.0.1:18080", api: .synposter).text
    #expect(text.hasPrefix("curl -sS 'http://127.0.0.1:18080/v1/usage' \\\n  -H 'x-api-key: sk_live_****'"))
    #expect(!text.contains("0123456789"))
  }

  @Test func curlOfSynupUsesItsAuthorizationScheme() {
    var headers = HTTPHeaders()
    headers.add("Authorization", "API 0123456789abcdef")
    let request = HTTPRequest(method: "GET", path: "/api/v4/roles", headers: headers)
    let text = CurlCommand(
      request: request, baseURL: nil, api: .synup, environment: ["SYNUP_API_KEY": "0123456789abcdef"]
    ).text
    #expect(text == "curl -sS 'https://api.synup.com/api/v4/roles' \\\n  -H \"Authorization: API $SYNUP_API_KEY\"")
    let masked = CurlCommand(request: request, baseURL: nil, api: .synup).text
    #expect(masked.contains("-H 'Authorization: API ****'\n# the key is masked"))
    let served = CurlCommand(request: request, baseURL: "http://127.0.0.1:9000/", api: .synup).text
    #expect(served.hasPrefix("curl -sS 'http://127.0.0.1:9000/api/v4/roles'"))
  }

  @Test func historyListsTheEntriesNumbered() async throws {
    let (output, _, _) = try await runPrompt(["get usage", "get health", ":history"])
    #expect(output.standard.hasSuffix("1  get usage\n2  get health\n3  :history\n"))
  }

  @Test func unknownMetaCommandsSuggest() async throws {
    let (output, _, code) = try await runPrompt([":hist", ":save"])
    #expect(code == 0)
    #expect(output.error.contains("error: unknown command ':hist'; did you mean ':history'?"))
    #expect(output.error.contains("error: :save needs a file name"))
  }

  // MARK: - :save and :load

  @Test func saveWritesTheStatementsThatRanAndTheyReplay() async throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("session.syn").path
    let (output, _, _) = try await runPrompt(
      [
        "create profile name=\"Zoë\" metadata={", "  \"tier\": \"pro\"", "} as zoe",
        "expect status 404",  // fails: left out
        "expect .name == \"Zoë\"", "set apiKey \"sk_live_secret123\"", "use synposter", "print $who $zoe.name",
        ":vars",  // a meta-command: not a statement
        "create profile name=",  // does not parse: left out
        ":save \(file)",
      ], variables: ["who": "me$"])
    #expect(output.standard.contains("saved 5 statements to \(file); replay: syn run \(file)"))
    let saved = try String(contentsOfFile: file, encoding: .utf8)
    #expect(
      saved == """
        # Saved from the syn prompt: the statements that ran, in order.
        # Run it again with: syn run FILE
        mock seed 1  # the ids the prompt saw
        let who = "me\\$"
        create profile name="Zoë" metadata={
          "tier": "pro"
        } as zoe
        expect .name == "Zoë"
        set apiKey $env.SYNPOSTER_API_KEY
        use synposter
        print $who $zoe.name

        """)
    let parsed = parseScript(saved, file: file)
    #expect(parsed.diagnostics.isEmpty)
  }

  @Test func saveWithExpectWritesEachAnswersStatusAndTemplateAndTheyHoldOnReplay() async throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("checked.syn").path
    let (output, _, _) = try await runPrompt([
      "create profile name=Alice externalId=user-42 as alice",
      "expect status 201",  // typed: not written twice
      "expect .name == \"Alice\"",
      "expect .name == \"Bob\"",  // failed: left out
      "get profile $alice.id",
      "print \"seen\"",
      "delete profile $alice.id",
      ":save --expect \(file)",
    ])
    #expect(output.standard.contains("saved 6 statements and 4 expectations to \(file); replay: syn run \(file)"))
    let saved = try String(contentsOfFile: file, encoding: .utf8)
    let created = try #require(saved.firstRange(of: "create profile name=Alice externalId=user-42 as alice\n"))
    let afterCreate = saved[created.upperBound...]
    #expect(afterCreate.hasPrefix("expect . matches {\n  \"id\": #uuid,\n  \"name\": \"Alice\",\n"), "\(saved)")
    #expect(afterCreate.contains("  \"externalId\": \"user-42\",\n") && afterCreate.contains("\": #timestamp"))
    #expect(
      saved.contains("}\nexpect status 201\nexpect .name == \"Alice\"\nget profile $alice.id\nexpect status 200\n"))
    #expect(saved.contains("\nprint \"seen\"\ndelete profile $alice.id\nexpect status 204\n"), "no body: status only")
    #expect(saved.components(separatedBy: "expect status 201").count == 2 && !saved.contains("Bob"))
    #expect(saved.components(separatedBy: "expect . matches {").count == 3)

    // A fresh session that runs the file meets every expectation in it.
    let (replay, _, _) = try await runPrompt([":load \(file)"])
    #expect(!replay.error.contains("failed") && !replay.error.contains("error"), "\(replay.error)")
    #expect(replay.standard.components(separatedBy: "passed: expect . matches {").count == 3)
  }

  @Test func saveDropsTheBlanksThatCompletionLeftAtLineEnds() async throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("session.syn").path
    _ = try await runPrompt(["create profile name=tabbed ", "expect status 201\t ", ":save \(file)"])
    let saved = try String(contentsOfFile: file, encoding: .utf8)
    #expect(saved.hasSuffix("\ncreate profile name=tabbed\nexpect status 201\n"), "\(saved)")
  }

  @Test func loadRunsAFileInThisSession() async throws {
    let directory = try temporaryDirectory()
    let file = directory.appendingPathComponent("setup.syn")
    try Data("create profile name=loaded as loaded\nexpect status 201\n\nprint \"from\" $loaded.name\n".utf8)
      .write(to: file)
    let (output, _, _) = try await runPrompt([":load \(file.path)", "print $loaded.name", ":load /nonexistent.syn"])
    #expect(output.standard.contains("HTTP 201 Created (POST /v1/profiles)"))
    #expect(output.standard.contains("from loaded\n"))
    #expect(output.standard.hasSuffix("loaded\n"))
    #expect(output.error.contains("error: cannot load /nonexistent.syn"))
  }

  @Test func transcriptLeavesKeysOut() {
    var transcript = Transcript()
    let lines = [
      "set apiKey \"sk_live_abc123\"", "send GET /v1/usage x-api-key:sk_live_abc123",
      "send GET /api/v4/roles Authorization:\"API abc\"", "set apiKey $env.MINE",
    ]
    for line in lines {
      let statement = parseStatements(line, file: "t").statements[0]
      transcript.record(line, of: statement, api: line.contains("v4") ? .synup : .synposter)
    }
    let script = transcript.script(variables: [:])
    #expect(script.contains("\nset apiKey $env.SYNPOSTER_API_KEY\n"))
    #expect(script.contains("\nsend GET /v1/usage x-api-key:${env.SYNPOSTER_API_KEY}\n"))
    #expect(script.contains("\n# (left out here: a statement with an API key in a header)\n"))
    #expect(script.contains("\nset apiKey $env.MINE\n"))
    #expect(!script.contains("abc"))
  }

  private func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("syn-repl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }
}

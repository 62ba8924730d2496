import SynCatalog
import SynJSON
import SynLanguage
import SynREPL
import Testing

/// The completion engine as a pure function of the text before the cursor,
/// one suite per context of language.md section 10.
@Suite struct CompletionTests {
  /// A session with two variables, a last response and a few files.
  static let context = CompletionContext(
    api: .synposter,
    variables: [
      "alice": ["id": "p-1", "name": "Alice", "metadata": ["tier": "pro"]],
      "acct": ["id": "a-1"],
      "n": 3,
    ],
    lastBody: [
      "data": [["id": "p-1", "name": "Alice"], ["id": "p-2", "name": "Bob"]],
      "total": 2,
      "next cursor": nil,
    ],
    lastExchange: ["status": 200, "headers": ["content-type": "application/json"], "body": [:], "ms": 1],
    lastHeaderNames: ["Content-Type", "X-Request-Id"],
    environmentNames: ["HOME", "SYNPOSTER_API_KEY"],
    files: FakeFiles([
      "": [
        FileEntry("shared", isDirectory: true), FileEntry("session.syn"), FileEntry("smoke.syn"),
        FileEntry(".hidden.syn"), FileEntry("éclair.syn"),
      ],
      "shared/": [FileEntry("login.syn"), FileEntry("logout.syn")],
    ]))

  func complete(_ text: String, _ context: CompletionContext = CompletionTests.context) -> Completion {
    completions(for: text, context: context)
  }

  // MARK: - Verbs, keywords, meta-commands

  @Test func firstWordOffersVerbsAndKeywords() {
    #expect(complete("cre").texts == ["create"])
    #expect(complete("con").texts == ["connect"])
    #expect(complete("s").texts == ["send", "set", "show", "skip", "sleep"])
    let all = complete("").texts
    // Every keyword but `test`, which starts a case in a file and means nothing at the prompt.
    let keywords = StatementKeyword.allCases.filter { $0 != .test }.map(\.rawValue)
    for word in ["create", "list", "get", "update", "delete", "connect"] + keywords {
      #expect(all.contains(word), "Tab on an empty line: \(word) missing from \(all)")
    }
    #expect(complete("cre").candidates.first?.terminator == " ")
  }

  @Test func verbsFollowTheActiveAPI() {
    var synup = Self.context
    synup.api = .synup
    #expect(complete("arch", synup).texts == ["archive"])
    #expect(complete("arch").texts.isEmpty, "archive is a Synup verb")
  }

  @Test func colonStartsAMetaCommand() {
    #expect(complete(":").texts == [":curl", ":help", ":history", ":last", ":load", ":quit", ":save", ":vars"])
    #expect(complete(":h").texts == [":help", ":history"])
    #expect(complete(":q").texts == [":quit"])
  }

  @Test func helpTakesVerbsThenNouns() {
    #expect(complete(":help cr").texts == ["create"])
    #expect(complete(":help mo").texts == ["mock"], "statement keywords have help too")
    #expect(complete(":help create pr").texts == ["profile"])
    #expect(complete(":help create u").texts == ["user"], "Synup's operations have help too")
  }

  @Test func repeatIsFollowedByAStatement() {
    #expect(complete("repeat 3 cre").texts == ["create"])
    #expect(complete("repeat 3 create pro").texts == ["profile"])
  }

  // MARK: - Nouns

  @Test func nounsOfTheVerb() {
    #expect(complete("create p").texts == ["profile", "post"])
    #expect(complete("get pro").texts == ["profile"])
    #expect(complete("list pro").texts == ["profiles"], "collections read in the plural")
    #expect(complete("connect ").texts == ["account"])
  }

  @Test func qualifiedNounsReachTheOtherAPI() {
    #expect(complete("create synup.u").texts == ["synup.user"])
    #expect(complete("archive ").texts == ["synup.location"], "a verb only Synup has offers its nouns qualified")
  }

  // MARK: - Item keys and enum values

  @Test func itemKeysOfTheOperationWithEquals() {
    let completion = complete("create profile ")
    #expect(completion.texts == ["name", "externalId", "metadata"])
    #expect(completion.candidates.allSatisfy { $0.terminator == "=" })
    #expect(completion.candidates.map(\.display) == ["name=", "externalId=", "metadata="])
    #expect(complete("create profile ext").texts == ["externalId"])
  }

  @Test func keysAlreadyGivenAreNotOfferedAgain() {
    #expect(complete("create profile name=\"A b\" metadata.tier=pro ").texts == ["externalId"])
    #expect(complete("list profiles limit==5 ").texts == ["externalId", "offset"])
  }

  @Test func enumValuesOfPathParametersAndFields() {
    #expect(complete("connect account ").texts == ["twitter", "profileId", "redirectUri", "state"])
    #expect(complete("connect account tw").texts == ["twitter"])
    #expect(complete("connect account twitter ").texts == ["profileId", "redirectUri", "state"])
    let statuses = complete("list posts status=").texts
    #expect(statuses.contains("status=scheduled") && statuses.contains("status=published"))
    #expect(complete("list posts status=publishe").texts == ["status=published"])
    #expect(complete("list posts status=publishe").candidates.first?.display == "published")
  }

  @Test func booleanFieldsOfferTrueAndFalse() {
    var synup = Self.context
    synup.api = .synup
    #expect(complete("create user directCustomer=", synup).texts == ["directCustomer=true", "directCustomer=false"])
    #expect(complete("create user directCustomer=t", synup).texts == ["directCustomer=true"])
  }

  @Test func itemValuesCanBeVariablesOrPaths() {
    #expect(complete("create post accountIds=$ac").texts == ["accountIds=$acct"])
    #expect(complete("get profile .data[0].i").texts == [".data[0].id"])
    #expect(complete("update profile $alice.id name=.data[1].na").texts == ["name=.data[1].name"])
  }

  @Test func unknownOperationsCompleteOnlyValues() {
    #expect(complete("create widget na").texts.isEmpty)
    #expect(complete("create widget $al").texts == ["$alice"])
  }

  // MARK: - Variables

  @Test func variableNames() {
    #expect(complete("get profile $").texts == ["$acct", "$alice", "$n", "$last", "$env."])
    #expect(complete("get profile $al").texts == ["$alice"])
    #expect(complete("get profile $al").candidates.first?.terminator == "", "a container: the path goes on")
    #expect(complete("print $n").candidates.first?.terminator == " ")
  }

  @Test func pathsIntoAVariable() {
    #expect(complete("get profile $alice.").texts == ["$alice.id", "$alice.name", "$alice.metadata"])
    #expect(complete("print $alice.metadata.t").texts == ["$alice.metadata.tier"])
    #expect(complete("print $last.").texts == ["$last.status", "$last.headers", "$last.body", "$last.ms"])
    #expect(complete("print $nobody.").texts.isEmpty)
  }

  @Test func environmentVariables() {
    #expect(complete("set apiKey $env.SYN").texts == ["$env.SYNPOSTER_API_KEY"])
    #expect(complete("print $en").texts == ["$env."])
  }

  @Test func variablesInsideStringsAndJSONLiterals() {
    #expect(complete("print \"hello $al").texts == ["$alice"])
    #expect(complete("print \"hello $al").word == "$al")
    #expect(complete("create profile name=x metadata={\"owner\": $al").texts == ["$alice"])
    #expect(complete("create profile metadata={\"a\": [1, $alice.i").texts == ["$alice.id"])
    #expect(complete("create profile metadata={\"na").texts.isEmpty)
  }

  @Test func markersInsideTemplates() {
    #expect(complete("expect . matches {\"id\": #u").texts == ["#uuid", "#url"])
    #expect(complete("expect . matches {\"id\": #u").word == "#u")
    #expect(complete("expect .data each matches [#st").texts == ["#string"])
    #expect(complete("expect . contains {\"a\": {\"b\": #a").texts == ["#array", "#any", "#absent"])
    #expect(complete("expect . matches {\"a\": #").texts.count == Marker.names.count)
    #expect(complete("expect . matches {\"a\": #in").candidates.first?.terminator == "")
    #expect(complete("expect . matches {\"a\": #reg").candidates.first?.terminator == " /")
    #expect(complete("expect . matches {\"a\": $al").texts == ["$alice"], "variables still complete")
    #expect(complete("expect . == {\"a\": #u").texts.isEmpty, "no markers outside a template")
    #expect(complete("create profile metadata={\"a\": #u").texts.isEmpty)
  }

  // MARK: - Paths into the last response

  @Test func responsePathsAfterADot() {
    #expect(complete("expect .").texts == [".data", ".total", ".[\"next cursor\"]"])
    #expect(complete("expect .t").texts == [".total"])
    #expect(complete("expect .t").candidates.first?.terminator == " ")
    #expect(complete("expect .d").candidates.first?.terminator == "", "an array: the path goes on")
  }

  @Test func responsePathsIntoArraysAndElements() {
    #expect(complete("expect .data[").texts == [".data[0]", ".data[1]"])
    #expect(complete("expect .data[1].").texts == [".data[1].id", ".data[1].name"])
    #expect(complete("let first = .data[0].n").texts == [".data[0].name"])
    #expect(complete("expect .data[7].").texts.isEmpty)
  }

  @Test func noResponseNoPaths() {
    var fresh = Self.context
    fresh.lastBody = nil
    #expect(complete("expect .", fresh).texts.isEmpty)
  }

  // MARK: - File names

  @Test func filesAfterInclude() {
    #expect(complete("include ").texts == ["session.syn", "shared/", "smoke.syn", "éclair.syn"])
    #expect(complete("include s").texts == ["session.syn", "shared/", "smoke.syn"])
    #expect(complete("include sh").candidates == [Candidate("shared/", terminator: "", display: "shared/")])
    #expect(complete("include shared/lo").texts == ["shared/login.syn", "shared/logout.syn"])
    #expect(complete("include é").texts == ["éclair.syn"])
    #expect(complete("mock load s").texts == ["session.syn", "shared/", "smoke.syn"])
    #expect(complete("mock save shared/lo").texts == ["shared/login.syn", "shared/logout.syn"])
    #expect(complete("include .").texts == [".hidden.syn"], "hidden files once a dot is typed")
  }

  @Test func quotedFileNamesCloseTheirQuote() {
    let completion = complete("include \"shared/login")
    #expect(completion.texts == ["\"shared/login.syn"])
    #expect(completion.candidates.first?.terminator == "\" ")
  }

  @Test func filesAfterLoadAndSave() {
    #expect(complete(":load sm").texts == ["smoke.syn"])
    #expect(complete(":save ses").texts == ["session.syn"])
    #expect(complete(":save --e").texts == ["--expect"])
    #expect(complete(":save ").texts.first == "--expect", "the option is offered before the files")
    #expect(complete(":save --expect ses").texts == ["session.syn"])
    #expect(complete(":save --expect \"ses").texts == ["\"session.syn"])
    #expect(complete(":save --expect session.syn ").texts.isEmpty)
    #expect(complete(":vars s").texts.isEmpty)
  }

  // MARK: - Other keywords

  @Test func expectationSubjectsPredicatesAndTypes() {
    #expect(complete("expect ").texts == ["body", "error", "header", "status", "time", "not"])
    #expect(complete("expect st").texts == ["status"])
    #expect(complete("expect header ").texts == ["content-type", "x-request-id"])
    #expect(complete("expect header content-type con").texts == ["contains"])
    #expect(complete("expect .total ").texts.contains("=="))
    #expect(complete("expect .total not ").texts.contains("exists"))
    #expect(complete("expect .id is u").texts == ["url", "uuid"])
    #expect(complete("expect .data count ").texts == ["!=", "<", "<=", "==", ">", ">="])
    #expect(complete("expect .total == $n").texts == ["$n"])
  }

  @Test func blockKeywordsCompleteButTestDoesNot() {
    #expect(complete("fo").texts == ["for"])
    #expect(complete("fin").texts == ["finally"])
    #expect(complete("tes").texts.isEmpty, "test lines belong in files")
    #expect(complete("for x in $al").texts == ["$alice"])
    #expect(complete("finally ").texts.isEmpty)
  }

  @Test func settingsAndPlansAreTheLanguages() {
    #expect(complete("set ").texts == Setting.allCases.map(\.rawValue).sorted())
    #expect(complete("mock plan ").texts == MockCommand.plans)
  }

  @Test func controlKeywordArguments() {
    #expect(complete("use ").texts == ["synposter", "synup"])
    #expect(complete("backend m").texts == ["mock"])
    #expect(complete("set ").texts == ["apiKey", "baseUrl", "retries", "timeout", "verbose"])
    #expect(complete("set verbose o").texts == ["off", "on"])
    #expect(
      complete("mock ").texts == [
        "authorize", "clock", "deliveries", "fault", "feedback", "finish", "listing", "load", "plan", "requests",
        "reset", "review", "save", "seed", "usage", "webhook",
      ])
    #expect(complete("mock plan s").texts == ["starter", "scale"])
    #expect(complete("mock fault 500 ").texts == ["times", "on"])
    #expect(complete("mock fault 500 times 2 on cr").texts == ["create"])
    #expect(complete("mock fault 500 on create pro").texts == ["profile"])
    #expect(complete("mock authorize decision=d").texts == ["decision=deny"])
    #expect(complete("mock listing s").texts == ["site", "status", "syncIssue"])
    #expect(complete("mock listing status=F").texts == ["status=FAILED"])
    #expect(complete("mock webhook ").texts == ["retries", "secret", "url"])
    #expect(complete("mock deliveries e").texts == ["event"])
    #expect(complete("mock requests ").texts == ["limit", "method", "path", "since"])
    #expect(complete("mock requests method=P").texts == ["method=PATCH", "method=POST", "method=PUT"])
    #expect(complete("send P").texts == ["PATCH", "POST", "PUT"])
  }

  // MARK: - Where nothing is offered

  @Test func commentsAndBindingNamesHaveNoCandidates() {
    #expect(complete("# create pro").texts.isEmpty)
    #expect(complete("create profile name=x # na").texts.isEmpty)
    #expect(complete("create profile name=x as al").texts.isEmpty)
    #expect(complete("create profile name=\"al").texts.isEmpty)
  }

  @Test func continuationLinesKeepTheStatement() {
    #expect(complete("create profile \\\n  na").texts == ["name"])
    #expect(complete("create profile name=x\ncre").texts == ["create"], "a finished line starts a new statement")
    #expect(complete("create profile metadata={\n  \"a\": $al").texts == ["$alice"])
  }

  @Test func everyCandidateStartsWithTheWord() {
    let texts = [
      "cre", "create ", "create profile ", "get profile $", "expect .data[0].", "include \"sh", "list posts status=",
      "print \"x $alice.", ":h",
    ]
    for text in texts {
      let completion = complete(text)
      #expect(text.hasSuffix(completion.word), "\(text): word \(completion.word)")
      #expect(completion.candidates.allSatisfy { $0.text.hasPrefix(completion.word) }, "\(text)")
    }
  }
}

/// A directory tree in memory.
struct FakeFiles: FileListing {
  var directories: [String: [FileEntry]]

  init(_ directories: [String: [FileEntry]]) {
    self.directories = directories
  }

  func entries(in directory: String) -> [FileEntry] {
    directories[directory] ?? []
  }
}

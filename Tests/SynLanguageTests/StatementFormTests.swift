import SynJSON
import SynLanguage
import Testing

@Suite struct CatalogRequestTests {
  @Test func createWithItemsAndBinding() throws {
    let statements = parseClean(
      #"create profile name="Alice's Brand" externalId=user-42 metadata={"tier": "pro"} as alice"#)
    let statement = try #require(statements.first)
    guard case .request(let request) = statement.kind else {
      Issue.record("not a request: \(dump(statement.kind))")
      return
    }
    #expect(request.verb == Word("create", at: SourceLocation(file: "t.syn", line: 1, column: 1)))
    #expect(request.noun == Word("profile", at: SourceLocation(file: "t.syn", line: 1, column: 8)))
    #expect(request.positionals.isEmpty)
    #expect(request.items.map(\.key) == ["name", "externalId", "metadata"])
    #expect(request.items.map(\.kind) == [.field, .field, .field])
    #expect(request.items.map(\.location.column) == [16, 37, 56])
    #expect(request.binding == "alice")
    #expect(
      dump(statement.kind)
        == #"request create profile items[name=str("Alice's Brand"), externalId=word(user-42), metadata=json(={"tier":"pro"})] as alice"#
    )
    #expect(statement.location == SourceLocation(file: "t.syn", line: 1, column: 1))
    #expect(
      statement.text == #"create profile name="Alice's Brand" externalId=user-42 metadata={"tier": "pro"} as alice"#)
    #expect(statement.sourceLine == statement.text)
  }

  @Test func positionals() {
    #expect(dumpOne("get profile $alice.id") == "request get profile positionals[$alice.id]")
    #expect(dumpOne("delete profile $alice.id") == "request delete profile positionals[$alice.id]")
    #expect(
      dumpOne("connect account twitter profileId=$alice.id")
        == "request connect account positionals[word(twitter)] items[profileId=$alice.id]")
    #expect(
      dumpOne(#"update profile $alice.id name="Alice B.""#)
        == #"request update profile positionals[$alice.id] items[name=str("Alice B.")]"#)
    #expect(dumpOne("get usage") == "request get usage")
  }

  @Test func queryItemsAndQualifiedNoun() {
    #expect(
      dumpOne("list profiles externalId==user-42 limit==10")
        == "request list profiles items[externalId==word(user-42), limit==word(10)]")
    #expect(
      dumpOne("create synup.user email=a@example.com roleId=$admin.id firstName=John directCustomer=true")
        == "request create synup.user items[email=word(a@example.com), roleId=$admin.id, firstName=word(John), directCustomer=word(true)]"
    )
    #expect(
      dumpOne(#"create post accountIds=$acct.id text="Hello from syn""#)
        == #"request create post items[accountIds=$acct.id, text=str("Hello from syn")]"#)
  }
}

@Suite struct RawRequestTests {
  @Test func sendForms() {
    #expect(dumpOne("send GET /v1/profiles?limit=1") == #"send GET "/v1/profiles?limit=1""#)
    #expect(
      dumpOne(#"send POST /v1/profiles body '{"name": '"#) == #"send POST "/v1/profiles" body raw("{\"name\": ")"#)
    #expect(
      dumpOne(#"send POST /api/v4/users/create body {"input": {"email": "x"}}"#)
        == #"send POST "/api/v4/users/create" body json(={"input":{"email":"x"}})"#)
    #expect(
      dumpOne("send delete /v1/profiles/$alice.id/posts?x=${p.data[0].id} X-Trace:abc as gone")
        == #"send DELETE "/v1/profiles/" $alice.id "/posts?x=" $p.data[0].id items[X-Trace:word(abc)] as gone"#)
    #expect(dumpOne(#"send GET "/v1/a b""#) == #"send GET "/v1/a b""#)
    #expect(
      dumpOne("send PATCH /v1/x name=y body \"text\"") == #"send PATCH "/v1/x" items[name=word(y)] body str("text")"#)
  }
}

@Suite struct ExpectationFormTests {
  @Test(arguments: [
    ("expect status 201", "expect status == word(201)"),
    ("expect status 4xx", "expect status class 4xx"),
    ("expect status 2XX", "expect status class 2xx"),
    ("expect status in [200, 201]", "expect status in json(=[200,201])"),
    ("expect status != 500", "expect status != word(500)"),
    ("expect status not 5xx", "expect status not class 5xx"),
    ("expect status $code", "expect status == $code"),
    (#"expect .name == "Alice's Brand""#, #"expect path(.name) == str("Alice's Brand")"#),
    ("expect .externalId == null", "expect path(.externalId) == word(null)"),
    (#"expect .metadata == {"tier": "pro"}"#, #"expect path(.metadata) == json(={"tier":"pro"})"#),
    ("expect .id is uuid", "expect path(.id) is uuid"),
    ("expect .createdAt is timestamp", "expect path(.createdAt) is timestamp"),
    ("expect .x is not null", "expect path(.x) not is null"),
    ("expect .updatedAt == .createdAt", "expect path(.updatedAt) == path(.createdAt)"),
    ("expect .data count == 2", "expect path(.data) count == word(2)"),
    ("expect .data count >= $n", "expect path(.data) count >= $n"),
    ("expect .data count 3", "expect path(.data) count == word(3)"),
    (#"expect .data[0].name startsWith "Ali""#, #"expect path(.data[0].name) startsWith str("Ali")"#),
    (#"expect .name endsWith 'ce'"#, #"expect path(.name) endsWith raw("ce")"#),
    ("expect .id matches /^[0-9a-f-]{36}$/", "expect path(.id) matches regex(^[0-9a-f-]{36}$)"),
    (#"expect .path matches /^\/v1\/[a-z]+$/"#, #"expect path(.path) matches regex(^/v1/[a-z]+$)"#),
    (#"expect .id matches "^[a-z]+$""#, #"expect path(.id) matches str("^[a-z]+$")"#),
    ("expect .email not exists", "expect path(.email) not exists"),
    ("expect .email exists", "expect path(.email) exists"),
    (#"expect header content-type contains "json""#, #"expect header(content-type) contains str("json")"#),
    (#"expect header "X-Id" exists"#, "expect header(X-Id) exists"),
    ("expect $alice.id != $bob.id", "expect $alice.id != $bob.id"),
    ("expect time < 500", "expect time < word(500)"),
    (#"expect body contains "x""#, #"expect body contains str("x")"#),
    ("expect . == {}", "expect path(.) == json(={})"),
    ("expect .tags in [\"a\", $b]", "expect path(.tags) in json([=\"a\",$b])"),
    ("expect error profile_limit_reached", "expect error profile_limit_reached"),
    ("expect not error SY00001", "expect not error SY00001"),
    (#"expect error "quota""#, "expect error quota"),
    ("expect .n <= 3", "expect path(.n) <= word(3)"),
    ("expect .n > 3", "expect path(.n) > word(3)"),
    ("expect .n >= 3", "expect path(.n) >= word(3)"),
    // Templates, each and [*] (section 4.1)
    (
      #"expect . matches {"id": #uuid, "n": #string?, "m": #any, "i": #ignore, "x": #absent, ...}"#,
      #"expect path(.) matches json({"id":#uuid,"n":#string?,"m":#any,"i":#ignore,"x":#absent,...})"#
    ),
    (#"expect . matches {...}"#, "expect path(.) matches json({...})"),
    (#"expect . matches { ... }"#, "expect path(.) matches json({...})"),
    (
      #"expect . matches [#regex /^a\/b/, #email, $x.id, .name, {"a": [1]}]"#,
      #"expect path(.) matches json([#regex /^a\/b/,#email,$x.id,path(.name),={"a":[1]}])"#
    ),
    (#"expect . matches {"a": 1}"#, #"expect path(.) matches json(={"a":1})"#),
    (#"expect . contains {"tier": #string}"#, #"expect path(.) contains json({"tier":#string})"#),
    (#"expect .data each matches {"id": #uuid, ...}"#, #"expect path(.data) each matches json({"id":#uuid,...})"#),
    (#"expect .data each .status == "x""#, #"expect path(.data) each .status == str("x")"#),
    ("expect .data each is object", "expect path(.data) each is object"),
    ("expect .data each .a[0] not exists", "expect path(.data) each .a[0] not exists"),
    ("expect $p each is not null", "expect $p each not is null"),
    (#"expect .data[*].name contains "Alice""#, #"expect path(.data[*].name) contains str("Alice")"#),
    ("expect $p.data[*].id count == 2", "expect $p.data[*].id count == word(2)"),
  ])
  func expectation(source: String, expected: String) {
    #expect(dumpOne(source) == expected)
  }
}

@Suite struct ControlStatementTests {
  @Test(arguments: [
    ("let id = .id", "let id = path(.id)"),
    ("let tier = $alice.metadata.tier", "let tier = $alice.metadata.tier"),
    ("let x=1", "let x = word(1)"),
    ("let my-name = \"a\"", #"let my-name = str("a")"#),
    ("use synposter", "use synposter"),
    ("use synup", "use synup"),
    ("backend mock", "backend mock"),
    ("backend live", "backend live"),
    ("backend live http://localhost:8080", "backend live word(http://localhost:8080)"),
    (#"set apiKey "sk_live_...""#, #"set apiKey str("sk_live_...")"#),
    ("set baseUrl https://api.example.com", "set baseUrl word(https://api.example.com)"),
    ("set timeout 5s", "set timeout word(5s)"),
    ("set retries 2", "set retries word(2)"),
    ("set verbose on", "set verbose word(on)"),
    (#"include "shared/login.syn""#, #"include str("shared/login.syn")"#),
    ("include shared/login.syn", "include word(shared/login.syn)"),
    (#"repeat 3 create profile name="p$i""#, #"repeat word(3) {request create profile items[name=str("p" $i)]}"#),
    ("repeat $n print $i", "repeat $n {print[$i]}"),
    ("repeat 2 repeat 3 print x", "repeat word(2) {repeat word(3) {print[word(x)]}}"),
    (#"print "created" $alice.id"#, #"print[str("created"), $alice.id]"#),
    ("print", "print[]"),
    ("show", "show"),
    ("show .data[0]", "show path(.data[0])"),
    ("sleep 200ms", "sleep 200ms"),
    ("sleep 2s", "sleep 2000ms"),
    ("sleep 1m", "sleep 60000ms"),
    ("sleep 0.5s", "sleep 500ms"),
    ("sleep 1.0005s", "sleep 1001ms"),
    ("sleep 1h", "sleep 3600000ms"),
    ("skip", "skip"),
    (#"skip "needs a real X account""#, #"skip str("needs a real X account")"#),
    ("fail", "fail"),
    (#"fail "unreachable""#, #"fail str("unreachable")"#),
  ])
  func statement(source: String, expected: String) {
    #expect(dumpOne(source) == expected)
  }

  @Test func inlineRepeatTexts() throws {
    let statement = try #require(parseClean("repeat 2 repeat 3 print x  # twice").first)
    #expect(statement.text == "repeat 2 repeat 3 print x")
    guard case .repeat(_, let body) = statement.kind, let inner = body.first else {
      Issue.record("not a repeat")
      return
    }
    #expect(inner.text == "repeat 3 print x")
    #expect(inner.location.column == 10)
    guard case .repeat(_, let innermost) = inner.kind else { return }
    #expect(innermost.first?.text == "print x")
    #expect(innermost.first?.location.column == 19)
  }
}

@Suite struct MockStatementTests {
  @Test(arguments: [
    ("mock reset", "mock reset"),
    ("mock plan starter", "mock plan starter"),
    (#"mock clock "2026-05-01T00:00:00Z""#, #"mock clock set str("2026-05-01T00:00:00Z")"#),
    ("mock clock +31d", "mock clock +2678400s"),
    ("mock clock +90s", "mock clock +90s"),
    ("mock clock +5m", "mock clock +300s"),
    ("mock clock +2h", "mock clock +7200s"),
    ("mock clock +1.5h", "mock clock +5400s"),
    ("mock seed 42", "mock seed word(42)"),
    ("mock usage posts=19", "mock usage[posts=word(19)]"),
    ("mock usage posts=19 profiles=3", "mock usage[posts=word(19), profiles=word(3)]"),
    ("mock fault 500 times 2 on create profile", "mock fault 500 times 2 on create profile"),
    ("mock fault 503", "mock fault 503 times 1"),
    ("mock fault 429 on list synup.user", "mock fault 429 times 1 on list synup.user"),
    ("mock authorize handle=@alice", "mock authorize[handle=word(@alice)]"),
    ("mock authorize decision=deny", "mock authorize[decision=word(deny)]"),
    ("mock authorize", "mock authorize[]"),
    (
      #"mock listing locationId=$loc site=yelp.com status=FAILED syncIssue="Phone mismatch""#,
      #"mock listing[locationId=$loc, site=word(yelp.com), status=word(FAILED), syncIssue=str("Phone mismatch")]"#
    ),
    ("mock webhook url=null retries=2", "mock webhook[url=word(null), retries=word(2)]"),
    ("mock webhook", "mock webhook[]"),
    (
      "mock deliveries event=listing.submission after=3",
      "mock deliveries[event=word(listing.submission), after=word(3)]"
    ),
    (
      #"mock requests method=POST path="/v1/profiles/{id}" since=$seq"#,
      #"mock requests[method=word(POST), path=str("/v1/profiles/{id}"), since=$seq]"#
    ),
    ("mock requests path=/v1/posts", "mock requests[path=word(/v1/posts)]"),
    ("mock requests", "mock requests[]"),
  ])
  func mock(source: String, expected: String) {
    #expect(dumpOne(source) == expected)
  }

  @Test func planAndFaultWordsKeepTheirLocations() throws {
    let statements = parseClean("mock plan growth\nmock fault 500 times 1 on delete post")
    guard case .mock(.plan(let plan)) = statements.first?.kind,
      case .mock(.fault(_, _, let operation?)) = statements.last?.kind
    else {
      Issue.record("unexpected statements: \(statements.map { dump($0.kind) })")
      return
    }
    #expect(plan == Word("growth", at: SourceLocation(file: "t.syn", line: 1, column: 11)))
    #expect(operation.verb == Word("delete", at: SourceLocation(file: "t.syn", line: 2, column: 27)))
    #expect(operation.noun == Word("post", at: SourceLocation(file: "t.syn", line: 2, column: 34)))
  }
}

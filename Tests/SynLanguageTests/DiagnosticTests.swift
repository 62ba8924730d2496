import SynLanguage
import Testing

@Suite struct DiagnosticMessageTests {
  @Test(arguments: [
    // Strings and values
    ("print \"abc", "1:7: unterminated string: missing the closing '\"' before the end of the line"),
    ("print 'abc", "1:7: unterminated string: missing the closing \"'\" before the end of the line"),
    (#"print "a\qb""#, #"1:9: invalid escape '\q' in a string; the escapes are \" \\ \/ \b \f \n \r \t \uXXXX \$"#),
    (#"print "\u12""#, #"1:8: invalid escape: '\u' must be followed by four hex digits"#),
    (
      #"print "\ud83d!""#,
      #"1:8: invalid escape: the high surrogate '\ud83d' must be followed by a low surrogate (\uDC00-\uDFFF)"#
    ),
    (#"print "\ude00""#, #"1:8: invalid escape: '\ude00' is a lone low surrogate"#),
    ("print \"${a\"", "1:11: expected '}' to close '${' (opened at column 8)"),
    ("print \"${}\"", "1:10: expected a variable name after '${', like ${alice.id}"),
    ("print $", "1:7: expected a variable name after '$', like $alice or $alice.id"),
    ("print $a.", "1:10: expected a key or '[' after '.', found end of line"),
    ("print .5", "1:8: expected a key or '[' after '.', found '5'"),
    (
      "print .a[x]",
      "1:10: expected an index like [0] or [-1], [*] for every element, or a quoted key like [\"a b\"], after '['"
    ),
    ("print .a[0", "1:11: expected ']' to close the '[' at column 9, found end of line"),
    ("print .a[99999999999999999999]", "1:10: index 99999999999999999999 is too large"),
    ("print \"a\"b", "1:10: unexpected 'b' after the string; separate values with a space"),
    (
      "print $a/x",
      "1:9: unexpected '/x' after the variable; separate values with a space, or quote text that uses a variable: \"$a/x\""
    ),
    // JSON literals
    ("print [1,]", "1:10: expected a JSON value, found ']'"),
    ("print {\"a\": 1,}", "1:15: expected a key after ','; JSON does not allow a trailing comma"),
    ("print {a: 1}", "1:8: expected a quoted key like \"name\" in the JSON object, found 'a:'"),
    ("print {\"a\" 1}", "1:12: expected ':' after the key \"a\", found '1}'"),
    ("print [1 2]", "1:10: expected ',' or ']' in the JSON array, found '2]'"),
    ("print [01]", "1:8: invalid JSON number '01'"),
    ("print [tru]", "1:8: expected a JSON value, found 'tru]'"),
    (
      "print {\"a\": .id}",
      "1:13: a response path cannot stand inside a JSON literal; bind it first (let x = .id) and write $x"
    ),
    ("print [\"a\tb\"]", "1:10: control character in a JSON string; write it as an escape such as \\t or \\u0001"),
    ("print [1,\n# c\n2]", "2:1: comments are not allowed inside a JSON literal"),
    ("print [$a b]", "1:11: expected ',' or ']' in the JSON array, found 'b]'"),
    ("print [$a\"x\"]", "1:10: unexpected '\"x\"]' after the variable in a JSON literal"),
    ("print {\"a\": [1, 2}", "1:18: expected ',' or ']' in the JSON array, found '}'"),
    ("print [1", "1:7: unclosed '[': expected ']' before the end of the text"),
    // Statements
    ("create", "1:7: expected a noun after 'create', like 'create profile'"),
    ("create $x", "1:8: expected a noun after 'create', found '$x'"),
    ("create profile as", "1:18: expected a variable name after 'as'"),
    ("create profile as $p", "1:19: write the variable name without '$' after 'as'"),
    ("create profile as p q", "1:21: unexpected 'q' after 'as p'; 'as NAME' comes last"),
    ("create profile as last", "1:19: '$last' is built in and cannot be assigned"),
    (
      "\"x\" y",
      "1:1: expected a statement, found '\"x\"'; a statement starts with a command such as 'create profile', 'send', 'expect' or 'let'"
    ),
    (":help", "1:1: meta-commands such as ':help' work only at the interactive prompt"),
    ("x=1", "1:1: expected a statement, found 'x=1'; to set a variable write 'let x = ...'"),
    ("send", "1:5: expected an HTTP method after 'send', like 'send GET /v1/profiles'"),
    ("send GET", "1:9: expected a path after 'send GET', like /v1/profiles"),
    ("send 1 /x", "1:6: expected an HTTP method (GET, POST, PUT, PATCH, DELETE), found '1'"),
    ("send GET /x body", "1:17: expected a value after 'body'"),
    ("send GET /x body 1 body 2", "1:20: 'body' is given twice"),
    ("send GET /x body 1 a=b", "1:20: items go before 'body VALUE'"),
    (
      "send GET /x y", "1:13: unexpected 'y'; after the path 'send' takes items (key=value), 'body VALUE' and 'as NAME'"
    ),
    ("let", "1:4: expected a variable name after 'let'"),
    ("let = 3", "1:5: expected a variable name after 'let' (letters, digits, '_' and '-'), found '='"),
    ("let $x = 3", "1:5: write the variable name without '$' after 'let'"),
    ("let x 3", "1:7: expected '=' after 'let x', as in 'let x = .id'"),
    ("let x", "1:6: expected '=' after 'let x', as in 'let x = .id'"),
    ("let x =", "1:8: expected a value after '='"),
    ("let env = 1", "1:5: '$env' is built in and cannot be assigned"),
    ("use", "1:4: expected an API after 'use': synposter or synup"),
    ("use synupp", "1:5: unknown API 'synupp'; expected synposter or synup; did you mean 'synup'?"),
    ("use twitter", "1:5: unknown API 'twitter'; expected synposter or synup"),
    ("backend foo", "1:9: unknown backend 'foo'; expected mock or live"),
    ("backend mock http://x", "1:14: 'backend mock' takes no URL; for a server write 'backend live URL'"),
    (
      "set apikey x",
      "1:5: unknown setting 'apikey'; expected one of apiKey, baseUrl, timeout, retries, verbose; did you mean 'apiKey'?"
    ),
    ("set timeout", "1:12: expected a value after 'set timeout'"),
    ("include {}", "1:9: expected a file name after 'include', found '{}'"),
    ("show a b", "1:8: unexpected 'b'; 'show' takes one value: quote text with spaces, as in show \"a ...\""),
    (
      "skip needs a real account",
      "1:12: unexpected 'a'; 'skip' takes one reason: quote text with spaces, as in skip \"needs ...\""
    ),
    ("sleep", "1:6: expected a duration after 'sleep', like 200ms or 2s"),
    ("sleep 2sec", "1:8: unknown unit 'sec'; write a duration such as 200ms, 2s or 1m (units: ms, s, m, h)"),
    ("sleep 200", "1:7: '200' needs a unit; write a duration such as 200ms, 2s or 1m (units: ms, s, m, h)"),
    ("sleep fast", "1:7: expected a duration such as 200ms, 2s or 1m, found 'fast'"),
    ("sleep 1.s", "1:7: expected a duration such as 200ms, 2s or 1m, found '1.s'"),
    ("sleep 9999999999999999h", "1:7: the duration '9999999999999999h' is too long or too precise"),
    ("sleep 1.0000001s", "1:7: the duration '1.0000001s' is too long or too precise"),
    (
      "sleep 2mss",
      "1:8: unknown unit 'mss'; write a duration such as 200ms, 2s or 1m (units: ms, s, m, h); did you mean 'ms'?"
    ),
    ("repeat", "1:7: expected a count after 'repeat', like 'repeat 3 ...'"),
    ("repeat x print 1", "1:8: expected a repeat count (a whole number or a $variable), found 'x'"),
    ("repeat 3", "1:9: expected a statement or '{' after 'repeat 3'"),
    ("repeat 3 test \"a\"", "1:10: expected a statement or '{' after 'repeat 3', found 'test'"),
    (
      "repeat 3 { print 1\n}",
      "1:12: unexpected 'print'; expected the end of the line after '{'; the block's statements go on the following lines"
    ),
    ("}", "1:1: '}' without an open block; blocks start with 'repeat N {', 'for NAME in ... {' or 'finally {'"),
    ("repeat 2 {\n} x", "2:3: unexpected 'x'; expected the end of the line after '}'"),
    ("repeat 2 {\nprint 1", "1:10: unclosed block: expected '}' to close the '{' of 'repeat 2 {'"),
    ("test", "1:5: expected a name after 'test', like test \"creates a profile\""),
    ("test a b", "1:8: unexpected 'b'; quote a test name that has spaces, like test \"creates a profile\""),
    ("test \"a $x\"", "1:6: a test name is plain text, like test \"creates a profile\""),
    (
      "repeat 2 {\ntest \"a\"\n}",
      "2:1: 'test' must be at the top level; close the block opened on line 1 with '}' first"
    ),
    // Expectations
    (
      "expect",
      "1:7: expected what to check after 'expect': status, header NAME, time, body, a path like .id, a variable like $x, or error CODE"
    ),
    (
      "expect .x",
      "1:10: expected a predicate after the subject, one of: ==, !=, <, <=, >, >=, contains, startsWith, endsWith, matches, exists, is, in, count, or each"
    ),
    (
      "expect .x containz 1",
      "1:11: unknown predicate 'containz'; expected one of: ==, !=, <, <=, >, >=, contains, startsWith, endsWith, matches, exists, is, in, count; did you mean 'contains'?"
    ),
    (
      "expect .x = 1",
      "1:11: unknown predicate '='; expected one of: ==, !=, <, <=, >, >=, contains, startsWith, endsWith, matches, exists, is, in, count; did you mean '=='?"
    ),
    (
      "expect .x startswith \"a\"",
      "1:11: unknown predicate 'startswith'; expected one of: ==, !=, <, <=, >, >=, contains, startsWith, endsWith, matches, exists, is, in, count; did you mean 'startsWith'?"
    ),
    (
      "expect .id is uuidd",
      "1:15: unknown type 'uuidd'; expected one of: string, number, integer, boolean, object, array, null, uuid, timestamp, email, url; did you mean 'uuid'?"
    ),
    (
      "expect .id is",
      "1:14: expected a type after 'is', one of: string, number, integer, boolean, object, array, null, uuid, timestamp, email, url"
    ),
    ("expect .x ==", "1:13: expected a value after '=='"),
    ("expect .x count", "1:16: expected a comparison after 'count', like 'count == 2'"),
    ("expect .x count ==", "1:19: expected a value after 'count =='"),
    (
      "expect .x not not exists",
      "1:15: unknown predicate 'not'; expected one of: ==, !=, <, <=, >, >=, contains, startsWith, endsWith, matches, exists, is, in, count"
    ),
    ("expect .x not is not null", "1:15: 'not' is written twice"),
    (
      "expect stauts 201",
      "1:8: unknown subject 'stauts'; expected status, header NAME, time, body, error CODE, a path like .id or a variable like $x; did you mean 'status'?"
    ),
    (
      "expect status ok",
      "1:15: expected a status code like 201, a class like 4xx, 'in [...]' or a comparison after 'expect status', found 'ok'"
    ),
    ("expect header", "1:14: expected a header name after 'header', like content-type"),
    ("expect header $h exists", "1:15: expected a header name, like content-type, found '$h'"),
    ("expect error", "1:13: expected an error code after 'error', like 'expect error profile_limit_reached'"),
    ("expect not", "1:11: expected 'error CODE' after 'expect not'"),
    (
      "expect not .x exists",
      "1:8: 'not' goes before the predicate, as in 'expect .email not exists'; only 'expect not error CODE' starts with it"
    ),
    (
      "expect .x matches",
      "1:18: expected a pattern after 'matches', like /^[0-9a-f-]{36}$/, or a template like {\"id\": #uuid}"
    ),
    // Templates (section 4.1)
    ("expect . matches {\"a\": #strng}", "1:24: unknown marker #strng: did you mean #string?"),
    ("expect . contains [#uuid, #timestmp]", "1:27: unknown marker #timestmp: did you mean #timestamp?"),
    (
      "expect . matches {\"a\": #zzzzzz}",
      "1:24: unknown marker #zzzzzz; markers are #string #number #integer #boolean #object #array #null #uuid "
        + "#timestamp #email #url #any #ignore #absent #regex (#regex /.../)"
    ),
    ("expect . matches {\"a\": #}", "1:24: expected a marker name after '#', like #string"),
    ("expect . matches {\"a\": # note\n}", "1:24: comments are not allowed inside a JSON literal"),
    (
      "expect . matches {\"a\": #any?}",
      "1:28: '?' makes a type marker optional, as in #string?; #any does not take it (#ignore accepts anything or nothing)"
    ),
    ("expect . matches {\"a\": #stringy}", "1:24: unknown marker #stringy: did you mean #string?"),
    ("expect . matches {\"a\": #string!}", "1:31: unexpected '!}' after the marker #string"),
    (
      "expect . matches {\"a\": #regex \"x\"}",
      "1:31: expected a /regular expression/ after #regex, like #regex /^[a-z]+$/, found '\"x\"}'"
    ),
    ("expect . matches {\"a\": #regex /(/}", "1:31: invalid regular expression: expected ')'"),
    (
      "expect .x == {\"a\": #string}",
      "1:20: markers like #string stand only in a template after 'matches' or 'contains'"
    ),
    (
      "create profile metadata={\"a\": #uuid}",
      "1:31: markers like #uuid stand only in a template after 'matches' or 'contains'"
    ),
    (
      "expect .x == {\"a\": 1, ...}",
      "1:23: '...' (other keys allowed) stands only in a template after 'matches' or 'contains'"
    ),
    ("expect . matches {\"a\": 1, ..., \"b\": 2}", "1:30: '...' must end the object template; expected '}', found ','"),
    ("expect . matches [1, ...]", "1:22: '...' stands only at the end of an object template, after its last member"),
    ("expect . matches {\"a\": .id!}", "1:27: unexpected '!}' after the path in a template"),
    (
      "expect .data each",
      "1:18: expected a predicate after 'each', like 'each is object' or 'each .status == \"published\"'"
    ),
    (
      "expect .data each .status",
      "1:26: expected a predicate after 'each .status', one of: ==, !=, <, <=, >, >=, contains, startsWith, endsWith, matches, exists, is, in, count"
    ),
    ("expect .data each .a[*x] == 1", "1:23: expected ']' to close the '[' at column 21, found 'x]'"),
    (
      "expect .x matches /abc",
      "1:19: unterminated regular expression: missing the closing '/' before the end of the line"
    ),
    ("expect .x matches //", "1:19: empty regular expression '//'"),
    ("expect .x matches /a/i", "1:22: unexpected 'i' after the regular expression; separate values with a space"),
    // Mock
    (
      "mock rest",
      "1:6: unknown mock command 'rest'; expected one of: reset, plan, clock, seed, usage, fault, authorize, finish, review, feedback, listing, webhook, deliveries, requests, save, load; did you mean 'reset'?"
    ),
    (
      "mock",
      "1:5: expected a command after 'mock', one of: reset, plan, clock, seed, usage, fault, authorize, finish, review, feedback, listing, webhook, deliveries, requests, save, load"
    ),
    ("mock plan", "1:10: expected a plan after 'mock plan': free, starter, growth or scale"),
    ("mock plan \"x\"", "1:11: expected a plan name after 'mock plan', found '\"x\"'"),
    ("mock clock", "1:11: expected a time after 'mock clock', like \"2026-05-01T00:00:00Z\" or +31d"),
    ("mock clock +31y", "1:15: unknown unit 'y'; write a duration such as +30s, +5m, +2h or +31d (units: s, m, h, d)"),
    ("mock clock +", "1:13: expected a duration such as +30s, +5m, +2h or +31d, found end of line"),
    ("mock seed", "1:10: expected a number after 'mock seed', like 'mock seed 42'"),
    ("mock save", #"1:10: expected a file after 'mock save', like 'mock save "tenant.json"'"#),
    ("mock load", #"1:10: expected a file after 'mock load', like 'mock load "tenant.json"'"#),
    ("mock usage", "1:11: expected items after 'mock usage', like 'mock usage posts=19'"),
    (
      "mock listing",
      "1:13: expected items after 'mock listing', like 'mock listing locationId=$loc site=yelp.com status=SYNCED'"
    ),
    ("mock usage 19", "1:12: expected an item like posts=19 after 'mock usage', found '19'"),
    ("mock authorize alice", "1:16: expected an item like handle=@alice after 'mock authorize', found 'alice'"),
    ("mock fault", "1:11: expected a status after 'mock fault', like 'mock fault 500 times 2'"),
    ("mock fault 999", "1:12: expected an error status (400-599) after 'mock fault', found '999'"),
    ("mock fault 302", "1:12: expected an error status (400-599) after 'mock fault', found '302'"),
    ("mock fault 500 times 0", "1:22: expected a count of 1 or more after 'times', found '0'"),
    ("mock fault 500 times", "1:21: expected a count after 'times', like 'times 2'"),
    ("mock fault 500 on", "1:18: expected an operation after 'on', like 'on create profile'"),
    ("mock fault 500 on create", "1:25: expected a noun after 'on create'"),
    ("mock fault 500 on 1 x", "1:19: expected a verb after 'on', found '1'"),
    (
      "mock fault 500 twice", "1:16: unexpected 'twice'; 'mock fault' takes STATUS, then 'times N', then 'on VERB NOUN'"
    ),
  ])
  func message(source: String, expected: String) {
    #expect(firstError(source) == expected)
  }

  @Test func invalidRegexIsReportedAtThePattern() throws {
    let diagnostic = try #require(parseScript("expect .id matches /[a-/", file: "t.syn").diagnostics.first)
    #expect(diagnostic.location.column == 20)
    #expect(diagnostic.message.hasPrefix("invalid regular expression: "))
    let quoted = try #require(parseScript("expect .id matches \"(a\"", file: "t.syn").diagnostics.first)
    #expect(quoted.location.column == 20)
    #expect(quoted.message.hasPrefix("invalid regular expression: "))
  }
}

@Suite struct DiagnosticRenderingTests {
  @Test func renderedGolden() throws {
    let source = "get usage\n\tcreate profil name=\"Alice\n"
    let diagnostic = try #require(parseScript(source, file: "profiles.syn").diagnostics.first)
    #expect(
      diagnostic.rendered
        == """
        profiles.syn:2:21: error: unterminated string: missing the closing '"' before the end of the line
            \tcreate profil name="Alice
            \t                   ^
        """)
  }

  @Test func columnsCountUnicodeScalars() throws {
    let diagnostic = try #require(parseScript("print \"é😀\" \"x", file: "t.syn").diagnostics.first)
    #expect(diagnostic.location.column == 12)
    #expect(diagnostic.sourceLine == "print \"é😀\" \"x")
  }

  @Test func sourceLineOfACRLFFile() throws {
    let diagnostic = try #require(parseScript("get usage\r\nlet\r\n", file: "t.syn").diagnostics.first)
    #expect(diagnostic.sourceLine == "let")
    #expect(diagnostic.location == SourceLocation(file: "t.syn", line: 2, column: 4))
  }
}

@Suite struct RecoveryTests {
  @Test func everyErrorInTheFileIsReported() {
    let source = """
      create profile name="Alice
      expect status 201
      create profile name=
      expect .x containz 1
      use synupp
      get profile $alice.id
      test "case"
        expect .id is uuidd
        }
        mock rest
      """
    #expect(
      errors(source).map { $0.prefix(while: { $0 != " " }) } == [
        "1:21:", "3:21:", "4:11:", "5:5:", "8:17:", "9:3:", "10:8:",
      ])
    let script = parseScript(source, file: "t.syn").script
    #expect(
      script.prelude.map { dump($0.kind) } == [
        "expect status == word(201)", "request get profile positionals[$alice.id]",
      ])
    #expect(script.cases.map(\.name) == ["case"])
    #expect(script.cases.first?.body.isEmpty == true)
  }

  @Test func unclosedJSONRestartsAtTheNextStatement() {
    let source = "create profile metadata={\"tier\": \"pro\"\nexpect status 201\nget usage"
    #expect(errors(source) == ["1:25: unclosed '{': expected '}' before 'expect' on line 2"])
    #expect(
      parseScript(source, file: "t.syn").script.prelude.map { dump($0.kind) } == [
        "expect status == word(201)", "request get usage",
      ])
  }

  @Test func errorInsideMultiLineJSONSkipsTheWholeLiteral() {
    let source = "create profile metadata={\n  \"a\": 1\n  \"b\": [2, 3]\n}\nexpect status 201"
    #expect(errors(source) == [#"3:3: expected ',' or '}' in the JSON object, found '"b":'"#])
    #expect(parseScript(source, file: "t.syn").script.prelude.map { dump($0.kind) } == ["expect status == word(201)"])
  }

  @Test func errorBeforeMultiLineJSONSkipsTheWholeLiteral() {
    let source = "expect .x containz {\n  \"a\": 1\n}\nget usage"
    #expect(errors(source).count == 1)
    #expect(parseScript(source, file: "t.syn").script.prelude.map { dump($0.kind) } == ["request get usage"])
  }

  @Test func aMismatchedCloseInsideABlockLeavesTheBlocksBrace() {
    let source = "repeat 2 {\n  print {\"a\": [1}\n}\nget usage"
    #expect(errors(source) == ["2:17: expected ',' or ']' in the JSON array, found '}'"])
    #expect(
      parseScript(source, file: "t.syn").script.prelude.map { dump($0.kind) } == [
        "repeat word(2) {}", "request get usage",
      ])
  }

  @Test func unclosedBlockKeepsItsStatements() {
    let result = parseScript("repeat 2 {\n  get usage\n", file: "t.syn")
    #expect(result.diagnostics.count == 1)
    #expect(result.script.prelude.map { dump($0.kind) } == ["repeat word(2) {request get usage}"])
  }

  @Test func testInsideABlockClosesItAndStartsTheCase() {
    let result = parseScript("repeat 2 {\n  get usage\ntest \"b\"\nget health\n", file: "t.syn")
    #expect(result.diagnostics.count == 1)
    #expect(result.script.prelude.map { dump($0.kind) } == ["repeat word(2) {request get usage}"])
    #expect(result.script.cases.first?.body.map { dump($0.kind) } == ["request get health"])
  }

  @Test func malformedTestLineStillStartsACase() {
    let result = parseScript("get usage\ntest\nget health\n", file: "t.syn")
    #expect(result.diagnostics.count == 1)
    #expect(result.script.cases.map(\.name) == [""])
    #expect(result.script.cases.first?.body.count == 1)
  }
}

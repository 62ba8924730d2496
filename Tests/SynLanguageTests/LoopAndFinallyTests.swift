import SynLanguage
import Testing

@Suite struct ForLoopTests {
  @Test(arguments: [
    ("for x in [1, 2, 3] {\n}", "for x in json(=[1,2,3]) {}"),
    (#"for x in [1, "a", $y.id] {"# + "\n}", #"for x in json([=1,="a",$y.id]) {}"#),
    ("for x in [] {\n}", "for x in json(=[]) {}"),
    ("for user in $users {\n}", "for user in $users {}"),
    ("for p in $list.data[0].items {\n}", "for p in $list.data[0].items {}"),
    ("for p in .data {\n}", "for p in path(.data) {}"),
    ("for p in . {\n}", "for p in path(.) {}"),
    ("for row in csv \"users.csv\" {\n}", #"for row in csv str("users.csv") {}"#),
    ("for row in csv users.csv {\n}", "for row in csv word(users.csv) {}"),
    ("for row in csv 'data $x.csv' {\n}", #"for row in csv raw("data $x.csv") {}"#),
    ("for row in csv \"$dir/users.csv\" {\n}", #"for row in csv str($dir "/users.csv") {}"#),
    ("for item in json \"rows.json\" {\n}", #"for item in json str("rows.json") {}"#),
    ("for item in json data/rows.json {\n}", "for item in json word(data/rows.json) {}"),
    ("for user-1 in $a {\n}", "for user-1 in $a {}"),
    ("for _x in $a {  # a comment\n}", "for _x in $a {}"),
    ("for in in $a {\n}", "for in in $a {}"),
    ("for x \\\n  in $a {\n}", "for x in $a {}"),
  ])
  func forms(source: String, expected: String) {
    #expect(dumpOne(source) == expected)
  }

  @Test func bodyBindsTheName() throws {
    let statements = parseClean(
      """
      for user in [{"name": "a"}, {"name": "b"}] {
        create profile name=$user.name
        expect .name == $user.name
      }
      get usage
      """)
    #expect(
      statements.map { dump($0.kind) } == [
        #"for user in json(=[{"name":"a"},{"name":"b"}]) {request create profile items[name=$user.name]; "#
          + "expect path(.name) == $user.name}",
        "request get usage",
      ])
    let loop = try #require(statements.first)
    #expect(loop.text == #"for user in [{"name": "a"}, {"name": "b"}] {"#)
    #expect(loop.sourceLine == loop.text)
    #expect((loop.location.line, loop.location.column) == (1, 1))
    guard case .forEach(let name, .value(.json), let body) = loop.kind else {
      Issue.record("not a for loop over a JSON literal")
      return
    }
    #expect(name == "user")
    #expect(body.map(\.location.line) == [2, 3])
    #expect(body.map(\.location.column) == [3, 3])
    #expect(body.map(\.text) == ["create profile name=$user.name", "expect .name == $user.name"])
    #expect(statements.last?.location.line == 5)
  }

  @Test func multiLineArraySource() throws {
    let statements = parseClean(
      """
      for user in [
        {"name": "a"},
        {"name": "b"}
      ] {
        create profile name=$user.name
      }
      get usage
      """)
    #expect(
      statements.map { dump($0.kind) } == [
        #"for user in json(=[{"name":"a"},{"name":"b"}]) {request create profile items[name=$user.name]}"#,
        "request get usage",
      ])
    let loop = try #require(statements.first)
    #expect(loop.text == #"for user in [ {"name": "a"}, {"name": "b"} ] {"#)
    #expect(loop.sourceLine == "for user in [")
    #expect(loop.location.line == 1)
    guard case .forEach(_, _, let body) = loop.kind else { return }
    #expect(body.map(\.location.line) == [5])
    #expect(statements.last?.location.line == 7)
  }

  @Test func csvAndJSONSources() throws {
    let statements = parseClean(
      "for row in csv \"users.csv\" {\n  print $row.email\n}\nfor item in json rows.json {\n}")
    guard statements.count == 2 else {
      Issue.record("expected two loops, got \(statements.count)")
      return
    }
    guard case .forEach("row", .csv(.string(let file)), let body) = statements[0].kind else {
      Issue.record("not a loop over a CSV file: \(dump(statements[0].kind))")
      return
    }
    #expect(file.constantText == "users.csv")
    #expect(body.map { dump($0.kind) } == ["print[$row.email]"])
    #expect(statements[0].text == "for row in csv \"users.csv\" {")
    guard case .forEach("item", .json(.bareWord("rows.json")), let empty) = statements[1].kind else {
      Issue.record("not a loop over a JSON file: \(dump(statements[1].kind))")
      return
    }
    #expect(empty.isEmpty)
    #expect(statements[1].location.line == 4)
  }

  @Test func nesting() throws {
    let statements = parseClean(
      """
      for a in $as {
        repeat 2 {
          for b in [1, 2] {
            print $a $b $i
          }
        }
        repeat 3 for c in $a.cs {
          show $c
        }
        for d in json "d.json" {
          for e in $d {
          }
        }
      }
      """)
    #expect(
      statements.map { dump($0.kind) } == [
        "for a in $as {repeat word(2) {for b in json(=[1,2]) {print[$a, $b, $i]}}; "
          + "repeat word(3) {for c in $a.cs {show $c}}; "
          + #"for d in json str("d.json") {for e in $d {}}}"#
      ])
    let outer = try #require(statements.first)
    guard case .forEach(_, _, let body) = outer.kind, body.count == 3 else {
      Issue.record("not a for loop with three statements")
      return
    }
    // `repeat 3 for c in $a.cs {`: the repeat wraps the loop, both start on line 7.
    let chained = body[1]
    #expect(chained.text == "repeat 3 for c in $a.cs {")
    #expect((chained.location.line, chained.location.column) == (7, 3))
    guard case .repeat(_, let inner) = chained.kind, let loop = inner.first else {
      Issue.record("not a repeat")
      return
    }
    #expect(loop.text == "for c in $a.cs {")
    #expect((loop.location.line, loop.location.column) == (7, 12))
    guard case .forEach(_, _, let loopBody) = loop.kind else { return }
    #expect(loopBody.map(\.location.line) == [8])
  }

  @Test func loopInsideTestCase() {
    let script = parseScript("test \"a\"\nfor x in $xs {\n  get usage\n}\nget health", file: "t.syn").script
    #expect(
      script.cases.first?.body.map { dump($0.kind) } == ["for x in $xs {request get usage}", "request get health"])
  }

  @Test func unclosedLoopKeepsItsStatements() {
    let result = parseScript("for x in $xs {\n  get usage\n", file: "t.syn")
    #expect(result.diagnostics.map(\.message) == ["unclosed block: expected '}' to close the '{' of 'for x in $xs {'"])
    #expect(result.script.prelude.map { dump($0.kind) } == ["for x in $xs {request get usage}"])
  }

  @Test func deepLoops() {
    let source = String(repeating: "for x in $x {\n", count: 600) + String(repeating: "}\n", count: 600)
    let result = parseScript(source, file: "loops.syn")
    #expect(result.diagnostics.first?.message == "blocks nested deeper than 512 levels")
    #expect(result.diagnostics.first?.location.line == 513)
  }
}

@Suite struct FinallyTests {
  @Test func inPreludeAndCases() {
    let result = parseScript(
      """
      finally {
        print "prelude cleanup"
      }
      test "a"
      create profile name=x as p
      finally {
        delete profile $p.id
        for a in $p.accounts {
          delete account $a.id
        }
        repeat 2 {
          mock reset
        }
      }
      get usage
      finally {
      }
      test "b"
      get usage
      """, file: "t.syn")
    #expect(result.diagnostics.isEmpty)
    let script = result.script
    #expect(script.prelude.map { dump($0.kind) } == [#"finally {print[str("prelude cleanup")]}"#])
    #expect(
      script.cases.first?.body.map { dump($0.kind) } == [
        "request create profile items[name=word(x)] as p",
        "finally {request delete profile positionals[$p.id]; for a in $p.accounts {request delete account "
          + "positionals[$a.id]}; repeat word(2) {mock reset}}",
        "request get usage",
        "finally {}",
      ])
    #expect(script.cases.last?.body.map { dump($0.kind) } == ["request get usage"])
    let block = script.cases.first?.body[1]
    #expect(block?.text == "finally {")
    #expect(block?.location.line == 6)
    #expect(block?.location.column == 1)
  }

  @Test func cleanScript() {
    let source = "test \"a\"\nget usage\nfinally {\n  for x in [1] {\n    print $x\n  }\n}\n"
    #expect(errors(source).isEmpty)
  }

  @Test(arguments: [
    (
      "repeat 2 {\n  finally {\n    print 1\n  }\n}",
      "2:3: 'finally' must be at the top level of a test case or of the prelude, "
        + "not inside the 'repeat' block opened on line 1"
    ),
    (
      "test \"a\"\nfor x in $xs {\n  finally {\n  }\n}",
      "3:3: 'finally' must be at the top level of a test case or of the prelude, "
        + "not inside the 'for' block opened on line 2"
    ),
    (
      "finally {\n  finally {\n  }\n}",
      "2:3: 'finally' must be at the top level of a test case or of the prelude, "
        + "not inside the 'finally' block opened on line 1"
    ),
    (
      "repeat 2 finally {\n}",
      "1:10: 'finally' must be at the top level of a test case or of the prelude, not inside 'repeat 2'"
    ),
    (
      "repeat 2 {\n  repeat 3 finally {\n  }\n}",
      "2:12: 'finally' must be at the top level of a test case or of the prelude, not inside 'repeat 3'"
    ),
  ])
  func placement(source: String, expected: String) {
    #expect(errors(source) == [expected])
  }

  @Test func misplacedFinallyIsCheckedAndDropped() {
    let source = "repeat 2 {\n  finally {\n    sleep fast\n  }\n  get usage\n}\nget health"
    #expect(
      errors(source) == [
        "2:3: 'finally' must be at the top level of a test case or of the prelude, "
          + "not inside the 'repeat' block opened on line 1",
        "3:11: expected a duration such as 200ms, 2s or 1m, found 'fast'",
      ])
    let prelude = parseScript(source, file: "t.syn").script.prelude
    #expect(prelude.map { dump($0.kind) } == ["repeat word(2) {request get usage}", "request get health"])
  }
}

@Suite struct LoopAndFinallyDiagnosticTests {
  static let sources = #"a JSON array, a $variable, a .path, csv "FILE" or json "FILE""#

  @Test(arguments: [
    // The name
    ("for", "1:4: expected a variable name after 'for'"),
    ("for $x in $xs {", "1:5: write the variable name without '$' after 'for'"),
    ("for env in $xs {", "1:5: '$env' is built in and cannot be assigned"),
    ("for last in $xs {", "1:5: '$last' is built in and cannot be assigned"),
    ("for 1x in $xs {", "1:5: expected a variable name after 'for' (letters, digits, '_' and '-'), found '1x'"),
    ("for x.y in $xs {", "1:5: expected a variable name after 'for' (letters, digits, '_' and '-'), found 'x.y'"),
    ("for in $xs {", "1:5: expected a variable name between 'for' and 'in', as in 'for item in $items {'"),
    ("for in", "1:5: expected a variable name between 'for' and 'in', as in 'for item in $items {'"),
    // `in`
    ("for x", "1:6: expected 'in' after 'for x', as in 'for x in $items {'"),
    ("for x of $xs {", "1:7: expected 'in' after 'for x', found 'of'; as in 'for x in $items {'"),
    ("for x = $xs {", "1:7: expected 'in' after 'for x', found '='; as in 'for x in $items {'"),
    // The source
    ("for x in", "1:9: expected what to loop over after 'in': \(sources)"),
    ("for x in {", "1:10: expected what to loop over before '{': \(sources)"),
    ("for x in xml \"f.xml\" {", "1:10: unknown loop source 'xml'; expected \(sources)"),
    ("for x in cvs \"f.csv\" {", "1:10: unknown loop source 'cvs'; expected \(sources); did you mean 'csv'?"),
    ("for x in jsno f.json {", "1:10: unknown loop source 'jsno'; expected \(sources); did you mean 'json'?"),
    ("for x in items {", "1:10: unknown loop source 'items'; expected \(sources); for a variable write '$items'"),
    ("for x in items", "1:10: unknown loop source 'items'; expected \(sources); for a variable write '$items'"),
    ("for x in \"a b\" {", "1:10: expected \(sources) after 'in', found '\"a'"),
    ("for x in 'ab' {", "1:10: expected \(sources) after 'in', found ''ab''"),
    ("for x in 12 {", "1:10: expected \(sources) after 'in', found '12'"),
    ("for x in {\"a\": [1]} {", "1:10: a for loop walks an array, not a JSON object; expected \(sources)"),
    ("for x in [1,] {", "1:13: expected a JSON value, found ']'"),
    (
      "for x in [1] 2 {",
      "1:14: expected '{' after 'for x in [1]', found '2'; the block's statements go on the following lines"
    ),
    ("for x in $a.{", "1:13: expected a key or '[' after '.', found '{'"),
    ("for x in [1,\n", "1:10: unclosed '[': expected ']' before the end of the text"),
    // Data files
    ("for x in csv", "1:13: expected a file after 'csv', like csv \"rows.csv\""),
    ("for x in csv {", "1:14: expected a file after 'csv', like csv \"rows.csv\""),
    ("for x in json {", "1:15: expected a file after 'json', like json \"rows.json\""),
    (
      "for x in csv $file {",
      "1:14: expected a file name after 'csv', like csv \"rows.csv\"; to use a variable write csv \"$file\""
    ),
    ("for x in json [1] {", "1:15: expected a file name after 'json', like json \"rows.json\", found '[1]'"),
    ("for x in csv \"a.csv", "1:14: unterminated string: missing the closing '\"' before the end of the line"),
    // The `{`
    ("for x in $xs", "1:13: expected '{' after 'for x in $xs' to open its block"),
    ("for x in $xs  # all of them", "1:14: expected '{' after 'for x in $xs' to open its block"),
    (
      "for x in $xs print $x",
      "1:14: expected '{' after 'for x in $xs', found 'print'; the block's statements go on the following lines"
    ),
    (
      "for x in csv a.csv print $x",
      "1:20: expected '{' after 'for x in csv a.csv', found 'print'; the block's statements go on the following lines"
    ),
    ("for x in [1,\n 2]", "2:4: expected '{' after 'for x in [1, 2]' to open its block"),
    (
      "for x in $xs { print $x\n}",
      "1:16: unexpected 'print'; expected the end of the line after '{'; the block's statements go on the following lines"
    ),
    ("finally", "1:8: expected '{' after 'finally' to open its block"),
    ("finally x {", "1:9: expected '{' after 'finally', found 'x'; the block's statements go on the following lines"),
    (
      "finally{",
      "1:1: expected a statement, found 'finally{'; "
        + "a statement starts with a command such as 'create profile', 'send', 'expect' or 'let'"
    ),
    // Closing
    ("for x in $xs {\nprint 1", "1:14: unclosed block: expected '}' to close the '{' of 'for x in $xs {'"),
    ("finally {\nprint 1", "1:9: unclosed block: expected '}' to close the '{' of 'finally {'"),
    ("for x in [1,\n  2] {\nprint 1", "2:6: unclosed block: expected '}' to close the '{' of 'for x in [1, 2] {'"),
    ("repeat 2 for x in $a {\n", "1:22: unclosed block: expected '}' to close the '{' of 'for x in $a {'"),
    (
      "for x in $xs {\n}\n}",
      "3:1: '}' without an open block; blocks start with 'repeat N {', 'for NAME in ... {' or 'finally {'"
    ),
    ("finally {\n} x", "2:3: unexpected 'x'; expected the end of the line after '}'"),
    (
      "for x in $xs {\ntest \"a\"\n}",
      "2:1: 'test' must be at the top level; close the block opened on line 1 with '}' first"
    ),
    (
      "finally {\ntest \"a\"\n}",
      "2:1: 'test' must be at the top level; close the block opened on line 1 with '}' first"
    ),
  ])
  func message(source: String, expected: String) {
    #expect(firstError(source) == expected)
  }

  /// A block header with an error still opens its block: the statements
  /// inside are checked, and its `}` is not reported as a stray one.
  @Test(arguments: [
    "for x of $xs {",
    "for x in xml \"f.xml\" {",
    "for x in {",
    "for env in [1, 2] {",
    "finally x {",
    "repeat x {",
    "repeat 2 for x in [1,,] {",
  ])
  func headerErrorKeepsTheBlock(header: String) {
    let source = "\(header)\n  sleep fast\n}\nget usage"
    let found = errors(source)
    #expect(found.count == 2, "\(found)")
    #expect(found.last == "2:9: expected a duration such as 200ms, 2s or 1m, found 'fast'")
    #expect(parseScript(source, file: "t.syn").script.prelude.map { dump($0.kind) } == ["request get usage"])
  }

  @Test func headerErrorWithoutBraceOpensNoBlock() {
    let source = "for x in $xs print $x\n  get usage\n}"
    #expect(
      errors(source) == [
        "1:14: expected '{' after 'for x in $xs', found 'print'; the block's statements go on the following lines",
        "3:1: '}' without an open block; blocks start with 'repeat N {', 'for NAME in ... {' or 'finally {'",
      ])
    #expect(parseScript(source, file: "t.syn").script.prelude.map { dump($0.kind) } == ["request get usage"])
  }

  @Test func everyErrorIsReported() {
    let source = "for x of $a {\n}\nfor y in cvs f {\n}\nfinally {\n  finally {\n  }\n}\nfor z in $b {\n"
    #expect(
      errors(source) == [
        "1:7: expected 'in' after 'for x', found 'of'; as in 'for x in $items {'",
        "3:10: unknown loop source 'cvs'; expected \(Self.sources); did you mean 'csv'?",
        "6:3: 'finally' must be at the top level of a test case or of the prelude, "
          + "not inside the 'finally' block opened on line 5",
        "9:13: unclosed block: expected '}' to close the '{' of 'for z in $b {'",
      ])
  }

  @Test func pathologicalHeaders() {
    for source in [
      String(repeating: "for x of {\n", count: 2_000),
      String(repeating: "for x in [\n", count: 2_000),
      String(repeating: "finally {\n", count: 2_000),
      String(repeating: "repeat x {\n", count: 2_000),
      String(repeating: "for x in $a { for y in $b {\n", count: 2_000),
    ] {
      #expect(!parseScript(source, file: "t.syn").diagnostics.isEmpty)
      #expect(needsContinuation(source))
    }
  }
}

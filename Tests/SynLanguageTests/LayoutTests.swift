import SynLanguage
import Testing

@Suite struct LineStructureTests {
  @Test func blankLinesAndComments() {
    let statements = parseClean(
      """
      # a comment line

         # an indented comment
      get usage   # a trailing comment
      print "# not a comment" '#' a#b {"k": "#"}
      get page https://x.com/#a
      """)
    #expect(
      statements.map { dump($0.kind) } == [
        "request get usage",
        ##"print[str("# not a comment"), raw("#"), word(a#b), json(={"k":"#"})]"##,
        "request get page positionals[word(https://x.com/#a)]",
      ])
    #expect(statements.map(\.location.line) == [4, 5, 6])
    #expect(statements.first?.text == "get usage")
  }

  @Test func backslashContinuation() throws {
    let statements = parseClean("create profile \\\n    name=x \\\n    externalId=y   \nexpect status 201")
    #expect(statements.count == 2)
    let first = try #require(statements.first)
    #expect(dump(first.kind) == "request create profile items[name=word(x), externalId=word(y)]")
    #expect(first.text == "create profile name=x externalId=y")
    #expect(first.location == SourceLocation(file: "t.syn", line: 1, column: 1))
    #expect(first.sourceLine == "create profile \\")
    #expect(statements.last?.location.line == 4)
  }

  @Test func sourceLineIsTheFirstPhysicalLine() {
    let statements = parseClean("print \\\nx\n  print y  # c")
    #expect(statements.map(\.text) == ["print x", "print y"])
    #expect(statements.map(\.sourceLine) == ["print \\", "  print y  # c"])
  }

  @Test func backslashBeforeTrailingBlanksAndCRLF() {
    let statements = parseClean("print a \\  \r\n  b\r\nprint c\r\n")
    #expect(statements.map { dump($0.kind) } == ["print[word(a), word(b)]", "print[word(c)]"])
    #expect(statements.first?.text == "print a b")
  }

  @Test func continuationThenCommentEndsTheStatement() {
    let statements = parseClean("print a \\\n# note\nprint b")
    #expect(statements.map { dump($0.kind) } == ["print[word(a)]", "print[word(b)]"])
  }

  @Test func byteOrderMarkIsIgnored() {
    let result = parseScript("\u{FEFF}get usage\nfoo!", file: "t.syn")
    #expect(result.script.prelude.map { dump($0.kind) } == ["request get usage"])
    #expect(result.script.prelude.first?.location.column == 1)
    #expect(result.diagnostics.first?.location.line == 2)
  }
}

@Suite struct BlockTests {
  @Test func repeatBlock() throws {
    let statements = parseClean(
      """
      repeat 10 {
        create profile name="p$i"
        expect status 201
      }
      print done
      """)
    #expect(
      statements.map { dump($0.kind) } == [
        #"repeat word(10) {request create profile items[name=str("p" $i)]; expect status == word(201)}"#,
        "print[word(done)]",
      ])
    let block = try #require(statements.first)
    #expect(block.text == "repeat 10 {")
    #expect(block.location.line == 1)
    guard case .repeat(_, let body) = block.kind else { return }
    #expect(body.map(\.location.line) == [2, 3])
    #expect(body.map(\.location.column) == [3, 3])
  }

  @Test func nestedBlocks() {
    let statements = parseClean(
      """
      repeat 2 {
        repeat $n {  # inner
          print $i
        }
        repeat 3 repeat 4 {
          show
        }
      }
      """)
    #expect(
      statements.map { dump($0.kind) } == [
        "repeat word(2) {repeat $n {print[$i]}; repeat word(3) {repeat word(4) {show}}}"
      ])
  }

  @Test func blockInsideTestCase() {
    let script = parseScript("test \"a\"\nrepeat 2 {\n  get usage\n}\nget health", file: "t.syn").script
    #expect(
      script.cases.first?.body.map { dump($0.kind) } == ["repeat word(2) {request get usage}", "request get health"])
  }
}

@Suite struct TestCaseLayoutTests {
  @Test func preludeAndCases() throws {
    let result = parseScript(
      """
      use synposter
      let base = 1

      test "creates a profile"
        create profile name=x
        expect status 201

      test 'lists profiles'
        list profiles
      test plain-name
      """, file: "profiles.syn")
    #expect(result.diagnostics.isEmpty)
    let script = result.script
    #expect(script.file == "profiles.syn")
    #expect(script.prelude.map { dump($0.kind) } == ["use synposter", "let base = word(1)"])
    #expect(script.cases.map(\.name) == ["creates a profile", "lists profiles", "plain-name"])
    #expect(
      script.cases.map(\.location) == [
        SourceLocation(file: "profiles.syn", line: 4, column: 1),
        SourceLocation(file: "profiles.syn", line: 8, column: 1),
        SourceLocation(file: "profiles.syn", line: 10, column: 1),
      ])
    #expect(script.cases.map(\.body.count) == [2, 1, 0])
    #expect(script.cases.first?.body.last?.location == SourceLocation(file: "profiles.syn", line: 6, column: 3))
  }

  @Test func fileWithoutTestsIsAllPrelude() {
    let script = parseScript("get usage\nget health\n", file: "t.syn").script
    #expect(script.prelude.count == 2)
    #expect(script.cases.isEmpty)
  }

  @Test func promptInputFlattensCases() {
    let statements = parseClean("get usage\ntest \"a\"\nget health\ntest \"b\"\nshow")
    #expect(statements.map { dump($0.kind) } == ["request get usage", "request get health", "show"])
  }
}

import SynLanguage
import Testing

/// The one traversal of statements, and the order a case's statements run in.
@Suite struct StatementWalkTests {
  @Test func walkVisitsEveryNestedStatementInSourceOrder() {
    let source = """
      print 1
      repeat 2 {
        print 2
        for x in [1] {
          repeat 3 print 3
          print 4
        }
        print 5
      }
      finally {
        print 6
      }
      print 7
      """
    let walked = StatementWalk(parseClean(source)).map(\.text)
    #expect(
      walked == [
        "print 1", "repeat 2 {", "print 2", "for x in [1] {", "repeat 3 print 3", "print 3", "print 4", "print 5",
        "finally {", "print 6", "print 7",
      ])
  }

  @Test func walkOfNothingAndOfFlatStatements() {
    #expect(Array(StatementWalk([])).isEmpty)
    #expect(StatementWalk(parseClean("print 1\nprint 2")).map(\.text) == ["print 1", "print 2"])
  }

  @Test func walkGoesAsDeepAsBlocksNest() {
    let depth = 400
    let source =
      String(repeating: "repeat 1 {\n", count: depth) + "print deep\n" + String(repeating: "}\n", count: depth)
    let walked = Array(StatementWalk(parseClean(source)))
    #expect(walked.count == depth + 1)
    #expect(walked.last?.text == "print deep")
  }

  @Test func bodyIsWhatABlockHolds() {
    let statements = parseClean("repeat 2 print 1\nfor x in [1] {\n  print 2\n}\nfinally {\n  print 3\n}\nprint 4")
    #expect(statements.map { $0.body.map(\.text) } == [["print 1"], ["print 2"], ["print 3"], []])
  }

  @Test func runOrderPutsFinallyBlocksLast() {
    let testCase = TestCase(
      name: "c", location: SourceLocation(file: "t.syn", line: 1, column: 1),
      body: parseClean("finally {\n  print 1\n}\nprint 2\nfinally {\n  print 3\n}\nprint 4"))
    let order = testCase.runOrder
    #expect(order.statements.map(\.text) == ["print 2", "print 4"])
    #expect(order.cleanups.map { $0.map(\.text) } == [["print 1"], ["print 3"]])
  }

  @Test func runnableCasesPutThePreludeBeforeEachCase() {
    let script = parseScript("print 0\ntest \"a\"\nprint 1\ntest \"b\"\nprint 2", file: "dir/suite.syn").script
    let cases = script.runnableCases
    #expect(cases.map(\.name) == ["a", "b"])
    #expect(cases.map { $0.body.map(\.text) } == [["print 0", "print 1"], ["print 0", "print 2"]])
    #expect(cases.map(\.location.line) == [2, 4])
  }

  @Test func aFileWithoutTestsIsOneCaseNamedAfterIt() {
    let cases = parseScript("print 0\nprint 1", file: "dir/smoke.syn").script.runnableCases
    #expect(cases.map(\.name) == ["smoke"])
    #expect(cases.first?.location == SourceLocation(file: "dir/smoke.syn", line: 1, column: 1))
    #expect(cases.first?.body.count == 2)
  }
}

import Foundation
import SynJSON
import Testing

@testable import SynLanguageServer

/// Hover, go to definition and document symbols.
@Suite struct NavigationTests {
  @Test func hoverOnAVerbOrNounShowsTheOperationsHelp() {
    var harness = ServerHarness.initialized()
    _ = harness.open("create profile name=Alice")
    for character in [2, 10] {
      let text = harness.at("hover", line: 0, character: character)["contents"]?.string("value") ?? ""
      #expect(text.contains("POST /v1/profiles"), "\(text)")
      #expect(text.contains("Fields (name=value)"))
    }
  }

  @Test func hoverOnAKeywordShowsItsForms() {
    var harness = ServerHarness.initialized()
    _ = harness.open("expect status 200")
    let text = harness.at("hover", line: 0, character: 1)["contents"]?.string("value") ?? ""
    #expect(text.contains("expect: check the last response"))
  }

  @Test func hoverOnAnItemKeyShowsTheFieldsTypeAndDoc() {
    var harness = ServerHarness.initialized()
    _ = harness.open("create profile name=Alice")
    let text = harness.at("hover", line: 0, character: 16)["contents"]?.string("value") ?? ""
    #expect(text.hasPrefix("**name** (create profile): string; required"), "\(text)")
  }

  @Test func hoverOnAVariableShowsWhereItIsBound() {
    var harness = ServerHarness.initialized()
    _ = harness.open("let who = \"é😀\"\nprint \"hi $who\"")
    let text = harness.at("hover", line: 1, character: 12)["contents"]?.string("value") ?? ""
    #expect(text.contains("`$who` is bound on line 1"), "\(text)")
    #expect(text.contains("let who = \"é😀\""))
  }

  @Test func definitionOfAVariableIsItsLetAsOrFor() {
    var harness = ServerHarness.initialized()
    _ = harness.open(
      "let who = 1\ncreate profile name=A as bob\nfor row in [1] {\n  print $row $bob.id $who\n}")
    let row = harness.at("definition", line: 3, character: 9)
    #expect(row.start == [2, 4] && row.end == [2, 7])
    let bob = harness.at("definition", line: 3, character: 14)
    #expect(bob.start == [1, 25] && bob.end == [1, 28])
    let who = harness.at("definition", line: 3, character: 22)
    #expect(who.start == [0, 4])
    #expect(harness.at("definition", line: 1, character: 2).isNull)
  }

  @Test func definitionOfAnIncludeIsTheFile() throws {
    let directory = try ServerHarness.workspace(["shared/login.syn": "get usage\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let uri = directory.appendingPathComponent("main.syn").absoluteString
    var harness = ServerHarness.initialized()
    _ = harness.open("include \"shared/login.syn\"\ninclude \"missing.syn\"", uri: uri)
    let found = harness.at("definition", line: 0, character: 12, uri: uri)
    #expect(found.string("uri")?.hasSuffix("/shared/login.syn") == true)
    #expect(harness.at("definition", line: 1, character: 12, uri: uri).isNull)
  }

  @Test func symbolsAreThePreludeAndEachTestCase() {
    var harness = ServerHarness.initialized()
    _ = harness.open("mock seed 1\n\ntest \"a case\"\nlist profiles\ntest b\nget usage\n")
    let symbols =
      harness.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///tmp/test.syn"]])["result"]?
      .arrayValue ?? []
    #expect(symbols.map { $0.string("name") ?? "" } == ["prelude", "test \"a case\"", "test \"b\""])
    #expect(symbols.map { $0.start[0] } == [0, 2, 4])
    #expect(symbols.map { $0.end[0] } == [1, 3, 6])
  }
}

import Foundation
import SynJSON
import Testing

@testable import SynLanguageServer

/// The prompt's completion engine, reached through `textDocument/completion`.
@Suite struct CompletionTests {
  static func items(_ text: String, line: Int, character: Int, uri: String = "file:///tmp/test.syn") -> [JSONValue] {
    var harness = ServerHarness.initialized()
    _ = harness.open(text, uri: uri)
    return harness.at("completion", line: line, character: character, uri: uri)["items"]?.arrayValue ?? []
  }

  static func item(_ label: String, in items: [JSONValue]) -> JSONValue? {
    items.first { $0.string("label") == label }
  }

  @Test func verbsAndKeywordsReplaceTheWordTyped() {
    let items = Self.items("# first\ncre", line: 1, character: 3)
    let create = Self.item("create", in: items)
    #expect(create?.integer("kind") == 3)
    #expect(create?["textEdit"]?.string("newText") == "create")
    #expect(create?["textEdit"]?.start == [1, 0] && create?["textEdit"]?.end == [1, 3])
  }

  @Test func fieldsComeWithTheirTypeAndDoc() {
    let items = Self.items("create profile externalId=x n", line: 0, character: 29)
    let name = Self.item("name=", in: items)
    #expect(name?.string("detail") == "string, required")
    #expect(name?["documentation"]?.string("value")?.isEmpty == false)
    #expect(name?["textEdit"]?.string("newText") == "name=")
    #expect(name?.integer("kind") == 5)
    #expect(Self.item("externalId=", in: items) == nil)
  }

  @Test func theAPIInUseAtTheLineGivesTheNouns() {
    let synup = Self.items("use synup\nlist loc", line: 1, character: 8)
    #expect(Self.item("locations", in: synup) != nil)
    let synposter = Self.items("list loc", line: 0, character: 8)
    #expect(Self.item("locations", in: synposter) == nil)
  }

  @Test func theScriptsVariablesAreOffered() {
    let items = Self.items("create profile name=A as alice\nlet bob = 1\nprint $a", line: 2, character: 8)
    #expect(Self.item("$alice", in: items)?.integer("kind") == 6)
    #expect(Self.item("$bob", in: items) == nil)
  }

  @Test func fileNamesBesideTheScriptAfterIncludeAndCsv() throws {
    let directory = try ServerHarness.workspace(["users.csv": "name\nann\n", "shared/login.syn": ""])
    defer { try? FileManager.default.removeItem(at: directory) }
    let uri = directory.appendingPathComponent("main.syn").absoluteString

    let csv = Self.items("for row in csv \"us", line: 0, character: 18, uri: uri)
    #expect(Self.item("users.csv", in: csv)?["textEdit"]?.string("newText") == "\"users.csv\"")
    let include = Self.items("include sh", line: 0, character: 10, uri: uri)
    #expect(Self.item("shared/", in: include)?.integer("kind") == 19)
  }

  @Test func aStatementContinuedOverLinesIsCompletedWhole() {
    let items = Self.items("create profile \\\n  externalId=x \\\n  na", line: 2, character: 4)
    #expect(Self.item("name=", in: items) != nil)
  }

  @Test func mockRequestsOffersItsFiltersAndChecksClean() {
    var harness = ServerHarness.initialized()
    let script = """
      mock requests method=POST path="/v1/profiles/{id}"
      expect .requests[0].headers.idempotency-key exists
      """
    #expect(harness.open(script).isEmpty)
    let items = Self.items("mock requests m", line: 0, character: 15)
    #expect(Self.item("method=", in: items)?.integer("kind") == 5)
    #expect(Self.item("since=", in: items) == nil)
    #expect(Self.item("method=POST", in: Self.items("mock requests method=PO", line: 0, character: 23)) == nil)
    #expect(Self.item("POST", in: Self.items("mock requests method=PO", line: 0, character: 23)) != nil)
  }
}

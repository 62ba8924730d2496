import SynJSON
import Testing

@testable import SynLanguageServer

/// What `syn check` finds, published with ranges over the words, and the did-you-mean quick fixes.
@Suite struct DiagnosticTests {
  static let script = """
    # a comment
    let who = "日本😀"
    create profil name=$who
    create profile name="é😀" nmae=x
    print $whoo
    """

  @Test func parseAndCheckProblemsCoverTheirWordsInUTF16() {
    var harness = ServerHarness.initialized()
    let diagnostics = harness.open(Self.script)
    #expect(diagnostics.count == 3, "\(diagnostics)")
    guard diagnostics.count == 3 else { return }
    #expect(diagnostics[0].string("message")?.hasPrefix("unknown noun 'profil' for 'create'") == true)
    #expect(diagnostics[0].integer("severity") == 1)
    #expect(diagnostics[0].start == [2, 7] && diagnostics[0].end == [2, 13])
    // After `name="é😀" `: 15 + 9 scalars + a blank, the emoji two UTF-16 units.
    #expect(diagnostics[1].string("message")?.contains("no field 'nmae'; did you mean 'name'?") == true)
    #expect(diagnostics[1].integer("severity") == 2)
    #expect(diagnostics[1].start == [3, 26] && diagnostics[1].end == [3, 30])
    #expect(diagnostics[2].string("message")?.hasPrefix("undefined variable '$whoo'") == true)
    #expect(diagnostics[2].start == [4, 7] && diagnostics[2].end == [4, 11])
  }

  @Test func anEditRepublishesTheDiagnostics() {
    var harness = ServerHarness.initialized()
    #expect(harness.open("create profil name=x").count == 1)
    let sent = harness.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": "file:///tmp/test.syn", "version": 2],
        "contentChanges": [["text": "create profile name=x"]],
      ])
    let published = sent.first?["params"]
    #expect(published?.integer("version") == 2)
    #expect(published?["diagnostics"]?.arrayValue?.isEmpty == true)
  }

  @Test func didYouMeanBecomesAQuickFixReplacingTheWord() {
    var harness = ServerHarness.initialized()
    _ = harness.open(Self.script)
    let actions =
      harness.request(
        "textDocument/codeAction",
        [
          "textDocument": ["uri": "file:///tmp/test.syn"],
          "range": ["start": ["line": 2, "character": 8], "end": ["line": 2, "character": 8]],
          "context": ["diagnostics": []],
        ])["result"]?.arrayValue ?? []
    #expect(actions.count == 1)
    #expect(actions.first?.string("title") == "Replace 'profil' with 'profile'")
    #expect(actions.first?.string("kind") == "quickfix")
    let edit = actions.first?["edit"]?["changes"]?["file:///tmp/test.syn"]?.arrayValue?.first
    #expect(edit?.string("newText") == "profile")
    #expect(edit?.start == [2, 7] && edit?.end == [2, 13])

    let variableFix =
      harness.request(
        "textDocument/codeAction",
        [
          "textDocument": ["uri": "file:///tmp/test.syn"],
          "range": ["start": ["line": 4, "character": 0], "end": ["line": 4, "character": 11]],
        ])["result"]?.arrayValue?.first
    #expect(variableFix?["edit"]?["changes"]?["file:///tmp/test.syn"]?.arrayValue?.first?.string("newText") == "who")
  }

  @Test func closingADocumentClearsItsDiagnostics() {
    var harness = ServerHarness.initialized()
    _ = harness.open("create profil")
    let sent = harness.notify("textDocument/didClose", ["textDocument": ["uri": "file:///tmp/test.syn"]])
    #expect(sent.first?["params"]?["diagnostics"]?.arrayValue?.isEmpty == true)
    #expect(harness.at("hover", line: 0, character: 1).isNull)
  }
}

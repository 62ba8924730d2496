import Foundation
import SynJSON
import Testing

@testable import SynLanguageServer

/// No input crashes the server: every script of the parser's fuzz corpus, and
/// each of them cut short at every line, is opened and asked about everywhere.
@Suite struct FuzzCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus/language")

  @Test func everyCorpusScriptIsAnsweredAtEveryPosition() throws {
    let files = try FileManager.default.contentsOfDirectory(at: Self.corpus, includingPropertiesForKeys: nil)
    #expect(files.count > 20, "the corpus is at \(Self.corpus.path)")
    var harness = ServerHarness.initialized()
    for file in files {
      let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
      let uri = file.absoluteString
      _ = harness.open(text, uri: uri)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(
        harness.request("textDocument/semanticTokens/full", ["textDocument": ["uri": .string(uri)]])["result"] != nil)
      #expect(harness.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])["result"] != nil)
      for (number, line) in lines.enumerated() {
        for character in Set([0, line.utf16.count / 2, line.utf16.count, line.utf16.count + 3]) {
          for method in ["completion", "hover", "definition"] {
            _ = harness.at(method, line: number, character: character, uri: uri)
          }
        }
        // The script cut after this line: an unclosed block, string or JSON literal.
        _ = harness.open(lines.prefix(number + 1).joined(separator: "\n") + "\n{\"a\": [\"", uri: uri)
      }
    }
  }
}

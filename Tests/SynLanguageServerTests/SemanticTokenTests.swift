import SynJSON
import Testing

@testable import SynLanguageServer

@Suite struct SemanticTokenTests {
  /// (line, character, length, type) of each token, decoded from LSP's relative form.
  static func tokens(_ text: String) -> [[String]] {
    var harness = ServerHarness.initialized()
    _ = harness.open(text)
    let data =
      harness.request("textDocument/semanticTokens/full", ["textDocument": ["uri": "file:///tmp/test.syn"]])[
        "result"]?["data"]?.arrayValue?.compactMap { $0.numberValue?.intValue } ?? []
    var line = 0
    var character = 0
    var decoded: [[String]] = []
    for index in stride(from: 0, to: data.count - 4, by: 5) {
      line += data[index]
      character = data[index] == 0 ? character + data[index + 1] : data[index + 1]
      let type = SemanticTokenType.allCases[data[index + 3]].rawValue
      decoded.append(["\(line):\(character)", "\(data[index + 2])", type + (data[index + 4] == 1 ? "+decl" : "")])
    }
    return decoded
  }

  @Test func aRequestsWordsGetTheirRoles() {
    #expect(
      Self.tokens("create profile name=\"é😀\" as p # note")
        == [
          ["0:0", "6", "function"], ["0:7", "7", "type"], ["0:15", "4", "property"], ["0:19", "1", "operator"],
          ["0:20", "5", "string"], ["0:26", "2", "keyword"], ["0:29", "1", "variable+decl"], ["0:31", "6", "comment"],
        ])
  }

  @Test func keywordsValuesAndJSONAcrossLines() {
    #expect(
      Self.tokens("repeat 2 {\n  let x = {\"a\": [1,\n  $y]}\n}\nexpect .a == 3")
        == [
          ["0:0", "6", "keyword"], ["0:7", "1", "number"], ["1:2", "3", "keyword"], ["1:6", "1", "variable+decl"],
          ["1:8", "1", "operator"], ["1:11", "3", "string"], ["1:17", "1", "number"], ["2:2", "2", "variable"],
          ["4:0", "6", "keyword"], ["4:7", "2", "property"], ["4:10", "2", "operator"], ["4:13", "1", "number"],
        ])
  }
}

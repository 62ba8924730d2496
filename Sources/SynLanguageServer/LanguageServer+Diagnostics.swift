import SynJSON
import SynLanguage

extension LanguageServer {
  /// `textDocument/publishDiagnostics`: parse errors and what `syn check` finds, each over its word.
  func publishedDiagnostics(of analyzed: AnalyzedDocument) -> JSONValue {
    RPCMessage.notification(
      "textDocument/publishDiagnostics",
      [
        "uri": .string(analyzed.document.uri), "version": .integer(analyzed.document.version),
        "diagnostics": .array(analyzed.diagnostics.map(\.json)),
      ])
  }

  /// `textDocument/codeAction`: for each did-you-mean in the range, a quick fix per suggestion.
  func codeActions(_ params: JSONValue) -> JSONValue {
    guard let analyzed = document(params) else { return [] }
    let range = LSPRange(params["range"])
    var actions: [JSONValue] = []
    for diagnostic in analyzed.diagnostics where diagnostic.range.overlaps(range) {
      guard let misspelled = diagnostic.misspelled else { continue }
      for (rank, suggestion) in diagnostic.suggestions.enumerated() {
        let edit: JSONValue = ["range": diagnostic.range.json, "newText": .string(suggestion)]
        actions.append([
          "title": .string("Replace '\(misspelled)' with '\(suggestion)'"),
          "kind": "quickfix",
          "diagnostics": [diagnostic.json],
          "isPreferred": .bool(rank == 0),
          "edit": ["changes": .members([(analyzed.document.uri, JSONValue.array([edit]))])],
        ])
      }
    }
    return .array(actions)
  }
}

extension EditorDiagnostic {
  var json: JSONValue {
    [
      "range": range.json,
      // LSP severities: 1 error, 2 warning.
      "severity": .integer(severity == .error ? 1 : 2),
      "source": "syn",
      "message": .string(message),
    ]
  }
}

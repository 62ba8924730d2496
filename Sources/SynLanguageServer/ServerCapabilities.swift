import SynJSON

/// What `initialize` answers the editor can ask for: the one place the
/// capability list is built.
enum ServerCapabilities {
  static var json: JSONValue {
    [
      "positionEncoding": "utf-16",
      // Full sync: every change sends the whole text (1).
      "textDocumentSync": ["openClose": true, "change": 1],
      "completionProvider": ["triggerCharacters": ["$", ".", "=", "/", "\""]],
      "hoverProvider": true,
      "definitionProvider": true,
      "documentSymbolProvider": true,
      "documentFormattingProvider": true,
      "codeActionProvider": ["codeActionKinds": ["quickfix"]],
      "semanticTokensProvider": [
        "legend": [
          "tokenTypes": .array(SemanticTokenType.allCases.map { .string($0.rawValue) }),
          "tokenModifiers": .array(SemanticTokenModifier.allCases.map { .string($0.rawValue) }),
        ],
        "full": true,
      ],
    ]
  }
}

import SynJSON
import SynLanguage

extension LanguageServer {
  /// `textDocument/formatting`: `syn fmt`'s layout as one edit over the whole
  /// document; no edit when it is formatted already, or when it does not parse
  /// (its diagnostics say why, as `syn fmt` would).
  func formatting(_ params: JSONValue) -> JSONValue {
    guard let analyzed = document(params) else { return [] }
    let document = analyzed.document
    guard let formatted = try? ScriptFormatter.format(document.text), formatted != document.text else { return [] }
    let lastLine = max(0, document.lines.count - 1)
    let whole = LSPRange(
      LSPPosition(line: 0, character: 0), document.position(line: lastLine, column: document.line(lastLine).count))
    return [["range": whole.json, "newText": .string(formatted)]]
  }
}

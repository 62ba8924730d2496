/// Hides API keys in the errors syn shows (diagnostics, failed expectations): Synposter keys
/// (`sk_live_...`, `sk_test_...`) wherever they stand, and the value of a key header item
/// (`x-api-key:...`, `Authorization:...`). Each hidden character becomes `*`, so a caret
/// under a column still points at the same place.
public enum KeyMask {
  public static func masking(_ text: String) -> String {
    text.replacing(/sk_(?:live|test)_[A-Za-z0-9_]+/) { match in
      match.output.prefix(8) + String(repeating: "*", count: match.output.count - 8)
    }.replacing(/(?i)\b(x-api-key|authorization)(\s*:\s*)("[^"]*"|'[^']*'|\S+)/) { match in
      match.output.1 + match.output.2 + String(repeating: "*", count: match.output.3.count)
    }
  }
}

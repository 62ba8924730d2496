/// What an API key looks like, and how syn hides one: the one place every
/// output channel (diagnostics, failed expectations, `-v`, `:curl`, `:vars`,
/// history) takes its rules from.
public enum KeyMask {
  /// A Synposter key anywhere in text: `sk_live_...`, `sk_test_...`. (Synup
  /// keys have no prefix to be recognised by.)
  public static var synposterKey: Regex<(Substring, Substring)> { /sk_(live|test)_[A-Za-z0-9_]+/ }

  /// The headers whose value is a key, lowercased.
  public static let keyHeaderNames: Set<String> = ["x-api-key", "authorization"]

  /// `text` with Synposter keys wherever they stand and the value of a key
  /// header item (`x-api-key:...`, `Authorization:...`) hidden. Each hidden
  /// character becomes `*`, so a caret under a column still points at the same place.
  public static func masking(_ text: String) -> String {
    guard mayHoldKey(text) else { return text }
    return text.replacing(synposterKey) { match in
      match.output.0.prefix(8) + String(repeating: "*", count: match.output.0.count - 8)
    }.replacing(/(?i)\b(x-api-key|authorization)(\s*:\s*)("[^"]*"|'[^']*'|\S+)/) { match in
      match.output.1 + match.output.2 + String(repeating: "*", count: match.output.3.count)
    }
  }

  /// False when neither regex of `masking` can match: no `sk_`, and no key
  /// header's name in any case. Most text (every statement of a script is
  /// masked for its trace) is let through without building and running a
  /// regex, which took half the time of a script run through the live backend.
  static func mayHoldKey(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      // Beyond ASCII, `(?i)` may match through Unicode case folding: left to the regexes.
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return true }
      let names: [StaticString] = ["sk_", "x-api-key", "authorization"]
      return names.contains { bytes.contains(ignoringASCIICase: $0) }
    }
  }

  /// A key standing alone (a key header's value), hidden whole but for the
  /// `sk_live_` that tells a Synposter key: `sk_live_****`, else `****`.
  public static func masked(_ key: String) -> String {
    (key.hasPrefix("sk_live_") ? "sk_live_" : "") + "****"
  }

  /// The value of header `name` with its key hidden when it is a key header,
  /// keeping a scheme before the key (`API ****` of `Authorization: API <key>`).
  public static func masked(_ value: String, inHeader name: String) -> String {
    guard keyHeaderNames.contains(name.lowercased()) else { return value }
    if let space = value.firstIndex(of: " ") {
      return String(value[...space]) + masked(String(value[value.index(after: space)...]))
    }
    return masked(value)
  }

  /// `masking(text)`, and also every one of `keys` wherever it stands as
  /// `****`: the keys a run knew, which need no prefix to be hidden (a Synup
  /// key, a key given with `--api-key` or `set apiKey`).
  public static func masking(_ text: String, hiding keys: some Sequence<String>) -> String {
    keys.reduce(masking(text)) { masked, key in
      // A byte search first: `replacing` sets up a searcher even when the key is not there.
      guard !key.isEmpty, masked.containsBytes(of: key) else { return masked }
      return masked.replacing(key, with: "****")
    }
  }

  /// `text` with each Synposter key shown as `sk_live_****` (or `sk_test_****`).
  public static func abbreviating(_ text: String) -> String {
    text.replacing(synposterKey) { match in "sk_\(match.output.1)_****" }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether `needle` (lowercase ASCII) occurs in these bytes, letters compared in either case.
  fileprivate func contains(ignoringASCIICase needle: StaticString) -> Bool {
    let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    guard count >= pattern.count else { return false }
    return (0...(count - pattern.count)).contains { start in
      pattern.indices.allSatisfy { offset in
        let byte = self[start + offset]
        let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
        return lowered == pattern[offset]
      }
    }
  }
}

extension String {
  /// Whether `other`'s bytes occur here in a row: a superset of where `String`'s
  /// own search (by characters) finds it, so a `false` rules that out.
  fileprivate func containsBytes(of other: String) -> Bool {
    var text = self
    var needle = other
    return text.withUTF8 { bytes in
      needle.withUTF8 { pattern in
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in
          bytes[start] == pattern[0]
            && UnsafeBufferPointer(rebasing: bytes[start..<start + pattern.count]).elementsEqual(pattern)
        }
      }
    }
  }
}

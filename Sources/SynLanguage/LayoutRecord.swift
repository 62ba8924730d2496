/// What the formatter needs from a parse beyond the statements: the spans of
/// the source that hold blanks inside one token, and the quotes it may drop.
///
/// The parser fills it only when asked (`Parser.layoutRecord` is `nil`
/// otherwise), from the very functions that read strings, regular
/// expressions, variables and JSON literals, so the formatter never has to
/// guess where a token ends.
struct LayoutRecord {
  enum SpanKind {
    /// Copied as written: a string, a regular expression, a variable reference.
    case verbatim
    /// A JSON literal, which the formatter lays out again.
    case jsonLiteral
    /// A quoted string that the statement reads as plain text only (a test
    /// name, an error code, a header name): written as this bare word instead.
    case unquoted(String)
  }

  /// The kind and end of each recorded span, by start offset; where spans
  /// share a start the longest is kept, since it holds the others.
  private(set) var spans: [Int: (end: Int, kind: SpanKind)] = [:]

  mutating func record(_ range: Range<Int>, as kind: SpanKind) {
    if let known = spans[range.lowerBound] {
      if case .unquoted = known.kind { return }
      if known.end > range.upperBound { return }
    }
    spans[range.lowerBound] = (range.upperBound, kind)
  }
}

extension Parser {
  /// Records `range` for the formatter, when a formatter asked for the record.
  mutating func recordLayout(_ range: Range<Int>, as kind: LayoutRecord.SpanKind) {
    layoutRecord?.record(range, as: kind)
  }

  /// Records the quoted value at `range`, read as plain `text`, as a bare word
  /// when one spells the same text: only word characters, so it cannot read as
  /// anything else (an item, a number, a variable, a comment).
  mutating func recordPlainText(_ text: String, at range: Range<Int>) {
    guard layoutRecord != nil, bytes[range.lowerBound] == Byte.quote || bytes[range.lowerBound] == Byte.apostrophe,
      let first = text.utf8.first, Byte.isIdentifierStart(first),
      text.utf8.allSatisfy({ Byte.isItemKeyCharacter($0) })
    else { return }
    recordLayout(range, as: .unquoted(text))
  }
}

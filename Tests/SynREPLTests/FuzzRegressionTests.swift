import SynREPL
import Testing

/// Inputs `scripts/fuzz language` found; each failed before its fix.
@Suite struct FuzzRegressionTests {
  /// Inside a quoted string a `\` line continuation is dropped, as the parser
  /// drops it, so the word reads on across the line break (it used to gain a
  /// blank: `"s ha`, which no file name starts with).
  @Test func continuationInsideAQuotedStringJoinsTheWord() {
    let completion = completions(for: "include \"s\\\nha", context: CompletionTests.context)
    #expect(completion.word == "\"sha")
    #expect(completion.texts == ["\"shared/"])
  }

  /// An item value that is a path or variable with nothing to offer answers
  /// no completion; it used to answer the bare `key=` as the word, which is
  /// not how the text ends (found as `externalId=.a\u{FFFD}[...`).
  @Test func itemValueWithoutCandidatesHasNoWord() {
    for text in ["list profiles externalId=.nope.x", "create profile name=$nobody.x", "create profile name=.a[x"] {
      let completion = completions(for: text, context: CompletionTests.context)
      #expect(completion.candidates.isEmpty, "\(text)")
      #expect(text.hasSuffix(completion.word), "\(text): word \(completion.word)")
    }
  }
}

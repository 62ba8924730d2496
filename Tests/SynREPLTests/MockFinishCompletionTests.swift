import SynLanguage
import Testing

@testable import SynREPL

/// `mock finish` (synup-sections.md 5.6): its items, kinds and outcomes complete, and `:help mock` shows its form.
@Suite struct MockFinishCompletionTests {
  private func complete(_ text: String) -> [String] {
    completions(for: text, context: CompletionTests.context).texts
  }

  @Test func itemsKindsAndOutcomesComplete() {
    #expect(complete("mock finish ") == ["id", "kind", "outcome"])
    #expect(complete("mock finish kind=p") == ["kind=photo-upload"])
    #expect(complete("mock finish kind=") == MockCommand.finishKinds.map { "kind=" + $0 })
    #expect(complete("mock finish id=x outcome=e") == ["outcome=error"])
  }

  @Test func helpShowsTheForm() throws {
    let form = try #require(StatementHelp.mockForms.first { $0.command == "finish" })
    #expect(form.form == "mock finish [kind=grid-report|photo-upload|matches|response] [id=ID] [outcome=success|error]")
  }
}

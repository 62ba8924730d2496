import SynRuntime
import Testing

@testable import SynREPL

/// `:help` and completion read the catalog, so the operations of
/// synup-sections.md need no code of their own there.
@Suite struct SynupSectionsHelpTests {
  @Test func helpShowsAnOperationOfTheNewSections() async throws {
    let (output, _, _) = try await runPrompt([":help list reviews", ":help add keywords"])
    let text = output.standard
    #expect(text.contains("list reviews (synup)"))
    #expect(text.contains("GET /api/v4/locations/{locationId}/reviews"))
    #expect(text.contains("ratingFilters"))
    #expect(text.contains("add keyword (synup)"))
    #expect(text.contains("inputKeywords"))
    #expect(text.contains("POST /api/v4/locations/keywords"))
  }
}

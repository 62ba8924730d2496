import SynLanguage
import Testing

/// A run keeps its whole parsed script in memory (it is checked before the
/// first request), so the parts every statement has stay small: issue 21
/// holds 100,000 creates to 80 MB. A field added to one of these, or a
/// reordering that wastes padding, shows here rather than in the benchmark.
@Suite struct ParsedSizeTests {
  @Test func aLocationIsAFileNumberAndTwo32BitCounts() {
    #expect(MemoryLayout<SynLanguage.SourceLocation>.size == 12)
  }

  @Test func aStatementKeepsWhereItsTextLiesNotTheText() {
    // The kind (one reference), the location, the file's bytes (one reference) and two offsets.
    #expect(MemoryLayout<Statement>.stride <= 40)
  }

  @Test func anItemPacksItsKindAfterItsValue() {
    #expect(MemoryLayout<Item>.stride <= 56)
  }
}

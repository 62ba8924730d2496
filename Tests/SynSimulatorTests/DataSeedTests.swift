import Testing

@testable import SynSimulator

/// H and UUID of synup-sections.md 5.2, against values a separate
/// implementation of the definition computed (FNV-1a over the seed's bytes and
/// 0x1F-led parts, then SplitMix64's mix), so later sections derive what the spec says.
@Suite struct DataSeedTests {
  @Test func theHashFollowsTheDefinition() {
    #expect(DataSeed(0).hash() == 0x813F_0174_A236_7C13)
    #expect(DataSeed(42).hash("a", "b") == 0x8B97_F0FE_E095_29FB)
  }

  @Test func partsAreSeparatedSoTheirBoundariesCount() {
    #expect(DataSeed(42).hash("ab", "c") != DataSeed(42).hash("a", "bc"))
  }

  @Test func aNegativeSeedIsItsTwosComplementBytes() {
    #expect(DataSeed(-7).uuid(kind: "subscription", key: "1").text == "ef7c6e8d-12d7-4ed7-a0d5-6b04062227fd")
  }
}

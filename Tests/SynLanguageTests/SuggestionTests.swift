import SynLanguage
import Testing

@Suite struct SuggestionTests {
  private let nouns = ["profile", "profiles", "account", "post", "media", "usage", "health"]
  private let verbs = ["create", "list", "get", "update", "delete", "connect"]
  private let fields = ["name", "externalId", "metadata", "email", "firstName"]

  @Test func typos() {
    #expect(Suggestions.nearest(to: "profil", among: nouns) == ["profile", "profiles"])
    #expect(Suggestions.nearest(to: "crate", among: verbs) == ["create"])
    #expect(Suggestions.nearest(to: "nmae", among: fields) == ["name"])
    #expect(Suggestions.nearest(to: "externalid", among: fields) == ["externalId"])
    #expect(Suggestions.nearest(to: "EMAIL", among: fields) == ["email"])
    #expect(Suggestions.nearest(to: "metdata", among: fields) == ["metadata"])
  }

  @Test func caseOnlyDifferenceComesFirst() {
    #expect(Suggestions.nearest(to: "Profile", among: ["profiles", "profile"]) == ["profile", "profiles"])
  }

  @Test func nothingCloseMeansNoSuggestion() {
    #expect(Suggestions.nearest(to: "zzz", among: verbs).isEmpty)
    #expect(Suggestions.nearest(to: "x", among: ["s", "m", "h"]).isEmpty)
    #expect(Suggestions.nearest(to: "", among: verbs).isEmpty)
    #expect(Suggestions.nearest(to: "profile", among: []).isEmpty)
    #expect(Suggestions.nearest(to: String(repeating: "a", count: 100_000), among: verbs).isEmpty)
  }

  @Test func atMostThreeBestFirst() {
    let candidates = ["cat", "bat", "hat", "rat", "car"]
    #expect(Suggestions.nearest(to: "mat", among: candidates) == ["cat", "bat", "hat"])
    #expect(Suggestions.nearest(to: "cat", among: candidates + ["cat"]) == ["bat", "hat", "rat"])
  }

  @Test func didYouMeanText() {
    #expect(Suggestions.didYouMean("profil", among: ["profile"]) == "; did you mean 'profile'?")
    #expect(Suggestions.didYouMean("profil", among: nouns) == "; did you mean 'profile' or 'profiles'?")
    #expect(Suggestions.didYouMean("mat", among: ["cat", "bat", "hat"]) == "; did you mean 'cat', 'bat' or 'hat'?")
    #expect(Suggestions.didYouMean("zzz", among: nouns) == "")
  }

  @Test func offeredReadsBackWhatDidYouMeanWrote() {
    let message = "unknown noun 'mat'" + Suggestions.didYouMean("mat", among: ["cat", "bat", "hat"])
    #expect(Suggestions.offered(in: message) == ["cat", "bat", "hat"])
    #expect(Suggestions.offered(in: "unknown noun 'zzz'") == [])
  }
}

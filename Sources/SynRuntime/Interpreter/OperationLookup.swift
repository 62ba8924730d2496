public import SynCatalog
public import SynLanguage

/// Finds the operation a `VERB NOUN` names; shared by the interpreter, `syn check` and `syn lsp`.
public enum OperationLookup {
  public struct Problem: Error {
    /// The word the problem is about (the verb or the noun).
    public var word: Word
    public var message: String
  }

  /// The catalog and operation of `verb noun` in `activeAPI`, or in the API a
  /// qualified noun names (`synup.user`).
  public static func resolve(verb: Word, noun: Word, activeAPI: APIName) -> Result<(Catalog, Operation), Problem> {
    var catalog = Catalog.named(activeAPI)
    var nounText = noun.text
    // By bytes: a search by characters cost more than the rest of the lookup.
    if let dot = nounText.utf8.firstIndex(of: UInt8(ascii: ".")), let api = APIName(rawValue: String(nounText[..<dot]))
    {
      catalog = Catalog.named(api)
      nounText = String(nounText[nounText.index(after: dot)...])
    }
    if let operation = catalog.operation(verb: verb.text, noun: nounText) {
      return .success((catalog, operation))
    }
    let api = catalog.api.rawValue
    if catalog.operations.isEmpty {
      return .failure(
        Problem(word: verb, message: "the \(api) catalog has no operations yet; use 'send' for raw requests"))
    }
    guard catalog.verbs.contains(verb.text) else {
      return .failure(
        Problem(
          word: verb,
          message: "unknown verb '\(verb.text)' for \(api)" + Suggestions.didYouMean(verb.text, among: catalog.verbs)))
    }
    // Suggest the form the user was reaching for: plural only when they typed one.
    let nouns = catalog.operations.filter { $0.verb == verb.text }.map { nounText.hasSuffix("s") ? $0.plural : $0.noun }
    return .failure(
      Problem(
        word: noun,
        message: "unknown noun '\(nounText)' for '\(verb.text)' in \(api)"
          + Suggestions.didYouMean(nounText, among: nouns)))
  }
}

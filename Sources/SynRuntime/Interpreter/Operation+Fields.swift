import SynCatalog
import SynLanguage

extension Operation {
  /// The catalog field an item's key starts with (`metadata` for `metadata.tier`).
  static func fieldName(of item: Item) -> String {
    // Most keys have no dot: no split, no new string.
    guard item.key.utf8.contains(UInt8(ascii: ".")) else { return item.key }
    return item.key.split(separator: ".").first.map(String.init) ?? item.key
  }

  /// A warning when `item` sets a field this operation does not know; such fields are still sent (language.md 3.2).
  func unknownFieldWarning(for item: Item, sourceLine: String) -> Diagnostic? {
    let name = Operation.fieldName(of: item)
    guard item.kind == .field || item.kind == .rawJSON, field(named: name) == nil else { return nil }
    let known = fields.map(\.name) + queryFields.map(\.name)
    return Diagnostic(
      .warning, at: item.location,
      "\(self.name) has no field '\(name)'" + Suggestions.didYouMean(name, among: known) + " (sent as given)",
      sourceLine: sourceLine)
  }

  /// A warning when `request` leaves required fields unset; it is still sent,
  /// since a negative test leaves them out on purpose. Positionals fill path
  /// parameters first, then `positionalFields`.
  func missingRequiredWarning(for request: CatalogRequest, sourceLine: String) -> Diagnostic? {
    let filledByPosition = positionalFields.prefix(max(0, request.positionals.count - pathParameters.count))
    func isMissing(_ field: Field) -> Bool {
      field.isRequired && !filledByPosition.contains(field.name)
        && !request.items.contains { Operation.fieldName(of: $0) == field.name }
    }
    // Checked before anything is built: most requests give every required field.
    guard fields.contains(where: isMissing) || queryFields.contains(where: isMissing) else { return nil }
    let missing = (fields + queryFields).filter(isMissing).map(\.name)
    let list = missing.joined(separator: ", ")
    return Diagnostic(
      .warning, at: request.verb.location,
      "\(name) needs \(missing.count == 1 ? "the field" : "the fields") \(list): none given (sent without)",
      sourceLine: sourceLine)
  }
}

import SynCatalog
import SynJSON

/// Types a bare word by the catalog field it is given to (language.md 3.2):
/// `limit=10` sends the number 10, `name=10` the string "10".
enum Coercion {
  static func coerce(_ word: String, to field: Field?) -> JSONValue {
    guard let field else { return .string(word) }
    if word == "null", field.isNullable {
      return .null
    }
    return coerce(word, to: field.type)
  }

  private static func coerce(_ word: String, to type: FieldType) -> JSONValue {
    switch type {
    case .string, .object:
      return .string(word)
    case .integer:
      if let number = JSONNumber(text: word), number.isInteger { return .number(number) }
      return .string(word)
    case .number:
      if let number = JSONNumber(text: word) { return .number(number) }
      return .string(word)
    case .boolean:
      switch word {
      case "true": return .bool(true)
      case "false": return .bool(false)
      default: return .string(word)
      }
    case .array(let element):
      return .array([coerce(word, to: element)])
    }
  }
}

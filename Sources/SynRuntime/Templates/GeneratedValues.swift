import Foundation
import SynHTTP
public import SynJSON
public import SynLanguage

/// A value in a response that the API made up rather than echoed: an id it
/// minted, a time its clock read, a URL carrying a token, a key. Another run
/// (another seed, another day, the live API) answers another value of the
/// same kind, so a saved expectation checks its type and not its text.
public struct GeneratedValue: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// A UUID, a Relay id (base64 of `Type:N`), a database number, an opaque token.
    case id
    /// A timestamp or date in any of the forms the APIs print, or an epoch number under a time's key.
    case time
    /// A URL with a token, a state or an id in it (`authUrl`, `uploadUrl`, `publicUrl`).
    case tokenURL
    /// An API key or a secret: never written anywhere, whatever it looks like.
    case key
  }

  public var kind: Kind
  /// The type every value of this kind has, which the template checks instead.
  public var type: TypeName

  public init(_ kind: Kind, _ type: TypeName) {
    self.kind = kind
    self.type = type
  }

  /// The template marker that stands for it: `#uuid`, `#timestamp`, `#string`...
  public var marker: Marker { .type(type, optional: false) }
}

/// The one definition of which values in an answer are generated (see
/// `GeneratedValue`); `:save --expect` writes them as markers, and a
/// comparison of two backends' answers can skip them. The rules read the
/// value's shape and the key it sits under (the nearest key on its path):
///
/// - strings: a Synposter key (`sk_live_…`) or anything under a key named
///   `…apiKey`, `…token`, `…secret` is a key; a UUID is an id (`#uuid`); an
///   ISO 8601 date-time is a time (`#timestamp`); a date or time in another
///   form (`2026-01-05`, `2026-01-01 00:00:00 UTC`, `January 1, 2026`, or
///   digits under a `…At` key) is a time (`#string`); a URL with a query or
///   a token-like path segment is a token URL (`#url`); a Relay id, 16 or more
///   hexadecimal digits, or 13 or more decimal digits is an id (`#string`);
/// - integers under a key named `id`, `…Id`, `…ID` or `…_id`, or a plural of one (not
///   `externalId`, which the client chooses) are ids, under a `…At` key
///   times (`#integer`);
/// - everything else (names, booleans, null, user-chosen text and URLs,
///   counts, empty strings) is literal; inside literal text (an error's
///   message quoting an id), UUIDs and ISO 8601 date-times are generated
///   (`withoutGeneratedParts`).
public enum GeneratedValues {
  /// Whether `value`, found at `path` in a response body, was generated, and of which kind.
  public static func classify(_ value: JSONValue, at path: JSONPath) -> GeneratedValue? {
    let key = path.steps.reversed().lazy.compactMap { step -> String? in
      if case .key(let key) = step { return key }
      return nil
    }.first
    switch value {
    case .string(let text): return classify(text, under: key)
    case .number(let number) where number.isInteger: return classifyInteger(under: key)
    default: return nil
    }
  }

  /// The body as a `matches` template, laid out as `show` lays out JSON:
  /// generated values are markers, everything else literal.
  public static func template(of body: JSONValue) -> String {
    body.prettyText { path, value in classify(value, at: path)?.marker.description }
  }

  private static func classify(_ text: String, under key: String?) -> GeneratedValue? {
    let lowercasedKey = key?.lowercased() ?? ""
    if text.contains(KeyMask.synposterKey)
      || ["apikey", "api_key", "token", "secret"].contains(where: lowercasedKey.hasSuffix)
    {
      return GeneratedValue(.key, .string)
    }
    if StringFormat.isUUID(text) { return GeneratedValue(.id, .uuid) }
    if StringFormat.isTimestamp(text) { return GeneratedValue(.time, .timestamp) }
    if isClockText(text) || (isTimeKey(key) && isDigits(text, atLeast: 1)) { return GeneratedValue(.time, .string) }
    if TypeCheck.isURL(text) && carriesToken(url: text) { return GeneratedValue(.tokenURL, .url) }
    if isRelayID(text) || isHex(text, atLeast: 16) || isDigits(text, atLeast: 13) {
      return GeneratedValue(.id, .string)
    }
    return nil
  }

  /// `text` with every UUID and ISO 8601 date-time inside it replaced by its
  /// marker: two messages that quote different ids (`No profile with id …`)
  /// read the same. Whole values are classified by `classify`; this is for text around them.
  public static func withoutGeneratedParts(_ text: String) -> String {
    text.replacing(/[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}/, with: "#uuid")
      .replacing(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})/, with: "#timestamp")
  }

  private static func classifyInteger(under key: String?) -> GeneratedValue? {
    guard let key else { return nil }
    if isTimeKey(key) { return GeneratedValue(.time, .integer) }
    let isIDKey = key == "id" || ["Id", "ID", "_id", "Ids", "IDs", "_ids"].contains(where: key.hasSuffix)
    return isIDKey && !key.hasPrefix("external") ? GeneratedValue(.id, .integer) : nil
  }

  /// `createdAt`, `published_at`: a key that names a moment.
  private static func isTimeKey(_ key: String?) -> Bool {
    guard let key else { return false }
    return key.hasSuffix("At") || key.hasSuffix("_at")
  }

  /// A date first (`2026-01-05`, `2026-01-05 09:30:00`, `2026-01-05T09:30:00.000000`), or `January 1, 2026`.
  private static func isClockText(_ text: String) -> Bool {
    text.prefixMatch(of: /\d{4}-\d{2}-\d{2}(?:$|[ T]\d{2}:\d{2})/) != nil
      || text.wholeMatch(
        of: /(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/
      ) != nil
  }

  /// A query (`?state=…`) or a path segment that looks minted: a UUID, or
  /// 16 or more letters, digits, `-` and `_` with a digit among them.
  private static func carriesToken(url: String) -> Bool {
    if url.contains("?") || url.contains("#") { return true }
    guard let pathStart = url.range(of: "://").flatMap({ url[$0.upperBound...].firstIndex(of: "/") }) else {
      return false
    }
    return url[pathStart...].split(separator: "/").contains { segment in
      StringFormat.isUUID(String(segment))
        || (segment.count >= 16 && segment.contains(where: \.isNumber)
          && segment.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }
  }

  /// Base64 of `Type:N`, as Synup's Relay ids are: `TG9jYXRpb246MQ==` is `Location:1`.
  private static func isRelayID(_ text: String) -> Bool {
    guard text.count >= 8, let data = Data(base64Encoded: text) else { return false }
    return String(decoding: data, as: UTF8.self).wholeMatch(of: /[A-Z][A-Za-z]*:\d+/) != nil
  }

  private static func isHex(_ text: String, atLeast count: Int) -> Bool {
    text.count >= count && text.contains(where: \.isNumber) && text.allSatisfy(\.isHexDigit)
  }

  private static func isDigits(_ text: String, atLeast count: Int) -> Bool {
    text.count >= count && text.allSatisfy { $0.isASCII && $0.isNumber }
  }
}

extension GeneratedValues {
  /// The generated values of an answer's body, each with its path, in document order.
  public static func values(in body: JSONValue) -> [(path: JSONPath, value: JSONValue, kind: GeneratedValue)] {
    body.leaves.compactMap { leaf in classify(leaf.value, at: leaf.path).map { (leaf.path, leaf.value, $0) } }
  }

  /// Whether text outside a body was generated: a path segment (no `name`), a query parameter's value.
  public static func classify(_ text: String, named name: String?) -> GeneratedValue? {
    classify(text, under: name)
  }
}

import SynJSON

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The versioned JSON forms of saved state: every tenant of a simulator
/// (`syn serve --state`), or one tenant (`mock save`):
///
///     {"format":"syn-state","version":1,"tenants":[{"number":1,"initialPlan":"starter","state":{…}}]}
///     {"format":"syn-tenant-state","version":1,"state":{…}}
///
/// A reader refuses a file of another format or of a newer version, so a
/// later syn's state is never half read and then written back poorer.
enum StateDocument {
  static let version = 1
  static let simulatorFormat = "syn-state"
  static let tenantFormat = "syn-tenant-state"

  struct SavedSimulator: Codable {
    var format = StateDocument.simulatorFormat
    var version = StateDocument.version
    var tenants: [SavedTenant]
    /// The `KeySecret` the tenants' keys derive from, as hexadecimal text; absent in files of older syns.
    var keySecret: String?
    /// The generation of the write-ahead log that continues this snapshot (`WriteAheadLog`).
    var journal: UInt64?

    init(tenants: [SavedTenant], keySecret: String?, journal: UInt64?) {
      self.tenants = tenants
      self.keySecret = keySecret
      self.journal = journal
    }

    init(from decoder: any Decoder) throws {
      try StateDocument.checkHeader(of: decoder, format: StateDocument.simulatorFormat)
      let container = try decoder.container(keyedBy: CodingKeys.self)
      tenants = try container.decode([SavedTenant].self, forKey: .tenants)
      keySecret = try container.decodeIfPresent(String.self, forKey: .keySecret)
      journal = try container.decodeIfPresent(UInt64.self, forKey: .journal)
    }
  }

  struct SavedTenant: Codable {
    var number: Int
    /// The plan it signed up with, which `mock reset` returns to.
    var initialPlan: Plan
    var state: TenantState
  }

  struct SavedTenantState: Codable {
    var format = StateDocument.tenantFormat
    var version = StateDocument.version
    var state: TenantState

    init(state: TenantState) {
      self.state = state
    }

    init(from decoder: any Decoder) throws {
      try StateDocument.checkHeader(of: decoder, format: StateDocument.tenantFormat)
      state = try decoder.container(keyedBy: CodingKeys.self).decode(TenantState.self, forKey: .state)
    }
  }

  private enum HeaderKey: String, CodingKey {
    case format, version
  }

  /// Reads `format` and `version` before anything else, so that a file of
  /// another kind or of a newer syn is refused for that, not for its content.
  private static func checkHeader(of decoder: any Decoder, format: String) throws {
    let header = try decoder.container(keyedBy: HeaderKey.self)
    let found = try? header.decodeIfPresent(String.self, forKey: .format)
    guard found == format else {
      throw StateError(
        "not a \(format) file: expected \"format\": \"\(format)\", found \(found.map { "\"\($0)\"" } ?? "no format")")
    }
    guard let version = try? header.decode(Int.self, forKey: .version), version >= 1 else {
      throw StateError("\"version\" must be a whole number from 1")
    }
    guard version <= StateDocument.version else {
      throw StateError(
        "version \(version) is newer than this syn reads (up to \(StateDocument.version)): upgrade syn to load it")
    }
  }

  /// The document's bytes: keys sorted, so the same state always writes the same file.
  static func encode(_ document: some Encodable) -> [UInt8] {
    var bytes: [UInt8] = []
    write(document, to: &bytes)
    return bytes
  }

  /// Writes the document's bytes to `output` a piece at a time: first its
  /// outline, with a placeholder where a large store's records go
  /// (`DeferredArrays`), then those records one by one in the placeholder's
  /// place. The bytes are those of encoding the whole document at once, but
  /// the encoded form of every record is never held at once: a save's peak
  /// stays near the state's own size.
  static func write<Output: StateOutput>(_ document: some Encodable, to output: inout Output)
    throws(Output.Failure)
  {
    let deferral = DeferredArrays()
    let outlineEncoder = makeEncoder()
    outlineEncoder.userInfo[DeferredArrays.userInfoKey] = deferral
    let outline = Array(encoded(document, with: outlineEncoder))
    let elementEncoder = makeEncoder()
    let prefix = deferral.quotedPrefix
    var rest = outline[...]
    while let found = rest.firstRange(of: prefix) {
      try output.write(rest[..<found.lowerBound])
      let digits = rest[found.upperBound...].prefix { $0 != UInt8(ascii: "\"") }
      guard let index = Int(String(decoding: digits, as: UTF8.self)) else {
        preconditionFailure("a deferred placeholder without its number")
      }
      try output.write(CollectionOfOne(UInt8(ascii: "[")))
      var first = true
      try deferral.elements(at: index).forEachElement { (element) throws(Output.Failure) in
        if !first { try output.write(CollectionOfOne(UInt8(ascii: ","))) }
        first = false
        try output.write(encoded(element, with: elementEncoder))
      }
      try output.write(CollectionOfOne(UInt8(ascii: "]")))
      rest = rest[digits.endIndex...].dropFirst()  // and the closing quote
    }
    try output.write(rest)
    try output.write(CollectionOfOne(UInt8(ascii: "\n")))
  }

  private static func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  private static func encoded(_ value: some Encodable, with encoder: JSONEncoder) -> Data {
    do {
      return try encoder.encode(value)
    } catch {
      // Every saved type encodes to plain strings, numbers and containers.
      preconditionFailure("simulator state failed to encode: \(error)")
    }
  }

  /// Reads a document; throws a message that says what is wrong (not JSON,
  /// another format, a newer version, a bad member) and where. The bytes are
  /// parsed once; only a failure parses them again, for the line and column.
  static func decode<Document: Decodable>(_ type: Document.Type, from bytes: [UInt8]) throws(StateError) -> Document {
    do {
      return try JSONDecoder().decode(Document.self, from: Data(bytes))
    } catch let error as StateError {
      throw error
    } catch let error as DecodingError {
      throw StateError(syntaxProblem(in: bytes) ?? describe(error))
    } catch {
      throw StateError("\(error)")
    }
  }

  /// Where `bytes` stop being JSON (SynJSON's parser says where; JSONDecoder
  /// does not); nil when they are JSON.
  private static func syntaxProblem(in bytes: [UInt8]) -> String? {
    do {
      _ = try JSONValue(parsing: bytes)
      return nil
    } catch {
      let cut = error.needsMoreInput ? " (the file is cut short)" : ""
      return "not valid JSON\(cut): line \(error.line), column \(error.column): \(error.message)"
    }
  }

  /// `at tenants[0].state.profiles: …`: where a member is missing or wrong, and why.
  private static func describe(_ error: DecodingError) -> String {
    let (context, problem): (DecodingError.Context, String) =
      switch error {
      case .typeMismatch(let type, let context): (context, "expected \(type)")
      case .valueNotFound(let type, let context): (context, "expected \(type), found null")
      case .keyNotFound(let key, let context): (context, "missing \"\(key.stringValue)\"")
      case .dataCorrupted(let context): (context, context.debugDescription)
      @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "\(error)")
      }
    let path = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
    return path.isEmpty ? problem : "at \(path.dropFirst(path.hasPrefix(".") ? 1 : 0)): \(problem)"
  }
}

/// Why saved state could not be read or written; the message names the problem.
public struct StateError: Error, Sendable, CustomStringConvertible {
  public let message: String

  init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}

/// Where `StateDocument.write` puts a document's bytes: an array, or a file being written (`StateFile`).
protocol StateOutput {
  associatedtype Failure: Error
  mutating func write(_ bytes: some Collection<UInt8>) throws(Failure)
}

extension Array: StateOutput where Element == UInt8 {
  mutating func write(_ bytes: some Collection<UInt8>) {
    append(contentsOf: bytes)
  }
}

import SynHTTP
public import SynJSON

// How the values the simulator keeps are written in a state file (see
// StateDocument.swift): compact and exact, with no index a hand edit could
// make disagree with the data.

/// Seconds since the epoch, as a whole number.
extension Timestamp: Codable {
  init(from decoder: any Decoder) throws {
    self.init(secondsSinceEpoch: try decoder.singleValueContainer().decode(Int.self))
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(secondsSinceEpoch)
  }
}

/// The 8-4-4-4-12 text, also as a dictionary key.
extension ResourceID: Codable, CodingKeyRepresentable {
  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let id = ResourceID(Substring(text)) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(text) is not a UUID")
    }
    self = id
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }

  var codingKey: any CodingKey { SavedKey(text) }

  init?<Key: CodingKey>(codingKey: Key) {
    self.init(Substring(codingKey.stringValue))
  }
}

/// A dictionary key written as text.
private struct SavedKey: CodingKey {
  let stringValue: String
  init(_ text: String) { stringValue = text }
  init?(stringValue: String) { self.init(stringValue) }
  var intValue: Int? { nil }
  init?(intValue: Int) { nil }
}

/// A JSON object as its compact text, so key order and number spelling
/// survive exactly (profile metadata is "returned unchanged").
extension JSONObject: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard case .object(let object)? = try? JSONValue(parsing: text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected the text of a JSON object")
    }
    self = object
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(JSONValue.object(self).compactText)
  }
}

/// A day of opening hours: its slots as `{"start","end"}` pairs.
extension BusinessHours: Codable {
  private enum CodingKeys: String, CodingKey {
    case day, isOpen, slots, specialDate
  }

  private struct Slot: Codable {
    var start: String
    var end: String
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      day: try container.decode(String.self, forKey: .day),
      isOpen: try container.decode(Bool.self, forKey: .isOpen),
      slots: try container.decode([Slot].self, forKey: .slots).map { (start: $0.start, end: $0.end) },
      specialDate: try container.decodeIfPresent(String.self, forKey: .specialDate))
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(day, forKey: .day)
    try container.encode(isOpen, forKey: .isOpen)
    try container.encode(slots.map { Slot(start: $0.start, end: $0.end) }, forKey: .slots)
    try container.encodeIfPresent(specialDate, forKey: .specialDate)
  }
}

/// Bytes as base64 text rather than an array of numbers.
@propertyWrapper
struct SavedBytes: Sendable, Codable {
  var wrappedValue: [UInt8]

  init(wrappedValue: [UInt8]) {
    self.wrappedValue = wrappedValue
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let bytes = text.isEmpty ? [] : Base64.standard.decode(text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected base64 text")
    }
    wrappedValue = bytes
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(Base64.standard.encode(wrappedValue))
  }
}

/// A remembered answer: status, header fields in order, and body.
@propertyWrapper
struct SavedResponse: Sendable, Codable {
  var wrappedValue: HTTPResponse

  private enum CodingKeys: String, CodingKey {
    case status, headers, body
  }

  init(wrappedValue: HTTPResponse) {
    self.wrappedValue = wrappedValue
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let fields = try container.decode([[String]].self, forKey: .headers)
    guard fields.allSatisfy({ $0.count == 2 }) else {
      throw DecodingError.dataCorruptedError(
        forKey: .headers, in: container, debugDescription: "each header must be [name, value]")
    }
    wrappedValue = HTTPResponse(
      status: try container.decode(Int.self, forKey: .status), headers: HTTPHeaders(fields.map { ($0[0], $0[1]) }),
      body: try container.decode(SavedBytes.self, forKey: .body).wrappedValue)
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(wrappedValue.status, forKey: .status)
    try container.encode(wrappedValue.headers.map { [$0.name, $0.value] }, forKey: .headers)
    try container.encode(SavedBytes(wrappedValue: wrappedValue.body), forKey: .body)
  }
}

import SynJSON

/// Adding, listing and archiving a location's keywords (synup-sections.md 4.8).
extension SynupAccount {
  /// The most keywords a location may have active (section 7 #21).
  static let maximumActiveKeywords = 100

  /// `POST /locations/keywords`: all the keywords or none; the refusals name each offending keyword.
  mutating func addKeywords(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try self.location(named: body["locationId"]?.stringValue ?? "", startingWork: true, at: now)
    guard let sent = body["inputKeywords"]?.arrayValue, !sent.isEmpty else {
      return Self.refusal([Self.keywordError("SY20100", "Keywords can't be blank", context: nil)])
    }
    let active = keywords.active(ofLocation: location.number)
    var taken = Set(active.map(\.normalisedName))
    var names: [String] = []
    var errors: [JSONValue] = []
    for value in sent {
      let name = XTextLength.trimmingWhitespace(value.stringValue ?? "")
      if let refusal = Self.refusal(ofKeyword: name, taken: taken) {
        errors.append(refusal)
      } else if active.count + names.count >= Self.maximumActiveKeywords {
        errors.append(Self.keywordError("SY20103", "Maximum keyword limit reached", context: name))
      } else {
        names.append(name)
      }
      if !name.isEmpty { taken.insert(SynupKeyword.normalised(name)) }
    }
    guard errors.isEmpty else { return Self.refusal(errors) }
    let added = names.map { name in
      let keyword = SynupKeyword(
        number: mintNumber("keyword"), locationNumber: location.number, name: name, createdAt: now)
      keywords.insert(keyword)
      return keyword
    }
    return [
      "keywords": .array(
        added.map { keyword in
          [
            "id": .string(keyword.id.text), "primary": nil, "archived": false, "archiveReasonId": nil,
            "databaseId": .int(keyword.number), "name": .string(keyword.name),
          ]
        }),
      "errors": nil,
    ]
  }

  /// `GET /locations/{locationId}/keywords`: the active keywords, newest first.
  func listKeywords(locationID: Substring, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try self.location(inPath: locationID, at: now)
    return .array(
      keywords.active(ofLocation: location.number).map { ["id": .string($0.id.text), "name": .string($0.name)] })
  }

  /// `POST /locations/keywords/archive`: archiving an archived keyword answers the same.
  mutating func archiveKeyword(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let text = body["id"]?.stringValue ?? ""
    let id = try SynupIDs.relayID(text, as: .keyword)
    guard let keyword = keywords.archive(number: id.number, at: now) else {
      throw .resolver("SY20105: Keyword with id `\(text)` not found")
    }
    return ["keyword": ["id": .string(keyword.id.text), "archived": true, "name": .string(keyword.name)]]
  }

  /// The rule a keyword name breaks, in the order they are checked; nil when it may be added.
  private static func refusal(ofKeyword name: String, taken: Set<String>) -> JSONValue? {
    if name.isEmpty { return keywordError("SY20200", "Keyword can't be blank", context: name) }
    if name.count < 2 {
      return keywordError("SY20201", "Keyword is too short (minimum is 2 characters)", context: name)
    }
    if name.count > 255 {
      return keywordError("SY20202", "Keyword is too long (maximum is 255 characters)", context: name)
    }
    if taken.contains(SynupKeyword.normalised(name)) {
      return keywordError("SY20106", "Keyword with name \(name) already exists", context: name)
    }
    return nil
  }

  /// One refused keyword, keys in the order of S2's example.
  private static func keywordError(_ code: String, _ message: String, context keyword: String?) -> JSONValue {
    let context: [JSONValue] = keyword.map { [["key": "keyword", "value": .string($0)]] } ?? []
    return ["message": .string(message), "contextInfo": .array(context), "code": .string(code)]
  }

  private static func refusal(_ errors: [JSONValue]) -> JSONValue {
    ["keywords": nil, "errors": .array(errors)]
  }
}

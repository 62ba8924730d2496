import SynJSON

/// A tag (UUID-identified by its name, case kept). Tags are made the first
/// time a location gets them and outlive their removal from every location.
struct SynupTag: Sendable, Codable {
  let id: ResourceID
  let name: String

  /// `{"id","name"}`.
  var json: JSONValue {
    ["id": .string(id.text), "name": .string(name)]
  }
}

/// The account's tags in creation order, `all` first.
struct SynupTagStore: Sendable {
  private(set) var all: [SynupTag]
  private var indexByName: [String: Int]

  init(allTagID: ResourceID) {
    all = [SynupTag(id: allTagID, name: TagRules.everyLocation)]
    indexByName = [TagRules.everyLocation: 0]
  }

  /// Whether a tag has the id; tags are few, so they are searched.
  func holds(_ id: ResourceID) -> Bool {
    all.contains { $0.id == id }
  }

  func tag(named name: String) -> SynupTag? {
    indexByName[name].map { all[$0] }
  }

  /// Stores a tag whose name is new.
  mutating func insert(_ tag: SynupTag) {
    indexByName[tag.name] = all.count
    all.append(tag)
  }
}

/// The tag rules of spec 4: names of 1–50 characters from `A–Z a–z 0–9`,
/// space, `_` and `-`, at most 10 per location besides `all`, which every
/// location has.
enum TagRules {
  static let everyLocation = "all"
  static let maximumPerLocation = 10
  static let nameLengths = 1...50

  /// SY10042 for a blank or over-long name, SY10071 for other characters.
  static func check(_ name: String) -> SynupFieldError? {
    if name.isBlank || !nameLengths.contains(name.unicodeScalars.count) {
      return SynupFieldError("SY10042", "Invalid tag name", key: "tag", value: name)
    }
    if !name.unicodeScalars.allSatisfy(isAllowed) {
      return SynupFieldError("SY10071", "Special characters are not allowed in tags", key: "tag", value: name)
    }
    return nil
  }

  /// A location's own tags from a `tags` input: checked, without repeats
  /// and without `all` (kept anyway), at most ten.
  static func locationTags(_ names: [String]) -> Result<[String], RuleViolations> {
    let errors = names.compactMap(check)
    guard errors.isEmpty else { return .failure(RuleViolations(errors: errors)) }
    var seen: Set<String> = [everyLocation]
    let tags = names.filter { seen.insert($0).inserted }
    guard tags.count <= maximumPerLocation else { return .failure(RuleViolations(errors: [tooMany])) }
    return .success(tags)
  }

  static let tooMany = SynupFieldError("SY10040", "Cannot add more than \(maximumPerLocation) tags")

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "A"..."Z", "a"..."z", "0"..."9", " ", "_", "-": true
    default: false
    }
  }
}

/// Saved as its tags, `all` first; the index by name is rebuilt.
extension SynupTagStore: Codable {
  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let tags = try container.decode([SynupTag].self)
    guard let first = tags.first, first.name == TagRules.everyLocation else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "the tags must start with 'all'")
    }
    self.init(allTagID: first.id)
    for tag in tags.dropFirst() {
      guard self.tag(named: tag.name) == nil else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "two tags are called \(tag.name)")
      }
      insert(tag)
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(all)
  }
}

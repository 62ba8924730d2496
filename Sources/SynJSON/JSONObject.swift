/// A JSON object that remembers the order of its keys.
///
/// Members are kept in an array: the objects syn handles are small (request
/// bodies, API resources), where a linear scan beats hashing and keeps order
/// for free. Setting an existing key replaces its value in place.
///
/// Keys are unique and compared as JSON compares them, scalar by scalar
/// (`"é"` and `"e\u{301}"` are different keys).
public struct JSONObject: Sendable {
  /// One `"key": value` pair of an object.
  public struct Member: Sendable {
    /// The member's name.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// Creates the member `"key": value`.
    public init(key: String, value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// The members in order; keys are unique.
  public private(set) var members: [Member]

  /// Creates an object from `members` in order.
  ///
  /// When a key repeats, the last value wins and keeps the position of the
  /// first occurrence, as the parser does for `{"a": 1, "a": 2}`.
  public init(_ members: [Member] = []) {
    self.members = []
    self.members.reserveCapacity(members.count)
    if members.count <= Self.linearScanLimit {
      for member in members {
        self[member.key] = member.value
      }
    } else {
      var positions: [ExactKey: Int] = [:]
      for member in members {
        if let position = positions[ExactKey(member.key)] {
          self.members[position].value = member.value
        } else {
          positions[ExactKey(member.key)] = self.members.count
          self.members.append(member)
        }
      }
    }
  }

  /// Creates an object from members whose keys are already known to be unique (the parser's path).
  package init(uniqueMembers: [Member]) {
    self.members = uniqueMembers
  }

  /// Objects up to this size are searched linearly when built; larger ones use a hash index.
  package static let linearScanLimit = 16

  /// The number of members.
  public var count: Int { members.count }
  /// Whether the object has no members.
  public var isEmpty: Bool { members.isEmpty }
  /// The keys in order.
  public var keys: [String] { members.map(\.key) }

  /// The position of the member named `key`, if any.
  public func index(forKey key: String) -> Int? {
    members.firstIndex(where: { $0.key.hasSameScalars(as: key) })
  }

  /// The value of the member named `key`; setting `nil` removes the member,
  /// setting a new key appends it, setting an existing key replaces its value in place.
  public subscript(key: String) -> JSONValue? {
    get { index(forKey: key).map { members[$0].value } }
    set {
      let index = index(forKey: key)
      switch (index, newValue) {
      case (let index?, let value?): members[index].value = value
      case (let index?, nil): members.remove(at: index)
      case (nil, let value?): members.append(Member(key: key, value: value))
      case (nil, nil): break
      }
    }
  }

  /// Removes the member named `key` and returns its value, or `nil` when there was none.
  @discardableResult
  public mutating func removeValue(forKey key: String) -> JSONValue? {
    guard let index = index(forKey: key) else { return nil }
    return members.remove(at: index).value
  }
}

/// Iterating an object visits its members in order.
extension JSONObject: Sequence {
  /// An iterator over the members in order.
  public func makeIterator() -> IndexingIterator<[Member]> {
    members.makeIterator()
  }
}

/// Literals build objects in Swift code as they build values: `["name": "Alice", "n": 1]`.
///
/// A literal's keys must be unique, as `Dictionary` requires of its literals
/// (checked in debug builds): literals build every resource the simulator
/// answers with, so they skip the search for a repeated key.
extension JSONObject: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.init(literal: elements)
  }

  init(literal elements: [(String, JSONValue)]) {
    var members: [Member] = []
    members.reserveCapacity(elements.count)
    for (key, value) in elements {
      assert(!members.contains { $0.key.hasSameScalars(as: key) }, "the key \(key) repeats in a JSON object literal")
      members.append(Member(key: key, value: value))
    }
    self.init(uniqueMembers: members)
  }
}

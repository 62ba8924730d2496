import SynJSON
import Testing

@Suite struct JSONEqualityTests {
  @Test func numbersCompareByValue() throws {
    #expect(try JSONValue(parsing: "1") == JSONValue(parsing: "1.0"))
    #expect(try JSONValue(parsing: "[1e2, -0]") == [100, 0])
    #expect(try JSONValue(parsing: "12345678901234567890") != JSONValue(parsing: "12345678901234567891"))
    #expect(try JSONValue(parsing: "12345678901234567890") == JSONValue(parsing: "1.2345678901234567890e19"))
  }

  @Test func objectsIgnoreKeyOrder() throws {
    let left = try JSONValue(parsing: #"{"a":1,"b":{"x":[1,2],"y":null}}"#)
    let right = try JSONValue(parsing: #"{"b":{"y":null,"x":[1.0,2]},"a":1.0}"#)
    #expect(left == right)
    #expect(left.hashValue == right.hashValue)
  }

  @Test func objectsNeedTheSameKeys() throws {
    #expect(try JSONValue(parsing: #"{"a":1}"#) != JSONValue(parsing: #"{"a":1,"b":2}"#))
    #expect(try JSONValue(parsing: #"{"a":1,"b":2}"#) != JSONValue(parsing: #"{"a":1}"#))
    #expect(try JSONValue(parsing: #"{"a":1,"b":2}"#) != JSONValue(parsing: #"{"a":1,"c":2}"#))
    #expect(try JSONValue(parsing: #"{"a":null}"#) != JSONValue(parsing: "{}"))
    #expect(try JSONValue(parsing: #"{"a":1}"#) != JSONValue(parsing: #"{"a":2}"#))
  }

  @Test func largeObjectsIgnoreKeyOrder() throws {
    let keys = (0..<30).map { "key\($0)" }
    let forward = "{" + keys.map { "\"\($0)\":\"\($0)\"" }.joined(separator: ",") + "}"
    let backward = "{" + keys.reversed().map { "\"\($0)\":\"\($0)\"" }.joined(separator: ",") + "}"
    let changed = "{" + keys.map { "\"\($0)\":\"\($0 == "key7" ? "other" : $0)\"" }.joined(separator: ",") + "}"
    #expect(try JSONValue(parsing: forward) == JSONValue(parsing: backward))
    #expect(try JSONValue(parsing: forward) != JSONValue(parsing: changed))
  }

  @Test func arraysKeepOrder() throws {
    #expect(try JSONValue(parsing: "[1,2]") != JSONValue(parsing: "[2,1]"))
    #expect(try JSONValue(parsing: "[1,2]") != JSONValue(parsing: "[1,2,3]"))
    #expect(try JSONValue(parsing: "[[1],{}]") == [[1.0], [:]])
  }

  @Test func typesNeverMix() {
    let values: [JSONValue] = [nil, false, 0, "0", "", [], [:], [0], ["0": 0]]
    for (i, left) in values.enumerated() {
      for (j, right) in values.enumerated() {
        #expect((left == right) == (i == j), "\(left) vs \(right)")
      }
    }
  }

  @Test func stringsCompareByScalars() {
    #expect(JSONValue.string("é") != JSONValue.string("e\u{301}"))
    #expect(JSONValue.string("é") == JSONValue.string("\u{E9}"))
  }

  @Test func hashingMatchesEquality() throws {
    let values: Set<JSONValue> = [
      1, 1.0, try JSONValue(parsing: "1e0"), ["a": 1, "b": 2], ["b": 2, "a": 1], "é", "e\u{301}", [1, 2], [2, 1],
    ]
    #expect(values.count == 6)
  }

  @Test func objectInitialiserKeepsKeysUnique() {
    let object = JSONObject([
      .init(key: "a", value: 1), .init(key: "b", value: 2), .init(key: "a", value: 3),
    ])
    #expect(object.keys == ["a", "b"])
    #expect(object["a"] == 3)
    let many = JSONObject((0..<20).map { JSONObject.Member(key: "k\($0 % 10)", value: .number(JSONNumber($0))) })
    #expect(many.keys == (0..<10).map { "k\($0)" })
    #expect(many["k3"] == 13)
  }

  @Test func objectEditing() {
    var object = JSONObject([.init(key: "a", value: 1), .init(key: "b", value: 2)])
    object["a"] = "x"
    object["c"] = nil
    object["d"] = true
    #expect(JSONValue.object(object).compactText == #"{"a":"x","b":2,"d":true}"#)
    #expect(object.removeValue(forKey: "b") == 2)
    #expect(object.removeValue(forKey: "b") == nil)
    object["a"] = nil
    #expect(object.keys == ["d"])
    #expect(object.index(forKey: "d") == 0)
  }
}

import Testing

@testable import SynJSON

@Suite struct JSONPrinterTests {
  let sample: JSONValue = ["a": 1, "b": [true, nil]]

  @Test func compactText() {
    #expect(sample.compactText == #"{"a":1,"b":[true,null]}"#)
    #expect(sample.description == sample.compactText)
    #expect(sample.compactBytes == Array(#"{"a":1,"b":[true,null]}"#.utf8))
  }

  @Test func compactScalars() {
    #expect(JSONValue.null.compactText == "null")
    #expect(JSONValue.bool(false).compactText == "false")
    #expect(JSONValue.string("x").compactText == #""x""#)
    #expect(JSONValue.array([]).compactText == "[]")
    #expect(JSONValue.object(JSONObject()).compactText == "{}")
    let float: JSONValue = 1.5
    #expect(float.compactText == "1.5")
  }

  /// The size reserved before writing is the size written.
  @Test(arguments: [
    #"{"data":[{"id":"p1","tags":[],"meta":{}},[]],"n":1.50,"empty":{},"ok":false,"no":null,"é":"ü"}"#,
    "[]", "{}", "[1]", #""x""#, "true", "-0.5e3",
  ])
  func theReservedSizeIsTheWrittenSize(text: String) throws {
    let value = try JSONValue(parsing: text)
    #expect(value.compactByteCount == value.compactBytes.count)
  }

  /// Escapes only add to the reserved size: the buffer grows once, never is cut short.
  @Test func escapesAreWrittenBeyondTheReservedSize() {
    let escaped = JSONValue.string("a\"b\n")
    #expect(escaped.compactByteCount < escaped.compactBytes.count)
  }

  @Test func prettyTextLikeJq() {
    #expect(sample.prettyText() == "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}")
  }

  @Test func prettyTextOfNestedAndEmptyContainers() throws {
    let value = try JSONValue(parsing: #"{"data":[{"id":"p1","tags":[],"meta":{}},[]],"n":1.50,"empty":{}}"#)
    let expected = """
      {
        "data": [
          {
            "id": "p1",
            "tags": [],
            "meta": {}
          },
          []
        ],
        "n": 1.50,
        "empty": {}
      }
      """
    #expect(value.prettyText() == expected)
  }

  @Test func prettyTextWithOtherIndents() {
    #expect(sample.prettyText(indent: 4) == "{\n    \"a\": 1,\n    \"b\": [\n        true,\n        null\n    ]\n}")
    #expect(sample.prettyText(indent: 0) == "{\n\"a\": 1,\n\"b\": [\ntrue,\nnull\n]\n}")
  }

  @Test func prettyScalarsAndEmptyContainers() {
    #expect(JSONValue.string("x").prettyText() == #""x""#)
    #expect(JSONValue.array([]).prettyText() == "[]")
    #expect(JSONValue.object(JSONObject()).prettyText() == "{}")
    #expect(JSONValue.array([[]]).prettyText() == "[\n  []\n]")
  }

  @Test func escapesStrings() {
    let value = JSONValue.string("q\" b\\ s/ n\n t\t r\r b\u{8} f\u{C} \u{0}\u{1}\u{1F} é 😀 \u{7F}")
    #expect(value.compactText == #""q\" b\\ s/ n\n t\t r\r b\b f\f \u0000\u0001\u001f é 😀 "# + "\u{7F}\"")
  }

  @Test func escapesKeys() {
    let value: JSONValue = ["a\"b\n": 1]
    #expect(value.compactText == #"{"a\"b\n":1}"#)
    #expect(value.prettyText() == "{\n  \"a\\\"b\\n\": 1\n}")
  }

  @Test func printedTextParsesBack() throws {
    let value: JSONValue = [
      "text": "line\nnext \"quoted\" \\ \u{1} é 😀 e\u{301}",
      "list": [1, 2.5, nil, false, [:], []],
      "nested": ["deep": ["deeper": "x"]],
    ]
    #expect(try JSONValue(parsing: value.compactText) == value)
    #expect(try JSONValue(parsing: value.prettyText()) == value)
    #expect(try JSONValue(parsing: value.compactText).compactText == value.compactText)
  }

  @Test func keepsNumberSpellingWhenPretty() throws {
    let value = try JSONValue(parsing: "[1.50, 1E+2, -0, 12345678901234567890]")
    #expect(value.prettyText() == "[\n  1.50,\n  1E+2,\n  -0,\n  12345678901234567890\n]")
  }
}

@Suite struct SubstitutingPrinterTests {
  @Test func substitutedValuesAreWrittenAsTheirTextAndTheRestAsJSON() throws {
    let value = try JSONValue(parsing: #"{"id":"x","items":[{"id":"y","n":1}],"note":null}"#)
    var asked: [String] = []
    let text = value.prettyText { path, _ in
      asked.append(path.description)
      return path.steps.last == .key("id") ? "#uuid" : nil
    }
    #expect(
      text == """
        {
          "id": #uuid,
          "items": [
            {
              "id": #uuid,
              "n": 1
            }
          ],
          "note": null
        }
        """)
    #expect(asked == [".", ".id", ".items", ".items[0]", ".items[0].id", ".items[0].n", ".note"])
  }

  @Test func aSubstitutedContainerIsWrittenWholeAndNotVisited() {
    let value: JSONValue = ["a": ["b": 1], "c": []]
    var asked: [String] = []
    let text = value.prettyText { path, _ in
      asked.append(path.description)
      return path == JSONPath(steps: [.key("a")]) ? "#object" : nil
    }
    #expect(text == "{\n  \"a\": #object,\n  \"c\": []\n}")
    #expect(asked == [".", ".a", ".c"])
  }

  @Test func withoutSubstitutionsItIsPrettyText() {
    let value: JSONValue = ["a": [1, "two", nil, true], "b": [:]]
    #expect(value.prettyText { _, _ in nil } == value.prettyText())
  }
}

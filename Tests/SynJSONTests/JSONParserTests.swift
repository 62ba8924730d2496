import SynJSON
import Testing

@Suite struct JSONParserTests {
  @Test func parsesScalars() throws {
    #expect(try JSONValue(parsing: "null") == .null)
    #expect(try JSONValue(parsing: " true ") == .bool(true))
    #expect(try JSONValue(parsing: "\n\t\r false \n") == .bool(false))
    #expect(try JSONValue(parsing: "\"hi\"") == .string("hi"))
    #expect(try JSONValue(parsing: "-1.5e3").numberValue?.text == "-1.5e3")
    #expect(try JSONValue(parsing: "0").numberValue?.text == "0")
  }

  @Test func parsesNestedValues() throws {
    let value = try JSONValue(parsing: #"{"a": [1, {"b": null}, []], "c": "d", "e": {}}"#)
    let expected: JSONValue = ["a": [1, ["b": nil], []], "c": "d", "e": [:]]
    #expect(value == expected)
    #expect(value.objectValue?.keys == ["a", "c", "e"])
    #expect(value["a"]?.arrayValue?.count == 3)
  }

  @Test func roundTripKeepsKeyOrderAndNumberSpelling() throws {
    let text = #"{"b":1,"a":1.50,"n":12345678901234567890,"e":-0.0E+00,"z":[1e5,2E-3]}"#
    #expect(try JSONValue(parsing: text).compactText == text)
  }

  @Test func roundTripFromSpacedText() throws {
    let text = """
      {
        "zeta" : [ 1 , 2.0 , { } ] ,
        "alpha" : { "y" : true , "x" : null }
      }
      """
    #expect(try JSONValue(parsing: text).compactText == #"{"zeta":[1,2.0,{}],"alpha":{"y":true,"x":null}}"#)
  }

  @Test func duplicateKeyTakesLastValueAtFirstPosition() throws {
    let value = try JSONValue(parsing: #"{"a":1,"b":2,"a":3}"#)
    #expect(value.compactText == #"{"a":3,"b":2}"#)
  }

  @Test func duplicateKeyInLargeObject() throws {
    let members = (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
    let value = try JSONValue(parsing: "{\(members),\"k3\":\"x\",\"k15\":\"y\",\"k20\":20}")
    let object = try #require(value.objectValue)
    #expect(object.count == 21)
    #expect(object.keys == (0...20).map { "k\($0)" })
    #expect(object["k3"] == "x")
    #expect(object["k15"] == "y")
    #expect(object["k14"] == 14)
  }

  @Test func keysAreComparedByScalars() throws {
    let value = try JSONValue(parsing: #"{"é":1,"e\u0301":2}"#)
    #expect(value.objectValue?.count == 2)
    #expect(value["é"] == 1)
    #expect(value["e\u{301}"] == 2)
  }

  @Test func decodesEscapes() throws {
    let value = try JSONValue(parsing: #""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\ud83d\ude00\u0000!""#)
    let expected = "\"\\/\u{8}\u{C}\n\r\tAé€😀\u{0}!"
    #expect(value.stringValue?.unicodeScalars.elementsEqual(expected.unicodeScalars) == true)
  }

  @Test func keepsRawUTF8() throws {
    let value = try JSONValue(parsing: "[\"héllo 😀 日本\", \"e\u{301}\"]")
    #expect(value == ["héllo 😀 日本", "e\u{301}"])
    #expect(value.arrayValue?[1].stringValue?.unicodeScalars.count == 2)
  }

  @Test func parsesBytes() throws {
    let bytes = Array(#"{"a":[1,2]}"#.utf8)
    #expect(try JSONValue(parsing: bytes) == ["a": [1, 2]])
    #expect(try JSONValue(parsing: bytes[5..<10]) == [1, 2])
    #expect(try JSONValue(parsing: bytes.lazy.map { $0 }) == ["a": [1, 2]])
  }

  @Test(arguments: [
    ("", "1:1: unexpected end of input"),
    ("   ", "1:4: unexpected end of input"),
    ("[1,2", "1:5: unexpected end of input"),
    (#"{"a":"#, "1:6: unexpected end of input"),
    (#"{"a""#, "1:5: unexpected end of input"),
    ("[1,2,]", "1:5: trailing comma in array"),
    (#"{"a":1 , }"#, "1:8: trailing comma in object"),
    (#"{"a" 1}"#, "1:6: expected ':' after object key, found '1'"),
    ("{a:1}", "1:2: expected a string key or '}', found 'a'"),
    (#"{"a":1,2}"#, "1:8: expected a string key after ',', found '2'"),
    ("[1 2]", "1:4: expected ',' or ']' after array element, found '2'"),
    (#"{"a":1 "b":2}"#, "1:8: expected ',' or '}' after object member, found '\"'"),
    ("[1}", "1:3: expected ',' or ']' after array element, found '}'"),
    ("01", "1:1: invalid number '01'"),
    ("[-01]", "1:2: invalid number '-01'"),
    ("[1.]", "1:2: invalid number '1.'"),
    ("-", "1:1: invalid number '-'"),
    ("1e+", "1:1: invalid number '1e+'"),
    ("[1.2.3]", "1:2: invalid number '1.2.3'"),
    ("-Infinity", "1:1: invalid number '-Infinity'"),
    ("+1", "1:1: expected a value, found '+'"),
    (".5", "1:1: expected a value, found '.'"),
    ("nul", "1:1: invalid literal 'nul'"),
    ("[True]", "1:2: invalid literal 'True'"),
    ("nullx", "1:1: invalid literal 'nullx'"),
    ("NaN", "1:1: invalid literal 'NaN'"),
    ("'a'", "1:1: expected a value, found '''"),
    ("\"abc", "1:1: unterminated string"),
    ("[\"abc\\", "1:2: unterminated string"),
    ("[\"a\nb\"]", "1:4: unescaped control character U+000A in string"),
    ("\"a\tb\"", "1:3: unescaped control character U+0009 in string"),
    (#""\x""#, "1:2: invalid escape '\\x' in string"),
    (#""ab\u12G4""#, "1:4: invalid unicode escape '\\u12G4' in string"),
    (#""\u12""#, "1:2: invalid unicode escape '\\u12\"' in string"),
    (#""\ud800""#, "1:2: lone surrogate '\\ud800' in string"),
    (#""\udc00\u0041""#, "1:2: lone surrogate '\\udc00' in string"),
    (#""x\uD83D\u0041""#, "1:3: lone surrogate '\\uD83D' in string"),
    (#""\ud83dA""#, "1:2: lone surrogate '\\ud83d' in string"),
    ("1 2", "1:3: expected end of input after the JSON value, found '2'"),
    ("{} {}", "1:4: expected end of input after the JSON value, found '{'"),
    ("// comment\n1", "1:1: expected a value, found '/'"),
    ("[1] /* c */", "1:5: expected end of input after the JSON value, found '/'"),
    ("[é]", "1:2: expected a value, found 'é' (U+00E9)"),
    ("\u{FEFF}1", "1:1: expected a value, found '\u{FEFF}' (U+FEFF)"),
    ("[\u{1}]", "1:2: expected a value, found U+0001"),
  ])
  func reportsErrors(_ text: String, _ expected: String) {
    #expect(diagnostic(text) == expected)
  }

  @Test(arguments: [
    "", "  ", "[1,", #"{"a""#, #"{"a":"#, #"{"a":1"#, #""abc"#, #""ab\"#, #""\u12"#, #""\ud83d"#, #""\ud83d\u"#,
    #"["\ud83d\ude0"#, "tru", "[nu", "-", "1.", "1e", "[1.5e+",
  ])
  func incompleteInputNeedsMore(_ text: String) throws {
    let error = try #require(parseError(text))
    #expect(error.needsMoreInput)
  }

  @Test(arguments: [
    "]", "[1,]", "01", #""\x"#, #""\ud83dx""#, #""\u12x"#, "trux", "tx", "[1 2", "\"a\nb", "1.x", "{} x",
  ])
  func malformedInputDoesNotNeedMore(_ text: String) throws {
    let error = try #require(parseError(text))
    #expect(!error.needsMoreInput)
  }

  @Test func reportsLineAndColumnInMultiLineText() throws {
    let error = try #require(parseError("[\n  1,\n    x\n]"))
    #expect(error.line == 3)
    #expect(error.column == 5)
    #expect(error.offset == 11)
    #expect(error.message == "invalid literal 'x'")
    #expect(error.description == "3:5: invalid literal 'x'")
  }

  @Test func reportsMissingColonOnItsLine() {
    let text = """
      {
        "name": "Alice",
        "tier" "pro"
      }
      """
    #expect(diagnostic(text) == "3:10: expected ':' after object key, found '\"'")
  }

  @Test func countsColumnsInCodePoints() {
    #expect(diagnostic(#"{"é😀": x}"#) == "1:8: invalid literal 'x'")
    #expect(diagnostic("[\"日本\",\n \"é\", x]") == "2:7: invalid literal 'x'")
  }

  @Test func countsCRLFAsOneLineBreak() {
    #expect(diagnostic("[1,\r\n 2,\r\n x]") == "3:2: invalid literal 'x'")
  }

  @Test(
    arguments: [
      ([0x22, 0x61, 0xFF, 0x62, 0x22], "1:3: invalid UTF-8 in string"),  // stray byte
      ([0x22, 0xC0, 0x80, 0x22], "1:2: invalid UTF-8 in string"),  // overlong NUL
      ([0x22, 0xE0, 0x80, 0xAF, 0x22], "1:2: invalid UTF-8 in string"),  // overlong '/'
      ([0x22, 0xED, 0xA0, 0x80, 0x22], "1:2: invalid UTF-8 in string"),  // encoded surrogate
      ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "1:2: invalid UTF-8 in string"),  // above U+10FFFF
      ([0x22, 0xE2, 0x82, 0x22], "1:2: invalid UTF-8 in string"),  // truncated sequence
      ([0x22, 0x80, 0x22], "1:2: invalid UTF-8 in string"),  // lone continuation byte
      ([0x22, 0xC3, 0xA9, 0xFE, 0x22], "1:3: invalid UTF-8 in string"),  // after a valid 'é'
      ([0x5B, 0xFF, 0x5D], "1:2: invalid UTF-8 byte 0xFF"),  // outside a string
      ([0x31, 0x20, 0xC3], "1:3: invalid UTF-8 byte 0xC3"),  // truncated after the value
    ] as [([UInt8], String)])
  func rejectsInvalidUTF8(_ bytes: [UInt8], _ expected: String) {
    #expect(parseError(bytes: bytes)?.description == expected)
  }

  @Test func acceptsFourByteUTF8() throws {
    #expect(try JSONValue(parsing: [0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22] as [UInt8]) == "😀")
    #expect(try JSONValue(parsing: [0x22, 0xF4, 0x8F, 0xBF, 0xBF, 0x22] as [UInt8]) == .string("\u{10FFFF}"))
  }

  @Test func nestingUpToTheLimitParses() throws {
    let arrays = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    var value = try JSONValue(parsing: arrays)
    var depth = 0
    while case .array(let elements) = value, let first = elements.first {
      depth += 1
      value = first
    }
    #expect(depth == 511)
    #expect(value == [])

    let objects = String(repeating: #"{"a":"#, count: 511) + "{}" + String(repeating: "}", count: 511)
    #expect(try JSONValue(parsing: objects).compactText == objects)
  }

  @Test func nestingBeyondTheLimitFails() throws {
    let arrays = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
    #expect(diagnostic(arrays) == "1:513: nesting deeper than 512 levels")

    let objects = String(repeating: #"{"a":"#, count: 512) + "{}" + String(repeating: "}", count: 512)
    #expect(diagnostic(objects) == "1:2561: nesting deeper than 512 levels")
  }

  @Test func hundredThousandOpenBracketsFailCleanly() {
    #expect(diagnostic(String(repeating: "[", count: 100_000)) == "1:513: nesting deeper than 512 levels")
    #expect(diagnostic(String(repeating: #"{"a":["#, count: 50_000)) == "1:1537: nesting deeper than 512 levels")
  }

  @Test func customDepthLimit() throws {
    #expect(try JSONValue(parsing: "[[1]]", maxDepth: 2) == [[1]])
    #expect(parseError("[[[1]]]", maxDepth: 2)?.description == "1:3: nesting deeper than 2 levels")
    #expect(try JSONValue(parsing: "7", maxDepth: 0) == 7)
    #expect(parseError("[]", maxDepth: 0)?.message == "nesting deeper than 0 levels")
    let deep = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
    #expect(try JSONValue(parsing: deep, maxDepth: 20_000).arrayValue?.count == 1)
  }

  @Test func tenMegabyteStringParses() throws {
    let size = 10 * 1024 * 1024
    let text = "\"" + String(repeating: "a", count: size) + "\""
    let value = try JSONValue(parsing: text)
    #expect(value.stringValue?.utf8.count == size)
  }

  @Test func tenMegabyteStringWithEscapesParses() throws {
    let chunk = #"abcdefgh\n\u00e9"#
    let repeats = 10 * 1024 * 1024 / chunk.utf8.count
    let text = "[\"" + String(repeating: chunk, count: repeats) + "\"]"
    let value = try JSONValue(parsing: text)
    #expect(value.arrayValue?.first?.stringValue?.unicodeScalars.count == repeats * 10)
  }

  @Test func tenMegabyteUnterminatedStringFailsAtItsQuote() {
    let text = "[1, \"" + String(repeating: "a", count: 10 * 1024 * 1024)
    #expect(diagnostic(text) == "1:5: unterminated string")
  }

  @Test func largeDocumentParses() throws {
    let element = #"{"id":"abc","n":12,"tags":["x","y"]}"#
    let count = 100_000
    let text = "[" + Array(repeating: element, count: count).joined(separator: ",") + "]"
    let value = try JSONValue(parsing: text)
    #expect(value.arrayValue?.count == count)
    #expect(value.compactText == text)
  }

  @Test func parsesPrefixEmbeddedInText() throws {
    let source = Array(#"set x = {"a": [1, 2]} # comment"#.utf8)
    let (value, end) = try JSONValue.parsePrefix(of: source, from: 7)
    #expect(value == ["a": [1, 2]])
    #expect(end == 21)
    #expect(source[end] == UInt8(ascii: " "))

    let scalar = try JSONValue.parsePrefix(of: Array("x 42,rest".utf8), from: 2)
    #expect(scalar.value == 42)
    #expect(scalar.end == 4)

    let string = try JSONValue.parsePrefix(of: Array(#""a" "b""#.utf8), from: 0)
    #expect(string.value == "a")
    #expect(string.end == 3)
  }

  @Test func prefixErrorsAreCountedFromTheBufferStart() throws {
    let source = Array("line one\nsend body {\"a\": [1,,2]}".utf8)
    do {
      _ = try JSONValue.parsePrefix(of: source, from: 19)
      Issue.record("expected an error")
    } catch {
      #expect(error.line == 2)
      #expect(error.column == 20)
      #expect(error.offset == 28)
      #expect(error.message == "expected a value, found ','")
    }
    #expect(throws: JSONParseError.self) { try JSONValue.parsePrefix(of: source, from: source.count) }
  }
}

import SynJSON
import Testing

@Suite struct JSONPathTests {
  @Test(arguments: [
    (".", [] as [JSONPath.Step]),
    (".id", [.key("id")]),
    (".data[0].name", [.key("data"), .index(0), .key("name")]),
    (".data[-1]", [.key("data"), .index(-1)]),
    (#".["key with space"]"#, [.key("key with space")]),
    ("[2]", [.index(2)]),
    (".[2]", [.index(2)]),
    (#".a.b[0]["c"]"#, [.key("a"), .key("b"), .index(0), .key("c")]),
    (#".a.["b c"]"#, [.key("a"), .key("b c")]),
    (".first-name._x9", [.key("first-name"), .key("_x9")]),
    (#".["a\"b\u00e9"]"#, [.key("a\"bé")]),
    (#".[""]"#, [.key("")]),
    (".a[12][-30]", [.key("a"), .index(12), .index(-30)]),
    (".data[*].id", [.key("data"), .wildcard, .key("id")]),
    ("[*][*]", [.wildcard, .wildcard]),
  ])
  func parses(_ text: String, _ steps: [JSONPath.Step]) throws {
    #expect(try JSONPath(parsing: text) == JSONPath(steps: steps))
  }

  @Test(arguments: [
    (".", "."),
    (".id", ".id"),
    (".data[0].name", ".data[0].name"),
    (".data[-1]", ".data[-1]"),
    ("[2]", ".[2]"),
    (#".a.b[0]["c"]"#, ".a.b[0].c"),
    (#".["key with space"]"#, #".["key with space"]"#),
    (#".a.["x y"]"#, #".a["x y"]"#),
    (#".["0"]"#, #".["0"]"#),
    (#".["-x"].y"#, #".["-x"].y"#),
    (#".["é"]"#, #".["é"]"#),
    (#".["a\"b\n"]"#, #".["a\"b\n"]"#),
    (#".[""]"#, #".[""]"#),
    (".data[*].id", ".data[*].id"),
    ("[*]", ".[*]"),
  ])
  func printsCanonicalText(_ text: String, _ canonical: String) throws {
    let parsed = try JSONPath(parsing: text)
    #expect(parsed.description == canonical)
    #expect(try JSONPath(parsing: canonical) == parsed)
  }

  @Test func buildsPaths() {
    #expect(JSONPath.root.description == ".")
    #expect(JSONPath.root.isRoot)
    let built = JSONPath.root.appending(.key("data")).appending(.index(-1)).appending(JSONPath(steps: [.key("a b")]))
    #expect(built.description == #".data[-1]["a b"]"#)
    #expect(!built.isRoot)
  }

  @Test func keyStepsCompareByScalars() {
    #expect(JSONPath.Step.key("é") != JSONPath.Step.key("e\u{301}"))
    #expect(JSONPath.Step.key("a") == JSONPath.Step.key("a"))
    #expect(JSONPath.Step.key("0") != JSONPath.Step.index(0))
  }

  @Test(arguments: [
    ("", "expected a path starting with '.' or '['", 0),
    ("id", "expected a path starting with '.' or '['", 0),
    (".a.", "expected a key or '[' after '.'", 3),
    ("..", "expected a key or '[' after '.'", 2),
    (".a..b", "expected a key or '[' after '.'", 3),
    (".a[", "expected an index, '*' or a quoted key after '['", 3),
    (".a[x]", "expected an index, '*' or a quoted key after '['", 3),
    (".a[1", "expected ']'", 4),
    (".a[1.5]", "expected ']'", 4),
    (".a[-]", "expected digits after '-'", 4),
    (".a[99999999999999999999]", "index is too large", 3),
    (#".["abc"#, "unterminated string", 2),
    (#".["a\q"]"#, "invalid escape '\\q' in string", 4),
    (".a b", "unexpected U+0020 in path", 2),
    (".a/b", "unexpected '/' in path", 2),
    (".1", "expected a key or '[' after '.'", 1),
  ])
  func rejectsMalformedPaths(_ text: String, _ message: String, _ offset: Int) {
    do {
      _ = try JSONPath(parsing: text)
      Issue.record("parsed \(text)")
    } catch {
      #expect(error.message == message)
      #expect(error.offset == offset)
    }
  }

  @Test func errorDescriptionIncludesOffset() {
    #expect(JSONPathError(message: "expected ']'", offset: 4).description == "expected ']' (at offset 4)")
    #expect(JSONPathError(message: "cannot set").description == "cannot set")
  }

  @Test func parsesPrefixEmbeddedInText() throws {
    let source = Array("$p.data[0].name == 1".utf8)
    let (found, end) = try JSONPath.parsePrefix(of: source, from: 2)
    #expect(found.description == ".data[0].name")
    #expect(end == 15)

    let sentence = Array("Hi $name.first.".utf8)
    let first = try JSONPath.parsePrefix(of: sentence, from: 8)
    #expect(first.path == JSONPath(steps: [.key("first")]))
    #expect(first.end == 14)

    let root = try JSONPath.parsePrefix(of: Array("expect . == {}".utf8), from: 7)
    #expect(root.path.isRoot)
    #expect(root.end == 8)

    #expect(throws: JSONPathError.self) { try JSONPath.parsePrefix(of: Array("x .a[".utf8), from: 2) }
  }

  let document: JSONValue = [
    "data": [["name": "a"], ["name": "b", "x": nil]],
    "n": 1,
    "key with space": true,
  ]

  @Test func looksUpValues() throws {
    #expect(document.value(at: try path(".")) == document)
    #expect(document.value(at: try path(".data[0].name")) == "a")
    #expect(document.value(at: try path(".data[-1].name")) == "b")
    #expect(document.value(at: try path(".data[-2]")) == ["name": "a"])
    #expect(document.value(at: try path(#".["key with space"]"#)) == true)
    #expect(document.value(at: try path(".n")) == 1)
  }

  @Test func missingIsNotNull() throws {
    #expect(document.value(at: try path(".data[1].x")) == .null)
    #expect(document.value(at: try path(".data[0].x")) == nil)
    #expect(document.value(at: try path(".data[2]")) == nil)
    #expect(document.value(at: try path(".data[-3]")) == nil)
    #expect(document.value(at: try path(".data.name")) == nil)
    #expect(document.value(at: try path(".n.foo")) == nil)
    #expect(document.value(at: try path(".n[0]")) == nil)
    #expect(document.value(at: try path(".data[1].x.y")) == nil)
    #expect(document.value(at: try path("[0]")) == nil)
    #expect(JSONValue.string("abc").value(at: try path("[0]")) == nil)
  }

  /// `[*]` collects what the rest of the path finds in every element; elements
  /// where it finds nothing are left out, and a later `[*]` flattens.
  @Test func wildcardCollectsFromEveryElement() throws {
    let list: JSONValue = ["d": [["n": "a", "t": [1, 2]], ["t": []], ["n": nil, "t": [3]], 7]]
    #expect(list.value(at: try path(".d[*].n")) == ["a", nil])
    #expect(list.value(at: try path(".d[*].t[*]")) == [1, 2, 3])
    #expect(list.value(at: try path(".d[*].t[0]")) == [1, 3])
    #expect(list.value(at: try path(".d[*].x")) == [])
    #expect(list.value(at: try path(".d[*]")) == list.value(at: try path(".d")))
    #expect(list.value(at: try path(".[*]")) == nil, "an object has no elements")
    #expect(list.value(at: try path(".d[0].n[*]")) == nil)
  }

  @Test func wildcardSetsInEveryElement() throws {
    var body: JSONValue = ["d": [["n": 1], [:]]]
    try body.setValueStrictly(true, at: path(".d[*].seen"))
    body.setValue(0, at: try path(".d[*].n"))
    body.setValue(1, at: try path(".e[*].n"))
    #expect(body.compactText == #"{"d":[{"n":0,"seen":true},{"seen":true,"n":0}],"e":[]}"#)
    #expect(throws: JSONPathError.self) { try body.setValueStrictly(1, at: path(".d[0].n[*]")) }
  }

  @Test func setValueStrictlyBuildsWhatIsMissing() throws {
    var body: JSONValue = ["name": "Alice", "tags": ["a"]]
    try body.setValueStrictly("pro", at: path(".metadata.tier"))
    try body.setValueStrictly("b", at: path(".tags[1]"))
    try body.setValueStrictly("z", at: path(".tags[-2]"))
    try body.setValueStrictly(1, at: path(".items[0].id"))
    #expect(body.compactText == #"{"name":"Alice","tags":["z","b"],"metadata":{"tier":"pro"},"items":[{"id":1}]}"#)
  }

  @Test func setValueReplacesMismatchesAndPads() throws {
    var body: JSONValue = ["name": "Alice", "gone": nil, "list": [1, 2], "obj": ["k": 1]]
    body.setValue("x", at: try path(".name.first"))
    body.setValue("y", at: try path(".gone.a"))
    body.setValue("z", at: try path(".obj[1]"))
    body.setValue(3, at: try path(".list[3]"))
    body.setValue(0, at: try path(".list[-6]"))
    body.setValue(true, at: try path(".new[-2]"))
    #expect(
      body.compactText
        == #"{"name":{"first":"x"},"gone":{"a":"y"},"list":[0,null,1,2,null,3],"obj":[null,"z"],"new":[true,null]}"#
    )
    var scalar: JSONValue = 5
    scalar.setValue(1, at: try path("[0].a"))
    #expect(scalar.compactText == #"[{"a":1}]"#)
  }

  @Test func setValueBuildsNestedObjects() throws {
    var body: JSONValue = ["name": "Alice"]
    try body.setValue("pro", at: path(".metadata.tier"))
    try body.setValue(2, at: path(".metadata.seats"))
    try body.setValue("Bob", at: path(".name"))
    #expect(body.compactText == #"{"name":"Bob","metadata":{"tier":"pro","seats":2}}"#)
  }

  @Test func setValueOnArrays() throws {
    var body: JSONValue = [:]
    try body.setValue("a", at: path(".tags[0]"))
    try body.setValue("b", at: path(".tags[1]"))
    try body.setValue("c", at: path(".tags[-1]"))
    try body.setValue(1, at: path(".items[0].id"))
    try body.setValue(true, at: path(".items[0].ok"))
    #expect(body.compactText == #"{"tags":["a","c"],"items":[{"id":1,"ok":true}]}"#)
  }

  @Test func setValueAtRootReplaces() throws {
    var value: JSONValue = [1, 2]
    value.setValue("x", at: .root)
    #expect(value == "x")
    try value.setValueStrictly(["a": 1], at: .root)
    #expect(value == ["a": 1])
  }

  @Test(arguments: [
    (".name.first", "cannot set '.name.first': '.name' is a string, not an object"),
    (".gone.x", "cannot set '.gone.x': '.gone' is null, not an object"),
    (".list.x", "cannot set '.list.x': '.list' is an array, not an object"),
    (".name[0]", "cannot set '.name[0]': '.name' is a string, not an array"),
    (".obj[0]", "cannot set '.obj[0]': '.obj' is an object, not an array"),
    (".list[3]", "cannot set '.list[3]': index 3 is out of range for '.list' (2 elements)"),
    (".list[-3]", "cannot set '.list[-3]': index -3 is out of range for '.list' (2 elements)"),
    (".list[0].x", "cannot set '.list[0].x': '.list[0]' is a number, not an object"),
    (".new[1]", "cannot set '.new[1]': index 1 is out of range for '.new' (0 elements)"),
    ("[0]", "cannot set '.[0]': '.' is an object, not an array"),
  ])
  func setValueStrictlyRejectsMismatches(_ text: String, _ message: String) throws {
    let original: JSONValue = ["name": "Alice", "gone": nil, "list": [1, 2], "obj": [:]]
    var value = original
    do {
      try value.setValueStrictly(true, at: path(text))
      Issue.record("set \(text)")
    } catch {
      #expect(error.message == message)
      #expect(error.offset == nil)
    }
    #expect(value.compactText == original.compactText)
  }
}

import SynJSON
import SynLanguage
import Testing

/// The one value of `print VALUE`, dumped.
private func printedValue(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
  let dumped = dumpOne("print " + source, sourceLocation: sourceLocation)
  guard dumped.hasPrefix("print["), dumped.hasSuffix("]") else { return dumped }
  return String(dumped.dropFirst(6).dropLast())
}

/// The parsed value of `print VALUE`.
private func parsedValue(_ source: String) -> Value? {
  guard case .print(let values) = parseStatements("print " + source, file: "t.syn").statements.first?.kind else {
    return nil
  }
  return values.first
}

@Suite struct DoubleQuotedStringTests {
  @Test(arguments: [
    (#""plain""#, #"str("plain")"#),
    (#""""#, "str()"),
    (#""a\nb\t\"q\" \\ \/""#, "str(\"a\\nb\t\\\"q\\\" \\\\ /\")"),
    (#""caf\u00e9""#, #"str("café")"#),
    (#""\ud83d\ude00!""#, #"str("😀!")"#),
    (#""\b\f\r""#, "str(\"\u{8}\u{C}\r\")"),
    (#""cost \$5""#, #"str("cost $5")"#),
    (#""$5 and $""#, #"str("$5 and $")"#),
    (#""p$i""#, #"str("p" $i)"#),
    (#""p$i-x""#, #"str("p" $i "-x")"#),
    (#""$alice.id""#, "str($alice.id)"),
    (#""Hello $name.""#, #"str("Hello " $name ".")"#),
    (#""$p.data[0].name!""#, #"str($p.data[0].name "!")"#),
    (#""$p.data[-1]""#, "str($p.data[-1])"),
    (#""$x[a]""#, #"str($x "[a]")"#),
    (#""${alice.id}x""#, #"str($alice.id "x")"#),
    (#""${user-name.first-name}""#, "str($user-name.first-name)"),
    (#""${a["b c"]}""#, #"str($a.["b c"])"#),
    (#""$env.HOME/x""#, #"str($env.HOME "/x")"#),
    (#""$last.status""#, "str($last.status)"),
    (#""a\u0024b""#, #"str("a$b")"#),
  ])
  func string(source: String, expected: String) {
    #expect(printedValue(source) == expected)
  }

  @Test func interpolationPartsAreSeparate() throws {
    guard case .string(let string) = try #require(parsedValue(#""id=$a.b[2] ok""#)) else {
      Issue.record("not a string")
      return
    }
    #expect(string.parts.count == 3)
    #expect(string.constantText == nil)
    guard case .variable(let reference) = string.parts[1] else {
      Issue.record("no variable part")
      return
    }
    #expect(reference == VariableReference(name: "a", path: JSONPath(steps: [.key("b"), .index(2)])))
  }

  @Test func backslashAtLineEndContinuesTheString() {
    #expect(printedValue("\"ab\\\ncd\"") == #"str("abcd")"#)
  }
}

@Suite struct OtherValueTests {
  @Test(arguments: [
    ("'raw $text'", #"raw("raw $text")"#),
    (#"'it\'s'"#, #"raw("it's")"#),
    (#"'a\nb\\c'"#, #"raw("a\\nb\\\\c")"#),
    ("''", #"raw("")"#),
    ("user-42", "word(user-42)"),
    ("@alice", "word(@alice)"),
    ("https://x.com/a?b=1", "word(https://x.com/a?b=1)"),
    ("https://x.com/#a", "word(https://x.com/#a)"),
    ("42", "word(42)"),
    ("true", "word(true)"),
    ("a\"b", #"word(a"b)"#),
    ("p$i", #"str("p" $i)"#),
    ("p${i}x", #"str("p" $i "x")"#),
    ("price\\$5", "word(price$5)"),
    ("5$", "word(5$)"),
    ("$alice", "$alice"),
    ("$alice.id", "$alice.id"),
    ("$p.data[0].name", "$p.data[0].name"),
    ("$env.SYNPOSTER_API_KEY", "$env.SYNPOSTER_API_KEY"),
    ("$last.status", "$last.status"),
    ("$my-var.some-key", "$my-var.some-key"),
    ("${a.b}", "$a.b"),
    ("$r.headers[\"content-type\"]", "$r.headers.content-type"),
    ("$r.headers[\"a b\"]", #"$r.headers["a b"]"#),
    (".", "path(.)"),
    (".id", "path(.id)"),
    (".data[0].id", "path(.data[0].id)"),
    (".data[-1]", "path(.data[-1])"),
    (#".["a b"]"#, #"path(.["a b"])"#),
    (#".a["b c"].d"#, #"path(.a["b c"].d)"#),
    (".[2]", "path(.[2])"),
    (".a.[0]", "path(.a[0])"),
  ])
  func otherValue(source: String, expected: String) {
    #expect(printedValue(source) == expected)
  }

  @Test func responsePathSteps() {
    guard case .responsePath(let path) = parsedValue(#".data[-1]["a b"].id"#) else {
      Issue.record("not a path")
      return
    }
    #expect(path == JSONPath(steps: [.key("data"), .index(-1), .key("a b"), .key("id")]))
    guard case .responsePath(let root) = parsedValue(".") else {
      Issue.record("not a path")
      return
    }
    #expect(root.steps.isEmpty)
  }
}

@Suite struct JSONTemplateTests {
  @Test(arguments: [
    (#"{"tier": "pro"}"#, #"json(={"tier":"pro"})"#),
    ("[1, 2.50, -3e2, true, false, null]", "json(=[1,2.50,-3e2,true,false,null])"),
    ("[]", "json(=[])"),
    ("{}", "json(={})"),
    (#"{"a": {"b": [{"c": "\u00e9"}]}}"#, #"json(={"a":{"b":[{"c":"é"}]}})"#),
    (#"{"id": $alice.id, "n": 1}"#, #"json({"id":$alice.id,"n":=1})"#),
    (#"[$a, [1, $b.c[0]], {"k": 2}]"#, "json([$a,[=1,$b.c[0]],={\"k\":2}])"),
    (#"{"big": 12345678901234567890}"#, #"json(={"big":12345678901234567890})"#),
    (#"{"s": "$not.a.variable"}"#, #"json(={"s":"$not.a.variable"})"#),
  ])
  func template(source: String, expected: String) {
    #expect(printedValue(source) == expected)
  }

  @Test func constantSubtreesAreFolded() throws {
    guard case .json(let template) = parsedValue(#"{"a": [1, 2], "b": $x}"#),
      case .object(let members, admitsOtherKeys: false) = template
    else {
      Issue.record("expected an object template")
      return
    }
    #expect(members.map(\.key) == ["a", "b"])
    guard case .constant(let constant) = members[0].value else {
      Issue.record("the array without variables is not constant")
      return
    }
    #expect(constant == [1, 2])
    guard case .variable(let reference) = members[1].value else {
      Issue.record("the variable is not a variable")
      return
    }
    #expect(reference.name == "x")
  }

  @Test func multiLineLiteral() {
    let statements = parseClean(
      """
      create profile metadata={
        "tier": "pro",
        "tags": [
          "a",
          $t
        ]
      } as p
      expect status 201
      """)
    #expect(statements.count == 2)
    #expect(
      statements.first.map { dump($0.kind) }
        == #"request create profile items[metadata=json({"tier":="pro","tags":[="a",$t]})] as p"#)
    #expect(statements.first?.text == #"create profile metadata={ "tier": "pro", "tags": [ "a", $t ] } as p"#)
    #expect(statements.last?.location.line == 8)
  }
}

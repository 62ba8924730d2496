import SynJSON
import SynLanguage
import Testing

/// The items of `create thing ITEMS`, dumped.
private func items(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
  dumpOne("create thing " + source, sourceLocation: sourceLocation)
}

@Suite struct ItemTests {
  @Test(arguments: [
    ("name=Alice", "request create thing items[name=word(Alice)]"),
    (#"name="Alice's Brand""#, #"request create thing items[name=str("Alice's Brand")]"#),
    ("name='x y'", #"request create thing items[name=raw("x y")]"#),
    ("count:=5", "request create thing items[count:=json(=5)]"),
    ("flag:=true", "request create thing items[flag:=json(=true)]"),
    (#"metadata:='"a string"'"#, #"request create thing items[metadata:=json(="a string")]"#),
    (#"tags:=["a", "b"]"#, #"request create thing items[tags:=json(=["a","b"])]"#),
    ("ids:=$list", "request create thing items[ids:=$list]"),
    (#"x:="$a""#, "request create thing items[x:=str($a)]"),
    ("limit==10", "request create thing items[limit==word(10)]"),
    ("q==a=b", "request create thing items[q==word(a=b)]"),
    ("Idempotency-Key:abc", "request create thing items[Idempotency-Key:word(abc)]"),
    (#"Authorization:"Bearer x""#, #"request create thing items[Authorization:str("Bearer x")]"#),
    ("metadata.tier=pro", "request create thing items[metadata.tier=word(pro)]"),
    ("a.b.c=1", "request create thing items[a.b.c=word(1)]"),
    ("accountIds=$acct.id", "request create thing items[accountIds=$acct.id]"),
    ("name=p$i", #"request create thing items[name=str("p" $i)]"#),
    ("url=https://x.com/a", "request create thing items[url=word(https://x.com/a)]"),
    ("h:x:y", "request create thing items[h:word(x:y)]"),
    ("2fa=on", "request create thing items[2fa=word(on)]"),
  ])
  func item(source: String, expected: String) {
    #expect(items(source) == expected)
  }

  @Test func urlPositionalsAreNotHeaders() {
    #expect(
      dumpOne("connect account https://x.com/a?b=1 x=1")
        == "request connect account positionals[word(https://x.com/a?b=1)] items[x=word(1)]")
    #expect(dumpOne("get page http://localhost/#top") == "request get page positionals[word(http://localhost/#top)]")
  }

  @Test func jsonItemValueSpanningLines() throws {
    let statements = parseClean("create profile metadata={\n  \"tier\": \"pro\"\n} name=x\nget usage")
    #expect(statements.count == 2)
    #expect(
      statements.first.map { dump($0.kind) }
        == #"request create profile items[metadata=json(={"tier":"pro"}), name=word(x)]"#)
  }

  @Test func itemKindsAndLocations() throws {
    guard case .request(let request) = parseClean("list x a=1 b:=2 c==3 D:4").first?.kind else {
      Issue.record("not a request")
      return
    }
    #expect(request.items.map(\.kind) == [.field, .rawJSON, .query, .header])
    #expect(request.items.map(\.key) == ["a", "b", "c", "D"])
    #expect(request.items.map(\.location.column) == [8, 12, 17, 22])
  }

  @Test(arguments: [
    (
      "create thing name=",
      "1:19: expected a value after 'name='; write name=\"\" for an empty string, or \"name=\" for a value that ends in '=' (a base64 id)"
    ),
    (
      "get user VXNlcjo5OQ==",
      "1:22: expected a value after 'VXNlcjo5OQ=='; write VXNlcjo5OQ==\"\" for an empty string, or \"VXNlcjo5OQ==\" for a value that ends in '=' (a base64 id)"
    ),
    ("create thing a.=1", "1:14: the key 'a.' has an empty part; dotted keys look like metadata.tier"),
    ("create thing a..b=1", "1:14: the key 'a..b' has an empty part; dotted keys look like metadata.tier"),
    ("create thing m:=abc", "1:17: the value of 'm:=' is not valid JSON: invalid literal 'abc'"),
    (
      "create thing a=1 42",
      "1:18: unexpected value '42' after the items; positional values (an id, a platform) go right after the noun"
    ),
  ])
  func itemError(source: String, expected: String) {
    #expect(firstError(source) == expected)
  }
}

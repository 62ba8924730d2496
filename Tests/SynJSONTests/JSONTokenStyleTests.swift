import SynJSON
import Testing

@Suite struct JSONTokenStyleTests {
  /// Each kind of token between tags of its own: `<k>` keys, `<s>` strings,
  /// `<n>` numbers, `<b>` booleans, `<z>` null, `<p>` punctuation.
  let tags = JSONTokenStyle(
    key: tag("k"), string: tag("s"), number: tag("n"), boolean: tag("b"), null: tag("z"), punctuation: tag("p"))

  @Test func wrapsEachTokenAndNoWhitespace() {
    let value: JSONValue = ["a": [1.5, "x", true, false, nil], "e": [:], "l": []]
    let expected = """
      <p>{</p>
        <k>"a"</k><p>:</p> <p>[</p>
          <n>1.5</n><p>,</p>
          <s>"x"</s><p>,</p>
          <b>true</b><p>,</p>
          <b>false</b><p>,</p>
          <z>null</z>
        <p>]</p><p>,</p>
        <k>"e"</k><p>:</p> <p>{</p><p>}</p><p>,</p>
        <k>"l"</k><p>:</p> <p>[</p><p>]</p>
      <p>}</p>
      """
    #expect(value.prettyText(style: tags) == expected)
  }

  @Test func wrapsScalarsAtTheTop() {
    #expect(JSONValue.null.prettyText(style: tags) == "<z>null</z>")
    #expect(JSONValue.string("x").prettyText(style: tags) == #"<s>"x"</s>"#)
  }

  @Test func escapesInsideTheWrapping() {
    let value: JSONValue = ["q\"\n": "a\\b"]
    #expect(value.prettyText(style: tags) == "<p>{</p>\n  <k>\"q\\\"\\n\"</k><p>:</p> <s>\"a\\\\b\"</s>\n<p>}</p>")
  }

  @Test func keepsTheIndent() {
    let value: JSONValue = ["a": [true]]
    #expect(
      value.prettyText(indent: 4, style: tags)
        == "<p>{</p>\n    <k>\"a\"</k><p>:</p> <p>[</p>\n        <b>true</b>\n    <p>]</p>\n<p>}</p>")
  }

  @Test func withoutItsWrappingsIsThePrettyText() throws {
    let value = try JSONValue(
      parsing: #"{"data":[{"id":"p1","tags":[],"meta":{"tier":"pro"}},[]],"n":-1.5e3,"ok":false,"none":null}"#)
    let colorless = value.prettyText(style: tags).replacing(/<\/?[ksnbzp]>/, with: "")
    #expect(colorless == value.prettyText())
  }

  @Test func plainStyleWritesThePrettyText() {
    let value: JSONValue = ["a": 1, "b": [true, nil, "x"]]
    #expect(value.prettyText(style: .plain) == value.prettyText())
    #expect(value.prettyText(indent: 0, style: .plain) == value.prettyText(indent: 0))
  }
}

private func tag(_ name: String) -> JSONTokenStyle.Wrapping {
  JSONTokenStyle.Wrapping(prefix: "<\(name)>", suffix: "</\(name)>")
}

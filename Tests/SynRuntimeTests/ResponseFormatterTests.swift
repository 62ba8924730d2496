import SynCatalog
import SynHTTP
import SynRuntime
import Testing

@Suite struct ResponseFormatterTests {
  let created = exchange(201, body: #"{"a":[1,true],"b":null}"#)

  @Test func displaysTheStatusLineThenThePrettyBody() {
    #expect(
      ResponseFormatter.display(created, theme: .plain)
        == "HTTP 201 Created (POST /v1/profiles)\n{\n  \"a\": [\n    1,\n    true\n  ],\n  \"b\": null\n}")
  }

  @Test func colorsTheStatusLineAndTheBodyInTheColoredTheme() {
    let expected = """
      \u{1B}[1;32mHTTP 201 Created (POST /v1/profiles)\u{1B}[0m
      {
        \u{1B}[1;34m"a"\u{1B}[0m: [
          \u{1B}[36m1\u{1B}[0m,
          \u{1B}[33mtrue\u{1B}[0m
        ],
        \u{1B}[1;34m"b"\u{1B}[0m: \u{1B}[90mnull\u{1B}[0m
      }
      """
    #expect(ResponseFormatter.display(created, theme: .colored) == expected)
  }

  @Test func paintsTheStatusLineByStatusClass() {
    let colors = [200: "1;32", 204: "1;32", 302: "1;36", 404: "1;33", 429: "1;33", 500: "1;31", 503: "1;31"]
    for (status, color) in colors {
      let shown = ResponseFormatter.display(exchange(status, body: ""), theme: .colored)
      #expect(shown.hasPrefix("\u{1B}[\(color)mHTTP \(status) "), "\(status)")
      #expect(shown.hasSuffix(" (POST /v1/profiles)\u{1B}[0m"), "\(status)")
    }
  }

  @Test func showsABodyThatIsNotJSONAsItCame() {
    let text = exchange(502, body: "upstream {broken")
    #expect(
      ResponseFormatter.display(text, theme: .plain) == "HTTP 502 Bad Gateway (POST /v1/profiles)\nupstream {broken")
    #expect(
      ResponseFormatter.display(text, theme: .colored)
        == "\u{1B}[1;31mHTTP 502 Bad Gateway (POST /v1/profiles)\u{1B}[0m\nupstream {broken")
  }

  @Test func showsAnEmptyBodyAsTheStatusLineAlone() {
    #expect(
      ResponseFormatter.display(exchange(204, body: ""), theme: .plain) == "HTTP 204 No Content (POST /v1/profiles)")
  }

  @Test func verboseIsPlainUnlessGivenATheme() {
    let plain = """
      < HTTP 201 Created (POST /v1/profiles) in 0.4 ms
      < Content-Type: application/json
      <
      {
        "a": [
          1,
          true
        ],
        "b": null
      }

      """
    #expect(ResponseFormatter.verbose(created) == plain)
    let colored = ResponseFormatter.verbose(created, theme: .colored)
    #expect(colored.hasPrefix("\u{1B}[1;32m< HTTP 201 Created (POST /v1/profiles) in 0.4 ms\u{1B}[0m\n< Content-Type:"))
    #expect(
      colored.hasSuffix(
        "<\n{\n  \u{1B}[1;34m\"a\"\u{1B}[0m: [\n    \u{1B}[36m1\u{1B}[0m,\n"
          + "    \u{1B}[33mtrue\u{1B}[0m\n  ],\n  \u{1B}[1;34m\"b\"\u{1B}[0m: \u{1B}[90mnull\u{1B}[0m\n}\n"))
  }

  @Test func plainThemePaintsNothing() {
    #expect(Theme.plain.paint("text", "2") == "text")
    #expect(Theme.colored.paint("text", "2") == "\u{1B}[2mtext\u{1B}[0m")
  }
}

private func exchange(_ status: Int, body: String) -> Exchange {
  let headers = body.isEmpty ? HTTPHeaders() : HTTPHeaders([("Content-Type", "application/json")])
  return Exchange(
    api: .synposter, request: HTTPRequest(method: "POST", path: "/v1/profiles"),
    response: HTTPResponse(status: status, headers: headers, body: Array(body.utf8)), elapsedMilliseconds: 0.4)
}

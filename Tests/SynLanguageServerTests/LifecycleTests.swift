import SynJSON
import Testing

@testable import SynLanguageServer

/// Initialize, shutdown and exit, errors, cancellation, and input that is not LSP at all.
@Suite struct LifecycleTests {
  @Test func initializeAnswersTheCapabilities() {
    var harness = ServerHarness()
    let capabilities = harness.request("initialize", ["capabilities": [:]])["result"]?["capabilities"]
    #expect(capabilities?["hoverProvider"]?.boolValue == true)
    #expect(capabilities?["textDocumentSync"]?.integer("change") == 1)
    #expect(capabilities?["semanticTokensProvider"]?["legend"]?["tokenTypes"]?.arrayValue?.count == 11)
    #expect(capabilities?["documentFormattingProvider"]?.boolValue == true)
    #expect(harness.request("initialize", [:])["error"]?.integer("code") == RPCErrorCode.invalidRequest.rawValue)
  }

  @Test func requestsBeforeInitializeAreRefused() {
    var harness = ServerHarness()
    let answer = harness.request("textDocument/hover", [:])
    #expect(answer["error"]?.integer("code") == -32002)
  }

  @Test func unknownMethodsAnswerMethodNotFoundAndUnknownNotificationsNothing() {
    var harness = ServerHarness.initialized()
    #expect(harness.request("workspace/frobnicate", [:])["error"]?.integer("code") == -32601)
    #expect(harness.notify("workspace/didFrobnicate", [:]).isEmpty)
  }

  @Test func malformedJSONAnswersParseErrorAndTheServerGoesOn() {
    var harness = ServerHarness.initialized()
    let answers = harness.send(body: Array("{\"jsonrpc\": \"2.0\", \"id\": 1, ".utf8))
    #expect(answers.count == 1)
    #expect(answers.first?["error"]?.integer("code") == -32700)
    #expect(answers.first?["id"]?.isNull == true)
    // Invalid UTF-8 inside a message is a parse error too.
    let invalid =
      Array(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"u","text":""#.utf8)
      + [0xFF, 0xFE] + Array("\"}}}".utf8)
    #expect(harness.send(body: invalid).first?["error"]?.integer("code") == -32700)
    #expect(harness.send(body: Array("[1, 2]".utf8)).first?["error"]?.integer("code") == -32600)
    #expect(harness.request("shutdown", .null)["result"]?.isNull == true)
  }

  @Test func aLoneSurrogateInTheTextStillGetsDiagnosed() {
    var harness = ServerHarness.initialized()
    let body =
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.syn","version":1,"text":"create profil name=\udcff"}}}"#
    let sent = harness.send(body: Array(body.utf8))
    let diagnostics = sent.first?["params"]?["diagnostics"]?.arrayValue ?? []
    #expect(diagnostics.first?.string("message")?.contains("unknown noun 'profil'") == true)
  }

  @Test func shutdownThenExitEndsWithZeroAndExitAloneWithOne() {
    var clean = ServerHarness.initialized()
    #expect(clean.request("shutdown", .null)["result"]?.isNull == true)
    #expect(clean.request("textDocument/hover", [:])["error"]?.integer("code") == -32600)
    _ = clean.notify("exit", .null)
    #expect(clean.server.exitCode == 0)

    var abrupt = ServerHarness.initialized()
    _ = abrupt.notify("exit", .null)
    #expect(abrupt.server.exitCode == 1)
    #expect(ServerHarness.initialized().server.exitCodeAtEndOfInput == 1)
  }

  @Test func aRequestCancelledBeforeItRunsAnswersRequestCancelled() {
    var harness = ServerHarness.initialized()
    let answers = harness.send([
      ["jsonrpc": "2.0", "id": 41, "method": "textDocument/hover", "params": [:]],
      ["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 41]],
      ["jsonrpc": "2.0", "id": 42, "method": "shutdown"],
    ])
    #expect(answers.count == 2)
    #expect(answers[0]["error"]?.integer("code") == -32800)
    #expect(answers[1]["id"]?.numberValue?.intValue == 42)
    #expect(answers[1]["result"]?.isNull == true)
  }
}

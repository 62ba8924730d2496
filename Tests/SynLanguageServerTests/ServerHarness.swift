import Foundation
import SynJSON

@testable import SynLanguageServer

/// A server driven the way an editor drives it, one framed message at a time.
struct ServerHarness {
  var server = LanguageServer(version: "test")
  private var nextID = 0

  /// A server that has answered `initialize`.
  static func initialized() -> ServerHarness {
    var harness = ServerHarness()
    _ = harness.request("initialize", ["capabilities": [:]])
    _ = harness.notify("initialized", [:])
    return harness
  }

  /// A new temporary directory holding `files` (relative path -> contents), for scripts that name files.
  static func workspace(_ files: [String: String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("syn-lsp-\(UUID().uuidString)")
    for (path, contents) in files {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: url)
    }
    return directory
  }

  /// Sends raw bytes as one frame's body; returns every message sent back.
  mutating func send(body: [UInt8]) -> [JSONValue] {
    server.receive([.message(body)])
  }

  mutating func send(_ messages: [JSONValue]) -> [JSONValue] {
    server.receive(messages.map { .message($0.compactBytes) })
  }

  /// A request's response (the first message with its id).
  mutating func request(_ method: String, _ params: JSONValue) -> JSONValue {
    nextID += 1
    let id = JSONValue.integer(nextID)
    let answers = send([["jsonrpc": "2.0", "id": id, "method": .string(method), "params": params]])
    return answers.first { $0["id"]?.compactText == id.compactText } ?? .null
  }

  mutating func notify(_ method: String, _ params: JSONValue) -> [JSONValue] {
    send([["jsonrpc": "2.0", "method": .string(method), "params": params]])
  }

  /// Opens `text` as `uri`; returns the diagnostics published for it.
  mutating func open(_ text: String, uri: String = "file:///tmp/test.syn") -> [JSONValue] {
    let sent = notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": .string(uri), "languageId": "syn", "version": 1, "text": .string(text)]])
    return sent.first { $0.string("method") == "textDocument/publishDiagnostics" }?["params"]?["diagnostics"]?
      .arrayValue ?? []
  }

  /// `textDocument/X` at a 0-based line and UTF-16 character.
  mutating func at(
    _ method: String, line: Int, character: Int, uri: String = "file:///tmp/test.syn", extra: [(String, JSONValue)] = []
  ) -> JSONValue {
    let params: [(String, JSONValue)] =
      [
        ("textDocument", ["uri": .string(uri)]),
        ("position", ["line": .integer(line), "character": .integer(character)]),
      ] + extra
    return request("textDocument/" + method, .members(params))["result"] ?? .null
  }
}

extension JSONValue {
  /// `range.start` as (line, character), for comparisons.
  var start: [Int] {
    [self["range"]?["start"]?.integer("line") ?? -1, self["range"]?["start"]?.integer("character") ?? -1]
  }

  var end: [Int] {
    [self["range"]?["end"]?.integer("line") ?? -1, self["range"]?["end"]?.integer("character") ?? -1]
  }
}

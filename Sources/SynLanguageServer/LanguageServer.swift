import SynJSON

/// The language server of `.syn` scripts: JSON-RPC messages in, messages out,
/// with no input or output of its own (`StandardIOTransport` carries them).
/// It handles one message at a time, in order.
public struct LanguageServer {
  var documents: [String: AnalyzedDocument] = [:]
  private var initialized = false
  private var shutdownRequested = false
  /// Set by the `exit` notification: 0 after `shutdown`, 1 without (LSP 3.17).
  public private(set) var exitCode: Int32?
  private let version: String

  public init(version: String) {
    self.version = version
  }

  /// The exit code when the input ends without an `exit` notification.
  public var exitCodeAtEndOfInput: Int32 { shutdownRequested ? 0 : 1 }

  /// Handles the messages that arrived together, in order, and returns the
  /// bodies to send. A request a `$/cancelRequest` of the same batch cancels
  /// is answered RequestCancelled without running.
  mutating func receive(_ frames: [FrameReader.Frame]) -> [JSONValue] {
    let parsed = frames.map(Self.parse)
    var cancelled: Set<String> = []
    for case .success(let message) in parsed where message.method == "$/cancelRequest" {
      if let id = message.params["id"] { cancelled.insert(id.compactText) }
    }
    var outgoing: [JSONValue] = []
    for result in parsed {
      switch result {
      case .failure(let failure):
        outgoing.append(RPCMessage.error(id: failure.id ?? .null, failure.error))
      case .success(let message):
        if let id = message.id, cancelled.contains(id.compactText) {
          outgoing.append(RPCMessage.error(id: id, RPCError(.requestCancelled, "cancelled before it ran")))
        } else {
          outgoing += handle(message)
        }
      }
      if exitCode != nil { break }
    }
    return outgoing
  }

  private struct Unreadable: Error {
    var id: JSONValue?
    var error: RPCError
  }

  private static func parse(_ frame: FrameReader.Frame) -> Result<IncomingMessage, Unreadable> {
    switch frame {
    case .malformedHeader(let problem):
      return .failure(Unreadable(error: RPCError(.parseError, problem)))
    case .message(let body):
      let value: JSONValue
      do {
        value = try JSONValue(parsing: LoneSurrogates.replaced(in: body))
      } catch {
        return .failure(Unreadable(error: RPCError(.parseError, "the message is not JSON: \(error)")))
      }
      do {
        return .success(try IncomingMessage(value))
      } catch {
        return .failure(Unreadable(id: value["id"], error: error))
      }
    }
  }

  /// The answer to a request (one response, and notifications such as
  /// diagnostics), or what a notification makes the server send.
  mutating func handle(_ message: IncomingMessage) -> [JSONValue] {
    guard let id = message.id else { return handleNotification(message) }
    let result: JSONValue
    var notifications: [JSONValue] = []
    do throws(RPCError) {
      (result, notifications) = try answer(message)
    } catch {
      return [RPCMessage.error(id: id, error)]
    }
    return [RPCMessage.response(id: id, result: result)] + notifications
  }

  private mutating func answer(_ message: IncomingMessage) throws(RPCError) -> (JSONValue, [JSONValue]) {
    if message.method == "initialize" {
      guard !initialized else { throw RPCError(.invalidRequest, "initialize was already received") }
      initialized = true
      return (
        ["capabilities": ServerCapabilities.json, "serverInfo": ["name": "syn", "version": .string(version)]], []
      )
    }
    guard initialized else { throw RPCError(.serverNotInitialized, "initialize must come first") }
    guard !shutdownRequested else { throw RPCError(.invalidRequest, "the server is shutting down; only exit is taken") }
    let params = message.params
    switch message.method {
    case "shutdown":
      shutdownRequested = true
      return (.null, [])
    case "textDocument/completion": return (completion(params), [])
    case "textDocument/hover": return (hover(params), [])
    case "textDocument/definition": return (definition(params), [])
    case "textDocument/documentSymbol": return (documentSymbols(params), [])
    case "textDocument/semanticTokens/full": return (semanticTokens(params), [])
    case "textDocument/codeAction": return (codeActions(params), [])
    case "textDocument/formatting": return (formatting(params), [])
    default: throw RPCError(.methodNotFound, "syn lsp does not handle '\(message.method)'")
    }
  }

  private mutating func handleNotification(_ message: IncomingMessage) -> [JSONValue] {
    if message.method == "exit" {
      exitCode = shutdownRequested ? 0 : 1
      return []
    }
    guard initialized, !shutdownRequested else { return [] }
    let params = message.params
    let uri = params["textDocument"]?.string("uri") ?? ""
    switch message.method {
    case "textDocument/didOpen":
      guard let text = params["textDocument"]?.string("text") else { return [] }
      let version = params["textDocument"]?.integer("version") ?? 0
      return open(TextDocument(uri: uri, version: version, text: text))
    case "textDocument/didChange":
      // Full sync: the last change holds the whole text.
      guard var document = documents[uri]?.document,
        let text = params["contentChanges"]?.arrayValue?.last?.string("text")
      else { return [] }
      document.version = params["textDocument"]?.integer("version") ?? document.version
      document.replaceText(text)
      return open(document)
    case "textDocument/didClose":
      documents[uri] = nil
      return [RPCMessage.notification("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])]
    default:
      // `initialized`, `$/cancelRequest` (done in `receive`), `didSave` and any other notification need nothing.
      return []
    }
  }

  private mutating func open(_ document: TextDocument) -> [JSONValue] {
    let analyzed = AnalyzedDocument(document)
    documents[document.uri] = analyzed
    return [publishedDiagnostics(of: analyzed)]
  }

  /// The document a request names, if it is open.
  func document(_ params: JSONValue) -> AnalyzedDocument? {
    params["textDocument"]?.string("uri").flatMap { documents[$0] }
  }
}

import Foundation
import SynHTTP
public import SynJSON
import SynLanguage
import Synchronization

/// `--record FILE`: every exchange of a run, kept in memory as it happens
/// and written once as a HAR 1.2 file, with every key hidden.
///
/// Keys are hidden when the file is written, not when an exchange is kept:
/// a tenant's keys arrive in the answer to its sign-up, before the session
/// knows them, and must be hidden there too.
public final class HARRecorder: Sendable {
  /// How exchanges are grouped into HAR pages.
  public enum Grouping: Sendable {
    /// `syn test`: one page per test case.
    case perCase
    /// `syn run`: one page per file.
    case perFile
  }

  private struct Log {
    var exchanges: [RecordedExchange] = []
    var keys: Set<String> = []
  }

  private let grouping: Grouping
  private let log = Mutex(Log())

  public init(grouping: Grouping) {
    self.grouping = grouping
  }

  /// Keeps `exchange`, under the page of the case the current task runs; `keys`
  /// are the keys known when it was sent, hidden in whatever the file shows.
  public func record(_ exchange: RecordedExchange, hiding keys: some Sequence<String>) {
    var exchange = exchange
    exchange.page = CasePage.current.map { grouping == .perCase ? $0.caseID : $0.file }
    log.withLock { log in
      log.exchanges.append(exchange)
      log.keys.formUnion(keys.filter { !$0.isEmpty })
    }
  }

  /// The archive as it stands, keys hidden.
  public var document: JSONValue {
    let (exchanges, keys) = log.withLock { ($0.exchanges, $0.keys) }
    return HARFormat.document(of: exchanges.map { masked($0, hiding: keys) })
  }

  /// Writes the archive to `path` atomically: a reader sees the old file or the whole new one.
  public func write(to path: String) throws {
    let file = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data((document.prettyText() + "\n").utf8).write(to: file, options: .atomic)
  }

  /// `exchange` with key headers masked and every key hidden from URLs, bodies and the statement.
  private func masked(_ exchange: RecordedExchange, hiding keys: Set<String>) -> RecordedExchange {
    func hide(_ text: String) -> String { KeyMask.masking(text, hiding: keys) }
    func hide(_ bytes: [UInt8]) -> [UInt8] {
      guard let text = String(validating: bytes, as: UTF8.self) else { return bytes }
      return Array(hide(text).utf8)
    }
    func hide(_ headers: HTTPHeaders) -> HTTPHeaders {
      HTTPHeaders(headers.map { ($0.name, hide(KeyMask.masked($0.value, inHeader: $0.name))) })
    }
    var exchange = exchange
    exchange.request.path = hide(exchange.request.path)
    exchange.request.query = exchange.request.query.map { QueryItem(name: $0.name, value: hide($0.value)) }
    exchange.request.headers = hide(exchange.request.headers)
    exchange.request.body = hide(exchange.request.body)
    if let response = exchange.response {
      exchange.response = HTTPResponse(
        status: response.status, headers: hide(response.headers), body: hide(response.body))
    }
    exchange.statement = exchange.statement.map(hide)
    exchange.failure = exchange.failure.map(hide)
    return exchange
  }
}

import Foundation
public import SynHTTP
import SynJSON
import Synchronization

/// `--backend replay --cassette FILE`: answers each request with the answer
/// a recording (a HAR 1.2 file: syn's own `--record`, or any tool's) holds
/// for it, matched as `RequestShape` says; a request the recording cannot
/// answer fails with the nearest recorded request and how it differs.
///
/// Within a test case, requests are matched against the recording's page for
/// that case (`CasePage`), else for its file, else against every entry: cases
/// that run in parallel do not take each other's answers. Recorded requests
/// with the same shape answer in their recorded order, each once: the nth
/// `list posts` of a case gets the nth recorded answer.
public final class ReplayBackend: NetworkBackend {
  /// The recording's name in messages: its path.
  public let cassette: String
  private let exchanges: [RecordedExchange]
  private let shapes: [RequestShape]
  private let pages: [String: [Int]]
  private let state = Mutex(State())

  private struct State {
    var used: Set<Int> = []
    /// The generated values answered so far, per page (`""` for the whole recording).
    var answers: [String: AnswerIndex] = [:]
  }

  /// Reads the recording at `path`; an error says why it cannot be replayed.
  public convenience init(cassette path: String) throws(HARFormatError) {
    let document: JSONValue
    do {
      document = try JSONValue(parsing: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    } catch let error as JSONParseError {
      throw HARFormatError("\(path) is not JSON: \(error)")
    } catch {
      throw HARFormatError("cannot read \(path): \(error.localizedDescription)")
    }
    let exchanges: [RecordedExchange]
    do {
      exchanges = try HARFormat.exchanges(in: document)
    } catch {
      throw HARFormatError("\(path): \(error)")
    }
    self.init(exchanges: exchanges, cassette: path)
  }

  /// Replays `exchanges`, in their recorded order; `cassette` names them in messages.
  public init(exchanges: [RecordedExchange], cassette: String) {
    self.cassette = cassette
    self.exchanges = exchanges
    var answers: [String: AnswerIndex] = [:]
    var pages: [String: [Int]] = [:]
    shapes = exchanges.enumerated().map { index, exchange in
      let page = exchange.page ?? ""
      pages[page, default: []].append(index)
      let shape = RequestShape(exchange.request, answers: answers[page] ?? AnswerIndex())
      if let response = exchange.response { answers[page, default: AnswerIndex()].add(response, of: index) }
      return shape
    }
    self.pages = pages
  }

  public var preferredExecutor: (any TaskExecutor)? { nil }

  /// Timeouts and retries mean nothing to a recording.
  public func send(_ request: HTTPRequest, options: RequestOptions) async throws -> HTTPResponse {
    try answer(request)
  }

  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    try answer(request)
  }

  private func answer(_ request: HTTPRequest) throws -> HTTPResponse {
    let (page, candidates) = scope(of: CasePage.current)
    return try state.withLock { state throws -> HTTPResponse in
      let shape = RequestShape(request, answers: state.answers[page] ?? AnswerIndex())
      let matching = candidates.filter { shape.differences(from: shapes[$0]).isEmpty }
      guard let index = matching.first(where: { !state.used.contains($0) }) else {
        if let refused = answerWithoutControlPlane(request) { return refused }
        throw mismatch(shape, among: candidates, used: state.used, recordedTimes: matching.count)
      }
      state.used.insert(index)
      let exchange = exchanges[index]
      guard let response = exchange.response else {
        throw ReplayedFailure(description: exchange.failure ?? "the recorded request got no answer")
      }
      state.answers[page, default: AnswerIndex()].add(response, of: index)
      return response
    }
  }

  /// The page a case's requests are matched in, and its entries: the case's page, its file's, else the whole recording.
  private func scope(of page: CasePage?) -> (page: String, entries: [Int]) {
    for id in [page?.caseID, page?.file].compactMap(\.self) {
      if let entries = pages[id] { return (id, entries) }
    }
    return ("", Array(exchanges.indices))
  }

  /// A recording without syn's control plane (made on the real APIs, or by
  /// another tool) is replayed as a server without one: a sign-up is refused
  /// with 404, and the session goes on with the configured keys.
  private func answerWithoutControlPlane(_ request: HTTPRequest) -> HTTPResponse? {
    guard ControlRoute.isControlPath(request.path),
      !exchanges.contains(where: { ControlRoute.isControlPath($0.request.path) })
    else { return nil }
    return HTTPResponse(status: 404, body: Array(#"{"error":"the recording has no control plane"}"#.utf8))
  }

  private func mismatch(_ shape: RequestShape, among candidates: [Int], used: Set<Int>, recordedTimes: Int)
    -> ReplayMismatch
  {
    guard recordedTimes == 0 else { return ReplayMismatch(cassette: cassette, kind: .usedUp(times: recordedTimes)) }
    // The nearest request not answered yet; when all were, the nearest of them.
    let unused = candidates.filter { !used.contains($0) }
    let weighed = (unused.isEmpty ? candidates : unused).map { index in
      let differences = shape.differences(from: shapes[index])
      return (index, differences, differences.reduce(0) { $0 + $1.kind.rawValue })
    }
    guard let (index, differences, _) = weighed.min(by: { $0.2 < $1.2 }) else {
      return ReplayMismatch(cassette: cassette, kind: .empty)
    }
    return ReplayMismatch(
      cassette: cassette, kind: .nearest(entry: index, exchange: exchanges[index], differences: differences))
  }
}

/// A recorded request that got no answer (a timeout, a refused connection), failing again as it failed then.
struct ReplayedFailure: Error, CustomStringConvertible {
  var description: String
}

public import SynHTTP
import Synchronization

/// The write-ahead log of a simulator with a state file, and the lock that
/// keeps the log's order the order requests ran in.
final class Journal: Sendable {
  /// A log this long (bytes) is folded into a snapshot, so that a restart replays little.
  static let compactionSize = 64 << 20

  let log: WriteAheadLog
  /// Held while a request is logged and run, and while a snapshot is taken.
  let order = Mutex(())

  init(log: WriteAheadLog) {
    self.log = log
  }
}

/// A record of the journal, which `waitUntilDurable` waits for.
public struct JournalPosition: Sendable {
  let sequence: UInt64
}

/// What a restart found in the journal.
public struct JournalReplay: Sendable, Equatable {
  /// Requests run again on top of the snapshot.
  public let requests: Int
  /// Bytes of a torn last record, dropped.
  public let droppedBytes: Int
}

extension Simulator {
  /// Answers `request`; with a journal, logs it first and says where, so that
  /// the caller can wait until it is durable before acknowledging it. Every
  /// request is logged, reads too: some change state (a fault they meet, a
  /// rate limit they count, a connect callback). A request the log cannot
  /// take is answered 503 and not run. `POST /_sim/snapshot` is not logged:
  /// it compacts the log.
  public func handleJournaled(_ request: HTTPRequest) -> (response: HTTPResponse, position: JournalPosition?) {
    guard let journal, !ControlRoute.snapshot.matches(request) else { return (route(request), nil) }
    let outcome = journal.order.withLock { _ -> (response: HTTPResponse, position: JournalPosition?) in
      do throws(StateError) {
        let sequence = try journal.log.append(JournalRecord.encode(request))
        return (route(request), JournalPosition(sequence: sequence))
      } catch {
        return (APIError.journalUnavailable(error).response, nil)
      }
    }
    if journal.log.size > Journal.compactionSize {
      // A failed snapshot leaves the log growing; the next request tries again, and shutdown reports it.
      _ = try? saveState()
    }
    return outcome
  }

  /// Returns true once the request logged at `position` is on disk; false when the log failed.
  public func waitUntilDurable(_ position: JournalPosition) async -> Bool {
    guard let journal else { return true }
    return await journal.log.waitUntilDurable(position.sequence)
  }

  /// Runs the logged requests again, in order, on the state of the snapshot they continue.
  func replay(_ contents: WriteAheadLog.Contents, from path: String) throws(StateError) -> JournalReplay {
    for (index, payload) in contents.records.enumerated() {
      guard let request = JournalRecord.decode(payload) else {
        throw StateError("\(path): record \(index + 1) passed its checksum but is not a request")
      }
      _ = route(request)
    }
    return JournalReplay(requests: contents.records.count, droppedBytes: contents.droppedBytes)
  }
}

extension APIError {
  static func journalUnavailable(_ error: StateError) -> APIError {
    APIError(
      status: 503, code: "journal_unavailable",
      message: "The request was not run: the server cannot log it (\(error.message))")
  }
}

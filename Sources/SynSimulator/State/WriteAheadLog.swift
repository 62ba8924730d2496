import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `FILE.wal`, the write-ahead log beside a `--state` file: the requests
/// since the last snapshot, appended in the order the simulator ran them.
///
///     header:  "SYNWAL1\n", then the generation (8 bytes, little-endian)
///     record:  payload length (4 bytes), CRC-32 of the payload (4 bytes), payload
///
/// The generation ties the log to the snapshot it continues: a snapshot names
/// the generation of the log started right after it, so a log left over from
/// before a snapshot (a crash between the two) is recognised and not replayed
/// twice. A record whose length runs past the end of the file or whose
/// checksum is wrong was torn by a crash mid-write: it and anything after it
/// are dropped, never read back.
///
/// Durability: `append` hands the record to the kernel with `write(2)`, which
/// a killed process cannot undo; `waitUntilDurable` waits for an `fsync(2)`
/// that covers the record, which survives a power loss too. Waiters share
/// fsyncs (group commit): one runs at a time, and it covers every record
/// written before it started.
final class WriteAheadLog: Sendable {
  static let magic = Array("SYNWAL1\n".utf8)
  static let headerSize = magic.count + 8
  static let recordHeaderSize = 8

  /// The log's path: the state file's, with `.wal` added.
  let path: String
  private let state = Mutex(LogState())
  private let syncs = DispatchQueue(label: "syn.write-ahead-log.fsync")

  private struct LogState: ~Copyable {
    /// The generation of the current file (0: none started yet).
    var generation: UInt64 = 0
    /// The file of the current generation; nil before `start` or after a failure that made it unsafe to append.
    var file: OpenFile?
    /// Why appending is refused, when `file` is nil after a failure.
    var failure: String?
    /// The number of the last record appended, across generations.
    var appended: UInt64 = 0
    /// The number of the last record an fsync (or a snapshot) made durable.
    var durable: UInt64 = 0
    var size = 0
    var isSyncing = false
    var waiters: [(sequence: UInt64, continuation: CheckedContinuation<Bool, Never>)] = []
  }

  /// A descriptor that closes when the last user lets go: a running fsync keeps the old file of a restarted log open.
  private final class OpenFile: Sendable {
    let descriptor: Int32
    init(_ descriptor: Int32) { self.descriptor = descriptor }
    deinit { close(descriptor) }
  }

  /// What a log file holds: its generation and the payloads of its whole records.
  struct Contents {
    var generation: UInt64
    var records: [[UInt8]]
    /// Bytes after the last whole record (a torn write), dropped.
    var droppedBytes: Int
  }

  init(path: String) {
    self.path = path
  }

  /// The bytes appended to the current generation so far, header included.
  var size: Int { state.withLock { $0.size } }

  /// The generation of the current file; set before the first `start` to the one a snapshot names.
  var generation: UInt64 {
    get { state.withLock { $0.generation } }
    set { state.withLock { $0.generation = newValue } }
  }

  /// Reads the log at `path`; nil when there is none. A file that does not
  /// start with a log header is refused: it is not a log this syn wrote.
  func read() throws(StateError) -> Contents? {
    guard let bytes = try StateFile(path: path).read() else { return nil }
    return try WriteAheadLog.contents(of: bytes, path: path)
  }

  static func contents(of bytes: [UInt8], path: String) throws(StateError) -> Contents {
    guard bytes.count >= headerSize, bytes.starts(with: magic) else {
      throw StateError("\(path): not a syn write-ahead log (it must start with \"SYNWAL1\")")
    }
    let generation = bytes[magic.count..<headerSize].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    var records: [[UInt8]] = []
    var offset = headerSize
    while bytes.count - offset >= recordHeaderSize {
      let length = Int(JournalRecord.littleEndianWord(bytes[offset..<offset + 4]))
      let checksum = JournalRecord.littleEndianWord(bytes[offset + 4..<offset + 8])
      let start = offset + recordHeaderSize
      guard bytes.count - start >= length else { break }
      let payload = Array(bytes[start..<start + length])
      guard CRC32.checksum(payload) == checksum else { break }
      records.append(payload)
      offset = start + length
    }
    return Contents(generation: generation, records: records, droppedBytes: bytes.count - offset)
  }

  /// Replaces the log with an empty one of `generation`, once a snapshot holds
  /// everything the old one did: every record appended so far is durable.
  /// The new file is written beside the log and renamed over it, so the log
  /// is at every moment either the old one or the new one, whole.
  func start(generation: UInt64) throws(StateError) {
    try state.withLock { log throws(StateError) in
      log.file = nil
      var header = WriteAheadLog.magic
      for shift in stride(from: 0, to: 64, by: 8) {
        header.append(UInt8(truncatingIfNeeded: generation >> UInt64(shift)))
      }
      let temporary = "\(path).\(getpid()).tmp"
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { throw fail(&log, "cannot create \(temporary)") }
      let file = OpenFile(descriptor)
      guard StateFile.writeAll(header, to: descriptor), fsync(descriptor) == 0 else {
        unlink(temporary)
        throw fail(&log, "cannot write \(temporary)")
      }
      guard rename(temporary, path) == 0 else {
        unlink(temporary)
        throw fail(&log, "cannot replace \(path)")
      }
      StateFile.flushFolder(StateFile.folder(of: path))
      guard lseek(descriptor, 0, SEEK_END) >= 0 else { throw fail(&log, "cannot append to \(path)") }
      log.file = file
      log.generation = generation
      log.failure = nil
      log.size = header.count
      log.durable = log.appended
      resumeWaiters(&log)
    }
  }

  /// Appends one record and returns its number; the record is in the kernel's
  /// hands when this returns (a killed process loses nothing), durable on disk
  /// once `waitUntilDurable` says so.
  func append(_ payload: [UInt8]) throws(StateError) -> UInt64 {
    try state.withLock { log throws(StateError) in
      guard let file = log.file else {
        throw StateError("the write-ahead log \(path) is not open: \(log.failure ?? "no snapshot started it")")
      }
      var record: [UInt8] = []
      record.reserveCapacity(WriteAheadLog.recordHeaderSize + payload.count)
      JournalRecord.littleEndian(UInt32(payload.count), to: &record)
      JournalRecord.littleEndian(CRC32.checksum(payload), to: &record)
      record += payload
      guard StateFile.writeAll(record, to: file.descriptor) else {
        let failure = StateError("cannot write \(path): \(String(cString: strerror(errno)))")
        // Cut a partial record off, so that later records do not follow garbage.
        guard ftruncate(file.descriptor, off_t(log.size)) == 0, lseek(file.descriptor, 0, SEEK_END) >= 0 else {
          throw fail(&log, "cannot cut a partial record off \(path)")
        }
        throw failure
      }
      log.size += record.count
      log.appended += 1
      return log.appended
    }
  }

  /// Returns once record `sequence` is on disk (true), or an fsync failed (false).
  func waitUntilDurable(_ sequence: UInt64) async -> Bool {
    await withCheckedContinuation { continuation in
      let startsSync = state.withLock { log -> Bool? in
        if log.durable >= sequence { return nil }
        log.waiters.append((sequence, continuation))
        guard !log.isSyncing else { return false }
        log.isSyncing = true
        return true
      }
      switch startsSync {
      case nil: continuation.resume(returning: true)
      case true?: syncs.async { self.syncUntilNoneWait() }
      case false?: break
      }
    }
  }

  /// Runs fsyncs while anyone waits; each covers every record appended before it began.
  private func syncUntilNoneWait() {
    while true {
      let (file, target) = state.withLock { log in (log.file, log.appended) }
      let synced = file.map { fsync($0.descriptor) == 0 } ?? false
      let isDone = state.withLock { log -> Bool in
        if synced {
          log.durable = max(log.durable, target)
        } else if let file, log.file === file {
          _ = fail(&log, "cannot flush \(path)")
        }
        resumeWaiters(&log)
        if log.waiters.isEmpty { log.isSyncing = false }
        return !log.isSyncing
      }
      if isDone { return }
    }
  }

  /// Resumes the waiters whose records are durable; with no file (a failure), all of them, with false.
  private func resumeWaiters(_ log: inout LogState) {
    let isOpen = log.file != nil
    let durable = log.durable
    var waiting: [(sequence: UInt64, continuation: CheckedContinuation<Bool, Never>)] = []
    for waiter in log.waiters {
      if waiter.sequence <= durable {
        waiter.continuation.resume(returning: true)
      } else if !isOpen {
        waiter.continuation.resume(returning: false)
      } else {
        waiting.append(waiter)
      }
    }
    log.waiters = waiting
  }

  /// Closes the log for appends after a failure that left it unsafe, and says why:
  /// `message` and the system's reason (errno).
  private func fail(_ log: inout LogState, _ message: String) -> StateError {
    let reason = "\(message): \(String(cString: strerror(errno)))"
    log.file = nil
    log.failure = reason
    return StateError(reason)
  }
}

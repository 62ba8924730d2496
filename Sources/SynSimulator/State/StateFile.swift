import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file holding saved state, read whole and replaced atomically: the bytes
/// go to a new file in the same folder, which is flushed to disk and then
/// renamed over the old one, so a crash or a full disk leaves the old file
/// as it was, never a half-written one.
public final class StateFile: Sendable {
  /// The path as given, which messages name.
  public let path: String
  /// Serialises writers, and numbers their temporary files.
  private let writes = Mutex(0)
  /// The open lock file while this process holds the file (`claim()`).
  private let lock = Mutex<Int32?>(nil)

  public init(path: String) {
    self.path = path
  }

  deinit {
    lock.withLock { descriptor in
      if let descriptor { close(descriptor) }
    }
  }

  /// Takes the file for this object until it is freed or the process ends, so
  /// that two servers never save over each other's state. The claim is an
  /// advisory lock on `PATH.lock` (created if need be, left in place): the
  /// system drops it when the process dies, so a crash leaves nothing stale.
  public func claim() throws(StateError) {
    try lock.withLock { held throws(StateError) in
      guard held == nil else { return }
      let lockPath = path + ".lock"
      let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else {
        throw StateError("cannot lock \(path): \(lockPath): \(String(cString: strerror(errno)))")
      }
      guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
        let busy = errno == EWOULDBLOCK
        let reason = String(cString: strerror(errno))
        close(descriptor)
        throw StateError(
          busy
            ? "\(path) is in use by another syn serve (it holds \(lockPath)); give each server a file of its own"
            : "cannot lock \(path): \(lockPath): \(reason)")
      }
      held = descriptor
    }
  }

  /// The file's bytes; nil when there is no such file.
  public func read() throws(StateError) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      throw failure("cannot read")
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw failure("cannot read") }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
    }
  }

  /// Replaces the file's content with `bytes`, atomically.
  public func write(_ bytes: [UInt8]) throws(StateError) {
    _ = try write { (output) throws(StateError) in try output.write(bytes) }
  }

  /// Replaces the file's content with what `produce` writes to the output it
  /// is given, atomically; how many bytes that was.
  func write(_ produce: (inout FileOutput) throws(StateError) -> Void) throws(StateError) -> Int {
    try writes.withLock { serial throws(StateError) in
      serial += 1
      let folder = StateFile.folder(of: path)
      let temporary = "\(path).\(getpid()).\(serial).tmp"
      // Owner only: a saved simulator holds the secret its tenants' keys derive from.
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { throw failure("cannot write") }
      var written = false
      defer { if !written { unlink(temporary) } }
      var output = FileOutput(descriptor: descriptor, path: path)
      do throws(StateError) {
        try produce(&output)
        try output.flush()
        guard fsync(descriptor) == 0 else { throw failure("cannot write") }
      } catch {
        close(descriptor)
        throw error
      }
      close(descriptor)
      guard rename(temporary, path) == 0 else { throw failure("cannot replace") }
      written = true
      StateFile.flushFolder(folder)
      return output.count
    }
  }

  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      offset += count
    }
    return true
  }

  /// Makes the rename itself durable; a folder that cannot be opened is left to the system.
  static func flushFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `cannot read state.json: Permission denied`.
  private func failure(_ action: String) -> StateError {
    StateError("\(action) \(path): \(String(cString: strerror(errno)))")
  }
}

/// The file a `StateFile` is writing, through a buffer.
struct FileOutput: StateOutput {
  fileprivate let descriptor: Int32
  fileprivate let path: String
  private var buffer: [UInt8] = []
  /// How many bytes were written so far.
  private(set) var count = 0

  fileprivate init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  mutating func write(_ bytes: some Collection<UInt8>) throws(StateError) {
    buffer.append(contentsOf: bytes)
    count += bytes.count
    if buffer.count >= 1 << 16 { try flush() }
  }

  mutating func flush() throws(StateError) {
    guard StateFile.writeAll(buffer, to: descriptor) else {
      throw StateError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

// The C calls, under names the methods `read` and `write` do not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

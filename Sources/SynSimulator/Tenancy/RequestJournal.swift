import SynHTTP

/// Every API request a tenant received, newest last: what `GET /_sim/requests`
/// and `mock requests` read, so a test of an app can check what the app sent.
///
/// A ring of the last `capacity` entries: the oldest is dropped when a new
/// one would overflow it. Recording keeps the request as it came (its arrays
/// are shared, not copied) and nothing is formatted until someone reads the
/// journal, so a request costs an append, not a rendering. Sequence numbers
/// count every request since sign-up and go on after `clear`, so a reader's
/// `since` stays valid.
struct RequestJournal: Sendable {
  /// The most entries a tenant keeps (docs/live.md, "The request journal").
  static let capacity = 10_000

  struct Entry: Sendable {
    /// 1 for the tenant's first request, then one more per request.
    let sequenceNumber: Int
    let request: HTTPRequest
    let status: Int
    /// The tenant's clock when it answered.
    let time: Timestamp
  }

  /// The entries, oldest first until the ring is full; then `oldest` says where the ring starts.
  private var ring: [Entry] = []
  private var oldest = 0
  private(set) var lastSequenceNumber = 0

  mutating func record(_ request: HTTPRequest, status: Int, at time: Timestamp) {
    lastSequenceNumber += 1
    let entry = Entry(sequenceNumber: lastSequenceNumber, request: request, status: status, time: time)
    if ring.count < Self.capacity {
      ring.append(entry)
    } else {
      ring[oldest] = entry
      oldest = (oldest + 1) % Self.capacity
    }
  }

  /// Every entry kept, oldest first.
  var entries: [Entry] {
    Array(ring[oldest...] + ring[..<oldest])
  }

  /// Forgets every entry (sequence numbers go on); answers how many there were.
  mutating func clear() -> Int {
    defer {
      ring.removeAll()
      oldest = 0
    }
    return ring.count
  }
}

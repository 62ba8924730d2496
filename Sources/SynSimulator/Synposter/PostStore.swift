/// A tenant's posts, listed newest first, and the queue of scheduled ones.
struct PostStore: Sendable, Codable {
  /// A scheduled post in the queue: ordered by time, then creation.
  private struct Due: Comparable, Sendable, Codable {
    var at: Timestamp
    var sequence: Int
    var id: ResourceID

    static func < (lhs: Due, rhs: Due) -> Bool {
      (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence)
    }
  }

  private var records = RecordStore<Post>()
  /// Scheduled posts by time. Entries of posts deleted or canceled since stay
  /// until they come up, and are skipped then.
  private var queue = MinHeap<Due>()

  subscript(id: ResourceID) -> Post? {
    records[id]
  }

  /// Whether a post has or had the id.
  func holdsOrHeld(_ id: ResourceID) -> Bool {
    records.holdsOrHeld(id)
  }

  /// Stores the post `make` builds; a scheduled one joins the queue.
  mutating func insert(_ make: (_ sequence: Int) -> Post) -> Post {
    let post = records.insert(make)
    if post.status == .scheduled, let scheduledAt = post.scheduledAt {
      queue.insert(Due(at: scheduledAt, sequence: post.sequence, id: post.id))
    }
    return post
  }

  mutating func replace(_ post: Post) {
    records.replace(post)
  }

  mutating func remove(_ id: ResourceID) -> Post? {
    records.remove(id)
  }

  /// One page of the posts `isIncluded` accepts, newest first, and how many it accepts.
  mutating func page(_ request: PageRequest, where isIncluded: ((Post) -> Bool)?) -> (records: [Post], total: Int) {
    records.page(request, newestFirst: true, where: isIncluded)
  }

  /// Takes the next scheduled post due at or before `time` off the queue.
  mutating func popDue(through time: Timestamp) -> Post? {
    while let next = queue.first, next.at <= time {
      _ = queue.popFirst()
      if let post = records[next.id], post.status == .scheduled { return post }
    }
    return nil
  }

  /// The posts still waiting to be published.
  var scheduled: [Post] {
    queue.elements.compactMap { due in records[due.id].flatMap { $0.status == .scheduled ? $0 : nil } }
  }
}

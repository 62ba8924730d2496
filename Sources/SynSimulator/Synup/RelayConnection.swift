import SynJSON

/// A Relay page request: `first`/`after`/`last`/`before` over a list ordered
/// newest first (ids descending), where a cursor is the node's own base64 id.
///
/// Slicing follows the Relay algorithm (decision 4): `after` and `before` are
/// exclusive bounds, then `first` takes from the front and `last` from the
/// back, `first` before `last` when both are given. Without either, `first`
/// is 50.
struct RelayPageRequest: Sendable {
  static let defaultPageSize = 50

  var first: Int?
  var last: Int?
  /// The number of the `after` cursor's node: the page holds smaller numbers.
  var after: Int?
  /// The number of the `before` cursor's node: the page holds larger numbers.
  var before: Int?

  /// Reads the four parameters; a cursor that is not a `type` id answers
  /// `SY90002: Invalid Id`. `maximumPageSize` clamps `first` and `last`.
  init(_ parameters: SynupQueryParameters, cursorType: RelayID.NodeType, maximumPageSize: Int? = nil)
    throws(SynupFailure)
  {
    first = try parameters.count("first")
    last = try parameters.count("last")
    if first == nil && last == nil { first = RelayPageRequest.defaultPageSize }
    if let maximumPageSize {
      first = first.map { min($0, maximumPageSize) }
      last = last.map { min($0, maximumPageSize) }
    }
    after = try RelayPageRequest.cursor(parameters.string("after"), type: cursorType)
    before = try RelayPageRequest.cursor(parameters.string("before"), type: cursorType)
  }

  private static func cursor(_ text: String?, type: RelayID.NodeType) throws(SynupFailure) -> Int? {
    guard let text else { return nil }
    guard let id = RelayID(text, as: type) else { throw .invalidId }
    return id.number
  }

  /// The page of `numbers` (descending) this request selects, and whether
  /// nodes of the whole list lie after and before it.
  func window(of numbers: [Int]) -> RelayWindow {
    var lower = 0
    var upper = numbers.count
    if let after { lower = numbers.partitioningIndex { $0 < after } }
    if let before { upper = max(lower, numbers.partitioningIndex { $0 <= before }) }
    if let first { upper = min(upper, lower + first) }
    if let last { lower = max(lower, upper - last) }
    return RelayWindow(
      numbers: Array(numbers[lower..<upper]), hasNextPage: upper < numbers.count, hasPreviousPage: lower > 0)
  }
}

/// One page of a connection.
struct RelayWindow: Sendable {
  /// The nodes' numbers, newest first.
  let numbers: [Int]
  let hasNextPage: Bool
  let hasPreviousPage: Bool

  /// `{"edges":[{"cursor","node"}],"pageInfo":{…}}`, cursors being the nodes'
  /// ids; `total` is the caller's (all matches for locations, the page size
  /// for users: decision 2). No `startCursor`: no evidence shows one.
  func connection(total: Int, node: (Int) -> (id: String, json: JSONValue)) -> (edges: JSONValue, pageInfo: JSONValue) {
    let nodes = numbers.map(node)
    let edges = JSONValue.array(nodes.map { ["cursor": .string($0.id), "node": $0.json] })
    let pageInfo: JSONValue = [
      "hasNextPage": .bool(hasNextPage),
      "hasPreviousPage": .bool(hasPreviousPage),
      "endCursor": nodes.last.map { .string($0.id) } ?? .null,
      "total": .int(total),
    ]
    return (edges, pageInfo)
  }
}

extension Array where Element == Int {
  /// The first index whose element satisfies `belongs`, for a predicate that
  /// is false for a prefix of the array and true for the rest (binary search).
  fileprivate func partitioningIndex(where belongs: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if belongs(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}

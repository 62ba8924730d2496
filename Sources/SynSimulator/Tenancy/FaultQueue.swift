import SynJSON

/// Injected failures: each answers its status to the next `remaining`
/// matching API requests, before the request touches any state.
struct FaultQueue: Sendable {
  struct Fault: Sendable {
    var status: Int
    var remaining: Int
    /// Only requests with this method (any when nil).
    var method: String?
    /// Only requests whose path matches (any when nil).
    var path: PathTemplate?

    func matches(method requestMethod: String, segments: [Substring]) -> Bool {
      if let method, method != requestMethod { return false }
      if let path, path.match(segments) == nil { return false }
      return true
    }

    var json: JSONValue {
      [
        "status": .int(status),
        "remaining": .int(remaining),
        "method": method.map(JSONValue.string) ?? .null,
        "path": path.map { JSONValue.string($0.description) } ?? .null,
      ]
    }
  }

  private(set) var pending: [Fault] = []

  mutating func add(_ fault: Fault) {
    pending.append(fault)
  }

  /// Uses up one shot of the oldest fault matching the request and returns its status.
  mutating func fire(method: String, segments: [Substring]) -> Int? {
    guard let index = pending.firstIndex(where: { $0.matches(method: method, segments: segments) }) else {
      return nil
    }
    let status = pending[index].status
    pending[index].remaining -= 1
    if pending[index].remaining == 0 { pending.remove(at: index) }
    return status
  }
}

import SynCatalog
import SynJSON

/// An injected failure (`mock fault`): answers its status to the next
/// `remaining` matching API requests, before the request touches any state.
struct Fault: Countdown {
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

typealias FaultQueue = CountdownQueue<Fault>

extension FaultQueue {
  /// Uses up one shot of the oldest fault matching the request and returns its status.
  mutating func fire(method: String, segments: [Substring]) -> Int? {
    take { $0.matches(method: method, segments: segments) }?.status
  }
}

import SynJSON

/// A failure injected for the next targets published (`POST /_sim/publish-failures`):
/// it fails the next `remaining` targets, of one account or of any.
struct PublishFailure: Countdown {
  var code: PublishError.Code
  var remaining: Int
  /// Only targets on this account (any when nil).
  var accountId: ResourceID?

  var json: JSONValue {
    [
      "code": .string(code.rawValue),
      "remaining": .int(remaining),
      "accountId": accountId.map { .string($0.text) } ?? .null,
    ]
  }
}

typealias PublishFailureQueue = CountdownQueue<PublishFailure>

extension PublishFailureQueue {
  /// Uses up one shot of the oldest failure for `accountId` and returns its code.
  mutating func take(for accountId: ResourceID) -> PublishError.Code? {
    take { $0.accountId == nil || $0.accountId == accountId }?.code
  }
}

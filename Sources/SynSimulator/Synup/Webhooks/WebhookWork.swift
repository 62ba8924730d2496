public import SynHTTP
import SynJSON

/// What `syn serve`'s delivery worker owes one tenant now (6.3): the
/// handshake first when the registration needs one, then the pending
/// deliveries in `seq` order.
public struct WebhookWork: Sendable {
  public let tenant: Int
  public let handshake: WebhookHandshake?
  public let deliveries: [OwedDelivery]
}

/// A pending delivery: the stored body and headers, to POST to `url`.
public struct OwedDelivery: Sendable {
  public let sequenceNumber: Int
  public let url: String
  public let headers: HTTPHeaders
  public let body: [UInt8]
}

/// The verification handshake of one registration (6.1, 6.3):
/// `{"event":"endpoint.verification","nonce","timestamp"}`, passed by a 200
/// whose body, trimmed of white space and one pair of quotes, is the
/// lowercase hex HMAC-SHA256 of the nonce under the secret.
public struct WebhookHandshake: Sendable {
  public let url: String
  /// The registration it is for: an answer after the next `mock webhook` is ignored.
  public let generation: Int
  let secret: String

  /// The handshake's body, from a nonce and the wall-clock time, and its headers (signed like any delivery).
  public func request(nonce: String, timestamp: String) -> (headers: HTTPHeaders, body: [UInt8]) {
    let body: JSONValue = [
      "event": .string("endpoint.verification"), "nonce": .string(nonce), "timestamp": .string(timestamp),
    ]
    let bytes = body.compactBytes
    let headers = HTTPHeaders([
      ("Content-Type", "application/json"), ("X-Synup-Signature", SynupOutbox.signature(of: bytes, secret: secret)),
    ])
    return (headers, bytes)
  }

  /// True when a 200 answered with `body` passes for `nonce`.
  public func isPassed(status: Int, body: [UInt8], nonce: String) -> Bool {
    guard status == 200, let text = String(validating: body, as: UTF8.self) else { return false }
    var answer = text.trimmingWhiteSpace()
    if answer.count >= 2, answer.hasPrefix("\""), answer.hasSuffix("\"") {
      answer = String(answer.dropFirst().dropLast())
    }
    let expected = HMACSHA256.authenticationCode(for: Array(nonce.utf8), key: Array(secret.utf8))
    return answer == Hexadecimal.lowercaseText(of: expected)
  }
}

extension String {
  fileprivate func trimmingWhiteSpace() -> String {
    let scalars = unicodeScalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }
    return String(String.UnicodeScalarView(scalars.reversed()))
  }
}

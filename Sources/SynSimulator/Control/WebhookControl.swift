import SynJSON

/// `POST /_sim/synup/webhook` and `GET /_sim/synup/deliveries` (synup-sections.md 5.6, 6.2, 6.4).
extension SynupOutbox {
  /// `mock webhook [url=…] [secret=…] [retries=0..10]`: `url` absent or null
  /// unregisters; `isSent` says whether this simulator sends (`syn serve`).
  mutating func register(_ fields: RequestFields, isSent: Bool) throws(APIError) -> JSONValue {
    let url = try fields.string("url")
    if let url, !Self.isWebhookURL(url) {
      throw .validation(
        field: "url", "url must be an http: or https: URL such as https://example.com/hook, not \"\(url)\"")
    }
    let secret = try fields.string("secret", maximumLength: 1024)
    let retries = try fields.integer("retries", in: 0...10) ?? 0
    register(url: url, secret: secret, retries: retries, isSent: isSent)
    return registrationJSON
  }

  /// `{"url","signed","retries","verified"}`.
  var registrationJSON: JSONValue {
    [
      "url": webhook.url.map(JSONValue.string) ?? .null, "signed": .bool(webhook.secret != nil),
      "retries": .int(webhook.retries), "verified": webhook.verified.map(JSONValue.bool) ?? .null,
    ]
  }

  /// `mock deliveries [event=…] [after=<seq>]`: `{"deliveries":[…]}`, oldest first.
  func deliveriesJSON(_ fields: RequestFields) throws(APIError) -> JSONValue {
    let event = try fields.string("event")
    var after = 0
    if let text = try fields.string("after") {
      guard let number = Int(text), number >= 0 else {
        throw .validation(
          field: "after", "after must be a delivery's seq, a whole number of 0 or more, not \"\(text)\"")
      }
      after = number
    }
    let chosen = deliveries.filter { $0.sequenceNumber > after && (event == nil || $0.event == event) }
    return ["deliveries": .array(chosen.map(\.json))]
  }

  /// `http://` or `https://` and a host: any host, localhost included (6.2).
  private static func isWebhookURL(_ text: String) -> Bool {
    let lowered = text.lowercased()
    guard let scheme = ["http://", "https://"].first(where: { lowered.hasPrefix($0) }) else { return false }
    let host = text.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" }
    return !host.isEmpty && !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
  }
}

extension SynupDelivery {
  /// The record 6.2 shows: `body` parsed, `attempts` as `{"at","status","error","ms"}`.
  var json: JSONValue {
    [
      "seq": .int(sequenceNumber), "event": .string(event), "createdAt": .string(createdAt.iso8601),
      "url": url.map(JSONValue.string) ?? .null, "state": .string(state.rawValue),
      "headers": .object(JSONObject(headers.map { JSONObject.Member(key: $0.name, value: .string($0.value)) })),
      "body": (try? JSONValue(parsing: body)) ?? .null,
      "attempts": .array(
        attempts.map { attempt in
          [
            "at": .string(attempt.at), "status": attempt.status.map(JSONValue.int) ?? .null,
            "error": attempt.error.map(JSONValue.string) ?? .null, "ms": .int(attempt.milliseconds),
          ]
        }),
    ]
  }
}

import SynJSON

/// `GET /subscriptions` (synup-sections.md 4.2): every account has exactly
/// the evidenced first subscription, Premium monthly. Its id is the data
/// seed's first subscription UUID, derived rather than stored, so it is the
/// same for a test case whatever its tenant's number.
enum SynupSubscriptions {
  static func active(_ seed: DataSeed) -> JSONValue {
    [
      [
        "name": "Premium plan - Monthly",
        "paymentSubscriptionId": .string(seed.uuid(kind: "subscription", key: "1").text),
        "planId": "premium-1month", "tenure": "Monthly",
      ]
    ]
  }
}

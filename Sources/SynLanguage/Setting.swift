/// What `set NAME VALUE` changes (spec section 5); the runtime types the value.
public enum Setting: String, CaseIterable, Sendable {
  /// The key the active API's requests carry.
  case apiKey
  /// The origin of the live backend.
  case baseUrl
  /// Each live attempt's deadline.
  case timeout
  /// Resends of safe live requests.
  case retries
  /// Whether every request and response is printed: `on` or `off`.
  case verbose
}

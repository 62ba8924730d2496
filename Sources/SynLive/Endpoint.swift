/// Where a connection goes: scheme, host and port. The client keeps idle
/// connections per endpoint.
struct Endpoint: Hashable, Sendable {
  /// `https`: the connection speaks TLS.
  var isSecure: Bool
  /// The host name or IP address connected to (an IPv6 address without brackets).
  var host: String
  var port: Int
  /// The name TLS asks for (SNI) and checks the certificate against; nil for an
  /// IP address, whose certificate is checked against the address.
  var serverName: String?
}

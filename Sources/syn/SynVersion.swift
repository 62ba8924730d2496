/// The version of syn, sent as `User-Agent: syn/VERSION` on live requests.
enum SynVersion {
  static let current = "0.1.0"
}

/// The version of syn: `syn --version`, the first line of `-v`, the test
/// reports, and `User-Agent: syn/VERSION` on live requests.
public enum SynVersion {
  public static let current = "0.1.0"
}

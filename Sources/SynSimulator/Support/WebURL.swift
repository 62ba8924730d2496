/// Checks on absolute URLs given in request bodies, without Foundation.
enum WebURL {
  /// Whether `text` is `https://host[:port][/path][?query]`, or `http://localhost…`
  /// when `allowingLocalhost`: no whitespace, no fragment, a non-empty host.
  static func isAbsolute(_ text: String, allowingLocalhost: Bool = false) -> Bool {
    let scalars = text.unicodeScalars
    guard !scalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0 == "#" }) else {
      return false
    }
    let rest: Substring
    if text.lowercased().hasPrefix("https://") {
      rest = text.dropFirst(8)
    } else if allowingLocalhost, text.lowercased().hasPrefix("http://localhost") {
      let afterHost = text.dropFirst(16)
      return afterHost.isEmpty || [":", "/", "?"].contains(afterHost.first)
    } else {
      return false
    }
    let host = rest.prefix { $0 != "/" && $0 != "?" }
    return !host.isEmpty && !host.hasPrefix(":")
      && host.allSatisfy { $0.isLetter || $0.isNumber || "-.:[]_".contains($0) }
  }
}

import Foundation

/// Debian's Chromium, headless: opens a page as a browser would, for the tests of the HTML report.
/// `scripts/setup-test-tools` installs it; a test that cannot find it fails and says so.
struct HeadlessChromium {
  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "chromium is not on PATH: run scripts/setup-test-tools (it installs Debian's chromium package)"
    }
  }

  let executable: URL

  /// Chromium on PATH, or `Missing`.
  init() throws {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let candidates = path.split(separator: ":").map {
      URL(fileURLWithPath: String($0)).appendingPathComponent("chromium")
    }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
      throw Missing()
    }
    executable = found
  }

  /// The page's DOM after it loaded (`--dump-dom`).
  func dom(of page: URL) throws -> SynBinary.Result {
    try run(["--dump-dom", page.absoluteString])
  }

  /// A PNG of the page's first `width` by `height` pixels.
  func screenshot(of page: URL, to png: URL, width: Int, height: Int) throws -> SynBinary.Result {
    try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", page.absoluteString])
  }

  /// Chromium headless with a profile of its own, thrown away after; without
  /// the sandbox, which refuses to start as root (CI containers).
  private func run(_ arguments: [String]) throws -> SynBinary.Result {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("syn-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let options = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)"]
    return try SynBinary.tool(executable.path, options + arguments)
  }
}

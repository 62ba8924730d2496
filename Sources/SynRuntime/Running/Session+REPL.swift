// What the interactive prompt (SynREPL) reads from a session. Kept in a file
// of its own so the prompt needs nothing else public.

import SynHTTP
import SynJSON

extension Session {
  /// `set baseUrl`: the origin requests go to instead of the API's own, if set.
  public var baseURL: String? {
    connection.settings.baseURL
  }

  /// Seeds the tenant's ids as `mock seed N` does, without making it the last
  /// exchange: the prompt does it once at the start, so that a script saved
  /// with `:save` (which begins with the same `mock seed N`) replays to the
  /// same ids. False where there is no control plane to seed (a real API).
  public func seedIDs(_ seed: Int) async -> Bool {
    await connection.seedIDs(.number(JSONNumber(seed)))
  }
}

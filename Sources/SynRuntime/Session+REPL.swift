// What the interactive prompt (SynREPL) reads from a session and its last
// exchange. Kept in a file of its own so the prompt needs nothing else public.

import SynHTTP
public import SynJSON

extension Exchange {
  /// `HTTP 201 Created (POST /v1/profiles)`: the line printed above a response body.
  public var statusLine: String {
    ResponseFormatter.statusLine(of: self)
  }

  /// The status line, then the body (`show`'s layout); `paint` dresses the
  /// status line and `render` lays out a JSON body (the prompt colors both).
  public func displayText(
    paint: (String) -> String = { $0 }, render: (JSONValue) -> String = { $0.prettyText() }
  ) -> String {
    ResponseFormatter.display(self, paint: paint, render: render)
  }

  /// The request as `-v` prints it (`> POST /v1/profiles`, headers, body), keys masked.
  public var maskedRequestText: String {
    ResponseFormatter.verbose(request)
  }

  /// The response as `-v` prints it (`< HTTP 201 Created ...`, headers, pretty body);
  /// `paint` dresses the status line and `render` lays out a JSON body (the prompt colors both).
  public func responseText(
    paint: (String) -> String = { $0 }, render: (JSONValue) -> String = { $0.prettyText() }
  ) -> String {
    ResponseFormatter.verbose(self, paint: paint, render: render)
  }
}

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

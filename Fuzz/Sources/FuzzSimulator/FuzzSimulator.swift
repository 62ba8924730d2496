import FuzzSupport
import SynHTTP
import SynJSON
import SynSimulator

/// Sends the requests decoded from the input (see `FuzzRequest`) to a fresh
/// simulator with one signed-up tenant, so every input starts from the same
/// state and keyed routes, `/_sim` included, are reachable. Checks that every
/// answer has a valid status and that JSON bodies are valid JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSimulator(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let simulator = Simulator()
  let keys = signUp(simulator)
  for request in FuzzRequest.requests(in: Array(UnsafeRawBufferPointer(start: start, count: count)), keys: keys) {
    let response = simulator.handle(request)
    require((100...599).contains(response.status), "status \(response.status) for \(request.method) \(request.path)")
    if response.headers["Content-Type"] == "application/json" {
      require(
        (try? JSONValue(parsing: response.body)) != nil, "invalid JSON body for \(request.method) \(request.path)")
    }
  }
  return 0
}

private func signUp(_ simulator: Simulator) -> FuzzRequest.Keys {
  let response = simulator.handle(HTTPRequest(method: "POST", path: "/_sim/tenants"))
  guard let json = try? JSONValue(parsing: response.body), let synposter = json["synposterKey"]?.stringValue,
    let synup = json["synupKey"]?.stringValue
  else { fatalError("sign-up failed: \(response.status)") }
  return FuzzRequest.Keys(synposter: synposter, synup: synup)
}

import Testing

@testable import SynSimulator

/// Tables built from catalog entries: one route per path, methods in `Allow` order.
@Suite struct RouteTableTests {
  let table = RouteTable<String>(grouping: [
    ("DELETE", "/things/{id}", .required, "delete"),
    ("POST", "/things", .required, "create"),
    ("GET", "/things/{id}", .required, "get"),
    ("PATCH", "/things/{id}", .required, "update"),
    ("GET", "/things", .required, "list"),
    ("GET", "/health", .optional, "health"),
  ])

  @Test func aPathsMethodsAreListedGetPostPutPatchDelete() {
    guard case .methodNotAllowed(let allowed) = table.lookup(method: "PUT", segments: ["things", "7"]) else {
      Issue.record("PUT /things/7 is not a 405")
      return
    }
    #expect(allowed == ["GET", "PATCH", "DELETE"])
    guard case .methodNotAllowed(let collection) = table.lookup(method: "PUT", segments: ["things"]) else {
      Issue.record("PUT /things is not a 405")
      return
    }
    #expect(collection == ["GET", "POST"])
  }

  @Test func eachMethodFindsItsEndpointWithTheRoutesKeyRequirement() {
    guard
      case .found(let endpoint, let parameters, let auth) = table.lookup(method: "PATCH", segments: ["things", "7"])
    else {
      Issue.record("PATCH /things/7 not found")
      return
    }
    #expect(endpoint == "update" && parameters == ["7"])
    #expect(auth == .required)
    guard case .found(_, _, .optional) = table.lookup(method: "GET", segments: ["health"]) else {
      Issue.record("GET /health is not found with an optional key")
      return
    }
    guard case .notFound = table.lookup(method: "GET", segments: ["nothing"]) else {
      Issue.record("GET /nothing is found")
      return
    }
  }
}

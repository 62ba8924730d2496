extension Catalog {
  /// The operation a request with `method` to `path` reaches: the first whose
  /// method and path template match, in catalog order, as the simulator routes.
  /// Finds what a raw `send` called.
  public func operation(method: String, path: String) -> Operation? {
    let segments = pathSegments(path)
    return operations.first { $0.method == method && PathTemplate($0.path).match(segments) != nil }
  }
}

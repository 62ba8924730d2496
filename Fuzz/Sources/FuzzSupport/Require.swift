/// Stops the fuzzer with `message` when an invariant is broken. Unlike
/// `precondition`, whose message an optimized build drops, this prints it.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError(message()) }
}

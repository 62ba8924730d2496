/// Work on the indices `0..<count`, at most `jobs` at a time: `syn test --jobs`
/// loads its files this way, then runs them.
enum BoundedParallel {
  /// Runs `work` for each index in order of index, starting the next as one
  /// finishes, while `shouldStart` allows; `finished` is told of each result,
  /// in the order they finish, before the next index starts.
  static func forEach<Output: Sendable>(
    _ count: Int, jobs: Int, shouldStart: () -> Bool = { true },
    work: @escaping @Sendable (Int) async -> Output,
    finished: (Int, Output) -> Void
  ) async {
    await withTaskGroup(of: (Int, Output).self) { group in
      var next = 0
      func startNext() {
        guard next < count, shouldStart() else { return }
        let index = next
        next += 1
        group.addTask { (index, await work(index)) }
      }
      for _ in 0..<max(1, jobs) { startNext() }
      for await (index, result) in group {
        finished(index, result)
        startNext()
      }
    }
  }

  /// `work` for each index, at most `jobs` at a time, the results in order of index.
  static func map<Output: Sendable>(
    _ count: Int, jobs: Int, work: @escaping @Sendable (Int) async -> Output
  ) async -> [Output] {
    var results: [Output?] = Array(repeating: nil, count: count)
    await forEach(count, jobs: jobs, work: work) { index, result in results[index] = result }
    return results.map { $0! }
  }
}

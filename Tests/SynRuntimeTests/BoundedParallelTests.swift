import Synchronization
import Testing

@testable import SynRuntime

/// How `syn test --jobs N` spreads its files' loading and running.
@Suite struct BoundedParallelTests {
  /// How many pieces of work run at once, and the most that ever did.
  private final class Occupancy: Sendable {
    private let counts = Mutex((now: 0, most: 0))

    var most: Int { counts.withLock { $0.most } }

    func enter() {
      counts.withLock { counts in
        counts.now += 1
        counts.most = max(counts.most, counts.now)
      }
    }

    func leave() {
      counts.withLock { $0.now -= 1 }
    }
  }

  @Test(arguments: [1, 2, 3])
  func noMoreThanJobsRunAtOnceAndResultsComeInOrder(jobs: Int) async {
    let occupancy = Occupancy()
    let results = await BoundedParallel.map(12, jobs: jobs) { index in
      occupancy.enter()
      try? await Task.sleep(for: .milliseconds(5))
      occupancy.leave()
      return index * 10
    }
    #expect(results == (0..<12).map { $0 * 10 })
    #expect(occupancy.most <= jobs)
    #expect(occupancy.most == jobs, "the work was spread over every job")
  }

  @Test func nothingStartsOnceStartingIsRefused() async {
    let started = Mutex<[Int]>([])
    var finished: [Int] = []
    await BoundedParallel.forEach(
      10, jobs: 1, shouldStart: { finished.count < 3 },
      work: { index in started.withLock { $0.append(index) } },
      finished: { index, _ in finished.append(index) })
    #expect(finished == [0, 1, 2])
    #expect(started.withLock { $0 } == [0, 1, 2])
  }
}

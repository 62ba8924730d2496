import Dispatch
import SynHTTP
import SynLanguage
import SynSimulator
import SynTestSupport
import Synchronization
import Testing

@testable import SynRuntime

/// A script case on the live backend runs on the executor that backend prefers.
@Suite struct PreferredExecutorTests {
  /// Runs jobs on one serial queue, so a job can tell whether it runs here.
  final class QueueExecutor: TaskExecutor {
    let queue = DispatchQueue(label: "preferred")
    let marker = DispatchSpecificKey<Bool>()

    init() {
      queue.setSpecific(key: marker, value: true)
    }

    func enqueue(_ job: consuming ExecutorJob) {
      let job = UnownedJob(job)
      queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }

    var isCurrent: Bool { DispatchQueue.getSpecific(key: marker) == true }
  }

  /// The in-process simulator dressed as a network backend, noting where each request was sent from.
  final class RecordingBackend: NetworkBackend {
    let simulator = SimulatorBackend()
    let executor = QueueExecutor()
    let sentOnPreferred = Mutex<[Bool]>([])

    var preferredExecutor: (any TaskExecutor)? { executor }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
      try await send(request, options: RequestOptions())
    }

    func send(_ request: HTTPRequest, options: RequestOptions) async throws -> HTTPResponse {
      let onPreferred = executor.isCurrent
      sentOnPreferred.withLock { $0.append(onPreferred) }
      return try await simulator.send(request)
    }
  }

  @Test func aLiveCaseSendsEveryRequestFromThePreferredExecutor() async {
    let backend = RecordingBackend()
    var configuration = RunConfiguration.simulated()
    configuration.live = true
    configuration.liveBackend = backend
    configuration.baseURL = "http://127.0.0.1:9"
    let parsed = parseStatements("create profile name=a as p\nget profile $p.id\nexpect status 200", file: "t.syn")
    let testCase = TestCase(
      name: "t", location: SourceLocation(file: "t.syn", line: 1, column: 1), body: parsed.statements)
    let result = await ScriptRunner(configuration: configuration, output: CapturedOutput()).run(testCase, file: "t.syn")
    #expect(!result.outcome.isFailure)
    let sent = backend.sentOnPreferred.withLock { $0 }
    // The tenant, its seed, the create and the get.
    #expect(sent.count == 4)
    #expect(sent.allSatisfy { $0 })
  }
}

import NIOCore

/// Runs Swift tasks on one NIO event loop: the one the shared client
/// sends from. A task that prefers this executor hands a request to the
/// client and resumes with the answer on the same thread, where a
/// task on Swift's cooperative pool wakes the loop's thread to send and is
/// woken again by it for every answer; on 2 cores those wake-ups cost about a
/// tenth of a sequential script's time (see docs/benchmarks.md).
final class EventLoopExecutor: TaskExecutor {
  let loop: any EventLoop

  init(loop: any EventLoop) {
    self.loop = loop
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}

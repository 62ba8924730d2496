import ArgumentParser
import Dispatch
import Foundation
import SynRuntime

/// `--record FILE`: writes the run's recording when the run ends, however it
/// ends: passed, failed, or stopped by SIGINT or SIGTERM, so nothing the run saw is lost.
final class RunRecording {
  private let recorder: HARRecorder
  private let path: String
  /// Kept alive while the run goes on: each writes the file and exits as the signal asks.
  private var signalSources: [any DispatchSourceSignal] = []

  /// Nil when the run records nothing. `handlingSignals` is false at the prompt, where Ctrl-C is the prompt's.
  init?(_ configuration: RunConfiguration, path: String?, handlingSignals: Bool) {
    guard let recorder = configuration.recorder, let path else { return nil }
    self.recorder = recorder
    self.path = path
    for signalNumber in [SIGINT, SIGTERM] where handlingSignals {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler {
        try? recorder.write(to: path)
        // 128 + the signal, as shells report a process the signal ended.
        exit(128 + signalNumber)
      }
      source.resume()
      signalSources.append(source)
    }
  }

  /// Runs `body`, then writes the recording, whether `body` returned or threw.
  static func around<Answer>(
    _ configuration: RunConfiguration, path: String?, output: any OutputSink, handlingSignals: Bool = true,
    _ body: () async throws -> Answer
  ) async throws -> Answer {
    guard let recording = RunRecording(configuration, path: path, handlingSignals: handlingSignals) else {
      return try await body()
    }
    let outcome: Result<Answer, any Error>
    do {
      outcome = .success(try await body())
    } catch {
      outcome = .failure(error)
    }
    do {
      try recording.recorder.write(to: recording.path)
    } catch {
      output.line(
        "error: cannot write the recording to \(recording.path): \(error.localizedDescription)", to: .error)
      throw ExitCode(.runtimeError)
    }
    return try outcome.get()
  }
}

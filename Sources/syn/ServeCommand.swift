import ArgumentParser
import SynRuntime
import SynServer
import SynSimulator

/// `syn serve`: the simulator over HTTP, both APIs and the control plane on one port.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the simulator over HTTP (Synposter /v1, Synup /api/v4, control /_sim) on one port.",
    discussion: """
      Listens on 127.0.0.1 unless --host says otherwise; --port 0 picks a free
      port and prints it. A ready tenant's keys are printed at start; each
      client may create its own with POST /_sim/tenants. SIGINT or SIGTERM
      stops the server after the requests in flight.

      With --state FILE every tenant survives restarts, even a kill: FILE is
      loaded at start when it exists (a corrupt file, or one of a newer syn,
      is refused and left as it is), then the requests logged in FILE.wal
      since it was saved are run again. Every request is logged there before
      it runs, and a write is answered only once its record is on disk.
      FILE is saved, atomically, at start, on SIGINT or SIGTERM and on
      POST /_sim/snapshot, which empties FILE.wal. One server at a time
      holds FILE (a lock on FILE.lock); a second one refuses to start.

      Tenant keys derive from a secret made at random when the server first
      starts (kept in FILE with --state, else new at each start). With a
      --host other than loopback, POST /_sim/tenants and POST /_sim/snapshot
      need an admin token in X-Syn-Admin-Token: --admin-token, or one made
      up and printed at start. See docs/robustness.md.
      """
  )

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0: any free port, printed at start).")
  var port = 8080

  @Option(name: .customLong("max-body"), help: "The largest request body accepted, in bytes (larger: 413).")
  var maximumBodyBytes = 10 * 1024 * 1024

  @Option(
    name: .customLong("request-timeout"),
    help: "Seconds a connection may stay silent, or a request's body take, before it is closed (408).")
  var requestTimeoutSeconds = 30

  @Flag(name: .customLong("no-control-plane"), help: "Answer 404 under /_sim, as the real APIs do.")
  var noControlPlane = false

  @Option(
    name: .customLong("state"),
    help: "Keep every tenant in this file: loaded at start, saved on shutdown and on POST /_sim/snapshot.",
    completion: .file())
  var statePath: String?

  @Option(
    name: .customLong("admin-token"),
    help:
      "The token server-wide control routes need in X-Syn-Admin-Token (default off loopback: a random one, printed).")
  var adminToken: String?

  func validate() throws {
    if let adminToken, adminToken.isEmpty || adminToken.contains(where: { $0.isWhitespace || $0.isNewline }) {
      throw ValidationError("--admin-token needs a token without blanks")
    }
    guard (0...65535).contains(port) else { throw ValidationError("--port needs 0 to 65535, got \(port)") }
    guard maximumBodyBytes > 0 else { throw ValidationError("--max-body needs a positive number of bytes") }
    guard requestTimeoutSeconds > 0 else {
      throw ValidationError("--request-timeout needs a positive number of seconds")
    }
  }

  func run() async throws {
    let output = ProcessOutput.shared
    let simulator = try loadSimulator(output)
    var server = SimulatorServer(host: host, port: port, maximumBodyBytes: maximumBodyBytes, simulator: simulator)
    server.controlPlane = !noControlPlane
    server.requestTimeout = .seconds(requestTimeoutSeconds)
    if let adminToken {
      server.adminToken = AdminToken(adminToken)
    } else if !AdminToken.isLoopback(host) {
      server.adminToken = .random()
      server.printsAdminToken = true
    }
    do {
      try await server.run { lines in
        for line in lines { output.line(line) }
        output.flush()
      }
    } catch {
      output.line("syn serve: \(ServerError(serving: error, host: host, port: port).message)", to: .error)
      throw ExitCode(.runtimeError)
    }
    try save(simulator, output)
  }

  /// A fresh simulator with keys of its own, or with --state the one its file and journal hold.
  private func loadSimulator(_ output: ProcessOutput) throws -> Simulator {
    guard let statePath else { return Simulator(keySecret: .random()) }
    do {
      let file = StateFile(path: statePath)
      try file.claim()
      let (simulator, replay) = try Simulator.restored(from: file)
      if replay.requests > 0 || replay.droppedBytes > 0 {
        let torn = replay.droppedBytes > 0 ? "; dropped a torn last record (\(replay.droppedBytes) bytes)" : ""
        output.line("syn serve: ran again \(replay.requests) requests logged in \(statePath).wal\(torn)", to: .error)
      }
      return simulator
    } catch {
      output.line("syn serve: cannot load the state: \(error.message)", to: .error)
      throw ExitCode(.runtimeError)
    }
  }

  /// Writes every tenant to the --state file, after the last request.
  private func save(_ simulator: Simulator, _ output: ProcessOutput) throws {
    do {
      guard let summary = try simulator.saveState() else { return }
      let tenants = summary.tenants == 1 ? "1 tenant" : "\(summary.tenants) tenants"
      output.line("syn serve: saved \(tenants) to \(summary.path)")
      output.flush()
    } catch {
      output.line("syn serve: cannot save the state: \(error.message)", to: .error)
      throw ExitCode(.runtimeError)
    }
  }
}

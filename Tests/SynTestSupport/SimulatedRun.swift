public import SynRuntime
import SynSimulator

extension RunConfiguration {
  /// A run on the in-process simulator, as the command line sets one up with `--backend mock`.
  public static func simulated(variables: [String: String] = [:], environment: [String: String] = [:])
    -> RunConfiguration
  {
    RunConfiguration(
      mockBackend: SimulatorBackend(simulator: Simulator()), variables: variables, environment: environment)
  }
}

import SynLanguage
import Testing

@testable import SynSimulator

/// The words the language knows agree with the simulator that answers them.
@Suite struct SimulatorVocabularyTests {
  @Test func planNamesAreTheSimulatorsPlans() {
    #expect(MockCommand.plans == Plan.allCases.map(\.rawValue))
  }
}

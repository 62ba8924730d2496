import SynJSON

/// A `POST /_sim/synup/finish` body (`mock finish`, synup-sections.md 5.6):
/// the pending jobs of `kind` (every kind when none is given), or only the
/// one called `id`, complete now with `outcome` (success by default).
struct SynupFinish: Sendable {
  let kinds: [SynupJobKind]
  let id: String?
  let outcome: SynupJobOutcome

  init(_ fields: RequestFields) throws(APIError) {
    kinds =
      try fields.string("kind").map { name throws(APIError) in [try Self.choice(SynupJobKind.self, "kind", name)] }
      ?? SynupJobKind.allCases
    id = try fields.string("id")
    outcome =
      try fields.string("outcome").map { name throws(APIError) in
        try Self.choice(SynupJobOutcome.self, "outcome", name)
      } ?? .success
  }

  /// `{"finished":[{"kind","id","status"}…]}`; an `id` that names no pending job is refused.
  func perform(on state: inout TenantState) throws(APIError) -> JSONValue {
    let now = state.now
    let finished = kinds.flatMap { state.synup.finishJobs(of: $0, id: id, outcome: outcome, at: now) }
    if let id, finished.isEmpty {
      throw .validation(field: "id", "id names no pending job: \"\(id)\"")
    }
    return ["finished": .array(finished)]
  }

  private static func choice<Choice: RawRepresentable & CaseIterable>(
    _ type: Choice.Type, _ field: String, _ name: String
  )
    throws(APIError) -> Choice where Choice.RawValue == String
  {
    guard let choice = Choice(rawValue: name) else {
      throw .validation(
        field: field,
        "\(field) must be one of \(Choice.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(name)\"")
    }
    return choice
  }
}

/// Names one operation of either API; `operation` finds it, always.
public enum OperationID: Hashable, Sendable {
  case synposter(SynposterOperationID)
  case synup(SynupOperationID)

  public var operation: Operation {
    switch self {
    case .synposter(let id): id.operation
    case .synup(let id): id.operation
    }
  }

  /// The API the operation belongs to.
  public var api: APIName {
    switch self {
    case .synposter: .synposter
    case .synup: .synup
    }
  }
}

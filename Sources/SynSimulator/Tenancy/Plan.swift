/// A Synposter subscription plan and the quotas the seed pages give it.
enum Plan: String, CaseIterable, Sendable, Codable {
  case free, starter, growth, scale

  /// How many profiles may exist at once; nil is unlimited.
  var profileLimit: Int? {
    switch self {
    case .free: 1
    case .starter: 10
    case .growth, .scale: nil
    }
  }

  /// Posts allowed in a period: a lifetime trial on Free, a month on paid plans.
  var postLimit: Int {
    switch self {
    case .free: 20
    case .starter: 2000
    case .growth: 5000
    case .scale: 20000
    }
  }

  var isPaid: Bool { self != .free }

  /// `free, starter, growth, scale`: for messages that list the choices.
  static let choices = allCases.map(\.rawValue).joined(separator: ", ")
}

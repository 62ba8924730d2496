/// A path pattern such as `/v1/profiles/{id}`, where `{name}` matches exactly
/// one non-empty segment. Used by the simulator's routing and fault filters,
/// and to find the catalog operation a raw request reached.
public struct PathTemplate: Sendable, CustomStringConvertible {
  private enum Segment: Sendable {
    case literal(Substring)
    case parameter
  }

  public let description: String
  private let segments: [Segment]

  public init(_ template: String) {
    description = template
    segments = pathSegments(template).map { segment in
      segment.hasPrefix("{") && segment.hasSuffix("}") && segment.count >= 2 ? .parameter : .literal(segment)
    }
  }

  /// The values of the `{…}` segments when `path` (already split) matches; nil otherwise.
  public func match(_ path: [Substring]) -> [Substring]? {
    guard path.count == segments.count else { return nil }
    var parameters: [Substring] = []
    for (segment, actual) in zip(segments, path) {
      switch segment {
      case .literal(let expected):
        guard actual == expected else { return nil }
      case .parameter:
        guard !actual.isEmpty else { return nil }
        parameters.append(actual)
      }
    }
    return parameters
  }
}

/// The segments of a path: `/v1/profiles/x` gives `["v1", "profiles", "x"]`.
/// Empty segments are kept, so `/v1/profiles/` does not match `/v1/profiles`;
/// whatever comes before the first `/` is not a segment.
public func pathSegments(_ path: String) -> [Substring] {
  // Splitting the UTF-8 view is several times faster than splitting
  // Characters, and `/` never occurs inside a multi-byte character.
  let utf8 = path.utf8
  var segments: [Substring] = []
  var segmentStart: String.Index?
  for index in utf8.indices where utf8[index] == UInt8(ascii: "/") {
    if let segmentStart { segments.append(path[segmentStart..<index]) }
    segmentStart = utf8.index(after: index)
  }
  if let segmentStart { segments.append(path[segmentStart...]) }
  return segments
}

/// The template text, `/v1/profiles/{id}`: how a saved fault filter keeps its path.
extension PathTemplate: Codable {
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
